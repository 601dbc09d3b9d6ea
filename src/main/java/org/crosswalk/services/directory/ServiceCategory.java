package org.crosswalk.services.directory;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The kinds of help the directory lists, which are also the categories of a referral. Published
 * as HSDS taxonomy terms of the taxonomy {@link #TAXONOMY}.
 */
public enum ServiceCategory {
    CHILD_CARE("Child care"),
    MENTAL_HEALTH("Mental health"),
    CHILD_WELFARE("Child welfare"),
    BENEFITS("Benefits"),
    VOCATIONAL_REHAB("Vocational rehabilitation"),
    CAREER_CENTER("Career center"),
    TRANSPORTATION("Transportation"),
    LEGAL("Legal help"),
    OTHER("Other");

    public static final String TAXONOMY = "Crosswalk service categories";

    private final String label;

    ServiceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A referral to mental health care tells its reader about the family's mental health, so it is
     * shown only to those who may see sensitive information (HouseholdAccess.maySeeSensitive).
     */
    public boolean sensitive() {
        return this == MENTAL_HEALTH;
    }

    /** The taxonomy term's code, like {@code child-care}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A stable identifier for the taxonomy term, the same in every deployment. */
    public UUID termId() {
        return UUID.nameUUIDFromBytes((TAXONOMY + ":" + code()).getBytes(StandardCharsets.UTF_8));
    }
}
