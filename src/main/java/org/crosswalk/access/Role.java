package org.crosswalk.access;

/** What a staff member does in Crosswalk; decides navigation and, with the access rule, what they see. */
public enum Role {
    NAVIGATOR("Navigator"),
    HOUSING_CASE_MANAGER("Housing case manager"),
    PARTNER_STAFF("Partner staff"),
    TEAM_LEAD("Team lead"),
    STATE_ANALYST("State analyst"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Roles that work with families; the others see configuration or aggregates only. */
    public boolean worksWithFamilies() {
        return this == NAVIGATOR || this == HOUSING_CASE_MANAGER || this == PARTNER_STAFF || this == TEAM_LEAD;
    }

    /** Partner staff read and answer; they do not edit a family's record. */
    public boolean editsFamilies() {
        return this == NAVIGATOR || this == HOUSING_CASE_MANAGER || this == TEAM_LEAD;
    }

    public boolean needsAgency() {
        return worksWithFamilies();
    }

    public boolean needsRegion() {
        return this == TEAM_LEAD;
    }
}
