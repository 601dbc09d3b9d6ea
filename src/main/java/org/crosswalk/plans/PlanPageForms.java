package org.crosswalk.plans;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The small forms on the plan page, and how a failed row action is shown beside its row. */
final class PlanPageForms {

    private PlanPageForms() {
    }

    record StatusForm(ActivityStatus status, LocalDate on, @Size(max = 300, message = "Keep the reason under 300 characters.") String reason) {}

    record ReachedForm(LocalDate on) {}

    record WordsForm(@Size(max = 2000, message = "Keep it under 2,000 characters.") String words, LocalDate saidOn) {
        static WordsForm blank(LocalDate today) {
            return new WordsForm(null, today);
        }
    }

    /**
     * A status change or "reached" that was refused: which row, which field, why, and what was
     * typed, so the row's form opens again with the message beside the field.
     */
    record RowError(UUID target, String action, String field, String message, LocalDate on, String reason) {
        /** The refused action was this one, on this row: its form opens again. */
        public boolean about(UUID row, String name) {
            return target.equals(row) && action.equals(name);
        }

        /** The message belongs beside this field of this row. */
        public boolean at(UUID row, String name) {
            return target.equals(row) && field.equals(name);
        }
    }
}
