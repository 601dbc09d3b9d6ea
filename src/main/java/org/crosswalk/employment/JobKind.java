package org.crosswalk.employment;

import org.crosswalk.shared.Money;

/**
 * What a placement means for the program's "new job or better job" goal. A better job earns more
 * a month than the job the person held at enrollment; without a job at enrollment, any new job
 * is a new job. Keeping the job held at enrollment is neither.
 */
public enum JobKind {
    HELD_AT_ENROLLMENT("Held at enrollment"),
    NEW_JOB("New job"),
    BETTER_JOB("Better job"),
    NOT_BETTER("Not better paid than the job at enrollment");

    private final String label;

    JobKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code atEnrollment} is the monthly earnings of the person's job held at enrollment, or null if none. */
    static JobKind of(boolean heldAtEnrollment, Money monthlyEarnings, Money atEnrollment) {
        if (heldAtEnrollment) {
            return HELD_AT_ENROLLMENT;
        }
        if (atEnrollment == null) {
            return NEW_JOB;
        }
        return monthlyEarnings.compareTo(atEnrollment) > 0 ? BETTER_JOB : NOT_BETTER;
    }

    public boolean countsAsNewOrBetter() {
        return this == NEW_JOB || this == BETTER_JOB;
    }
}
