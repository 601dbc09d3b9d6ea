package org.crosswalk.conferences;

import java.time.LocalDate;
import java.util.List;
import org.crosswalk.shared.HouseholdId;

/**
 * A conference agenda as one viewer may see it: the families to discuss with their reasons (the
 * most reasons needing action first), the families with nothing to discuss, and how many families
 * to discuss are not shown to this viewer because no release of information lets them read them.
 */
public record Agenda(LocalDate asOf, LocalDate since, boolean frozen, List<Family> toDiscuss, List<Family> nothingToDiscuss,
                     int hiddenFromViewer) {

    /** A family on the agenda, named, with the reasons the viewer may see (sensitive ones only with consent). */
    public record Family(HouseholdId id, String name, List<Reason> reasons) {

        public long needingAction() {
            return reasons.stream().filter(r -> r.kind().needsAction()).count();
        }

        public boolean celebrates() {
            return reasons.stream().anyMatch(r -> r.kind().celebrates());
        }
    }

    public int families() {
        return toDiscuss.size() + nothingToDiscuss.size();
    }
}
