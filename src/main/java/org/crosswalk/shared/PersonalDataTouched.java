package org.crosswalk.shared;

/**
 * Published, inside the same transaction, whenever a user reads or changes a household's personal
 * data. The audit module records every one of them; a failed audit write rolls the change back.
 * {@code action} is an upper-case verb phrase such as {@code VIEWED} or {@code BARRIER_RESOLVED};
 * modules add their own.
 */
public record PersonalDataTouched(HouseholdId household, Long userId, String username, String action, String detail) {

    public PersonalDataTouched {
        if (action == null || !action.matches("[A-Z][A-Z_]{1,60}")) {
            throw new IllegalArgumentException("audit action must be UPPER_SNAKE_CASE: " + action);
        }
    }

    /** The actions the families and access modules publish. */
    public static final class Action {
        public static final String LISTED = "LISTED";
        public static final String VIEWED = "VIEWED";
        public static final String CREATED = "CREATED";
        public static final String UPDATED = "UPDATED";
        public static final String MEMBER_ADDED = "MEMBER_ADDED";
        public static final String MEMBER_UPDATED = "MEMBER_UPDATED";
        public static final String CONSENT_RECORDED = "CONSENT_RECORDED";
        public static final String CONSENT_REVOKED = "CONSENT_REVOKED";

        private Action() {
        }
    }
}
