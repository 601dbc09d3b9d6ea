package org.crosswalk.employment;

public enum TrainingStatus {
    ENROLLED("Enrolled"),
    COMPLETED("Completed"),
    DID_NOT_COMPLETE("Did not complete");

    private final String label;

    TrainingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this != ENROLLED;
    }
}
