package org.crosswalk.housing;

/** The class of a HUD living situation, from the hundreds digit of its code. */
public enum HousingClass {
    HOMELESS("Homeless"),
    INSTITUTIONAL("Institutional"),
    TEMPORARY("Temporary"),
    PERMANENT("Permanent"),
    NOT_KNOWN("Not known");

    private final String label;

    HousingClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static HousingClass ofCode(int code) {
        return switch (code / 100) {
            case 1 -> HOMELESS;
            case 2 -> INSTITUTIONAL;
            case 3 -> TEMPORARY;
            case 4 -> PERMANENT;
            default -> NOT_KNOWN;
        };
    }
}
