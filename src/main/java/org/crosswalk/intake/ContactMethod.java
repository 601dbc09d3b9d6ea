package org.crosswalk.intake;

/** How the navigator reached, or tried to reach, the family. */
public enum ContactMethod {
    PHONE("Phone call"),
    TEXT_MESSAGE("Text message"),
    EMAIL("Email"),
    IN_PERSON("In person"),
    VIDEO_CALL("Video call"),
    LETTER("Letter");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
