package org.crosswalk.employment;

/** Why a job ended, in the words a caseworker uses with the parent. */
public enum ReasonLeft {
    QUIT("Quit"),
    LAID_OFF("Laid off"),
    FIRED("Fired"),
    BETTER_JOB("Left for a better job"),
    HEALTH("Health"),
    CHILD_CARE("Child care"),
    TRANSPORTATION("Transportation"),
    OTHER("Other");

    private final String label;

    ReasonLeft(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
