package org.crosswalk.intake;

/** Why an enrollment ended. */
public enum ExitReason {
    COMPLETED("Completed the program"),
    EMPLOYED_AND_STABLE("Employed and stable, no more support needed"),
    MOVED_AWAY("Moved out of the area"),
    STOPPED_ENGAGING("Stopped engaging, lost contact"),
    CHOSE_TO_LEAVE("Family chose to leave"),
    OTHER("Other (say why)");

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
