package org.crosswalk.employment;

import java.util.Collection;

/** What a job offers besides the wage. "None" stands alone. */
public enum Benefit {
    HEALTH_INSURANCE("Health insurance"),
    PAID_LEAVE("Paid leave"),
    RETIREMENT("Retirement plan"),
    TUITION_HELP("Tuition or training help"),
    CHILD_CARE_HELP("Child care help"),
    TRANSPORTATION_HELP("Transportation help"),
    NONE("None");

    private final String label;

    Benefit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A message when the choice contradicts itself, else null. */
    static String problemWith(Collection<Benefit> chosen) {
        if (chosen != null && chosen.contains(NONE) && chosen.size() > 1) {
            return "\"None\" cannot be combined with other benefits.";
        }
        return null;
    }
}
