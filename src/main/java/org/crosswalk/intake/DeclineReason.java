package org.crosswalk.intake;

/** Why a family declined, as a short list so the funnel can count the reasons. */
public enum DeclineReason {
    NOT_INTERESTED("Not interested in the program"),
    ALREADY_WORKING("Already working, no help wanted"),
    CARING_FOR_FAMILY("Caring for a child or relative full time"),
    HEALTH("Health or disability"),
    MOVING_AWAY("Moving out of the area"),
    IN_SCHOOL("In school or training elsewhere"),
    OTHER("Other (say why)");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
