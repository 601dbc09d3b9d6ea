package org.crosswalk.intake.eligibility;

/** The vocabulary of eligibility rules; each kind takes one kind of parameter. */
public enum RuleKind {
    HEAD_MIN_AGE("Head of household is at least … years old", "years"),
    CHILD_UNDER_AGE("Household has a child under … years old", "years"),
    LIVING_SITUATION("Current living situation is in one of these classes (or referred from one of these sources)", "situationClasses"),
    REFERRAL_SOURCE("Referred from one of these sources", "sources"),
    MAX_MONTHLY_INCOME("Latest monthly income is at most …", "amount");

    private final String label;
    private final String parameterField;

    RuleKind(String label, String parameterField) {
        this.label = label;
        this.parameterField = parameterField;
    }

    public String label() {
        return label;
    }

    /** The admin form's field holding this kind's parameter, for its field-level message. */
    public String parameterField() {
        return parameterField;
    }
}
