package org.crosswalk.intake;

/** What the readiness assessment decides. */
public enum Decision {
    ENROLL("Enroll"),
    NOT_NOW("Not now: follow up on a date"),
    DECLINED("Declined");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
