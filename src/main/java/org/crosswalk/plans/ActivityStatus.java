package org.crosswalk.plans;

/** Where an activity stands. Done and dropped are final: a new attempt is a new activity. */
public enum ActivityStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
