package org.crosswalk.access;

public enum AgencyKind {
    HOUSING("Housing"),
    EMPLOYMENT("Employment"),
    CHILD_CARE("Child care"),
    MENTAL_HEALTH("Mental health"),
    CHILD_WELFARE("Child welfare"),
    BENEFITS("Benefits"),
    VOCATIONAL_REHAB("Vocational rehabilitation"),
    CAREER_CENTER("Career center");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
