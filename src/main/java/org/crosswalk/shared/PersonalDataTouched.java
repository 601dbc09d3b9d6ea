package org.crosswalk.shared;

/**
 * Published, inside the same transaction, whenever a user reads or changes a household's personal
 * data. The audit module records every one of them; a failed audit write rolls the change back.
 */
public record PersonalDataTouched(HouseholdId household, Long userId, String username, Action action, String detail) {

    public enum Action {
        LISTED, VIEWED, CREATED, UPDATED, MEMBER_ADDED, MEMBER_UPDATED, CONSENT_RECORDED, CONSENT_REVOKED,
        API_LISTED, API_VIEWED
    }
}
