package org.crosswalk.plans.barriers;

/** How much a barrier stands in the way now. High and crisis barriers open over 14 days reach "Today". */
public enum Severity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    CRISIS("Crisis");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean urgent() {
        return this == HIGH || this == CRISIS;
    }
}
