package org.crosswalk.plans.barriers;

/** The catalogue of barriers. Three kinds are sensitive and follow the sensitive-information rule. */
public enum BarrierKind {
    CHILD_CARE("Child care", false),
    TRANSPORTATION("Transportation", false),
    PHONE("Phone", false),
    DOCUMENTS_ID("Documents and ID", false),
    MENTAL_HEALTH("Mental health", true),
    SUBSTANCE_USE("Substance use", true),
    DOMESTIC_VIOLENCE("Domestic violence", true),
    LEGAL_RECORD("Legal record", false),
    EDUCATION_ENGLISH("Education or English", false),
    HEALTH("Health", false),
    CHILDS_SCHOOL("A child's school", false),
    HOUSING_INSTABILITY("Housing instability", false),
    OTHER("Other", false);

    private final String label;
    private final boolean sensitive;

    BarrierKind(String label, boolean sensitive) {
        this.label = label;
        this.sensitive = sensitive;
    }

    public String label() {
        return label;
    }

    /** Mental health, substance use, domestic violence; the database derives the same flag (V121). */
    public boolean sensitive() {
        return sensitive;
    }
}
