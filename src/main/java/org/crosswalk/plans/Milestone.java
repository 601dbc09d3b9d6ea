package org.crosswalk.plans;

import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;

/** A step worth marking on the way (first interview, certificate earned), with a target date. */
public record Milestone(UUID id, int position, String what, LocalDate targetOn, LocalDate reachedOn) {

    public boolean reached() {
        return reachedOn != null;
    }

    Milestone reach(LocalDate on, LocalDate today) {
        if (reachedOn != null) {
            throw new InvalidInput("on", "This milestone was already reached on " + reachedOn.format(Activity.US_DATE) + ".");
        }
        if (on == null) {
            throw new InvalidInput("on", "Enter the date it was reached.");
        }
        if (on.isAfter(today)) {
            throw new InvalidInput("on", "It cannot be reached on a date in the future.");
        }
        return new Milestone(id, position, what, targetOn, on);
    }
}
