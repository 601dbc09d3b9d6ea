package org.crosswalk.outcomes;

/**
 * What a breakdown groups enrollments by. {@code keys} is a SQL expression over a row {@code o} of
 * {@code outcomes.enrollment_outcome} giving the text keys the enrollment counts under. Race is
 * "alone or in combination" (HUD's reporting convention): a head of household who chose two races
 * counts under each, and also under {@code MULTI_RACIAL}; its groups overlap, so they are not a
 * partition of the total, while every other dimension's groups are.
 */
public enum Dimension {
    REGION("Region", "array[cast(o.region_id as text)]"),
    AGENCY("Navigator’s agency", "array[coalesce(cast(o.navigator_agency_id as text), 'UNKNOWN')]"),
    NAVIGATOR("Navigator", "array[cast(o.navigator_user_id as text)]"),
    COHORT("Enrollment quarter", "array[to_char(o.enrolled_on, 'YYYY-\"Q\"Q')]"),
    RACE("Race and ethnicity (alone or in combination)", """
            case when coalesce(cardinality(o.head_race), 0) = 0 then array['NOT_COLLECTED']
                 when cardinality(o.head_race) > 1 then o.head_race || array['MULTI_RACIAL']
                 else o.head_race end"""),
    SEX("Sex of the head of household", "array[coalesce(cast(o.head_sex as text), '99')]"),
    HOUSEHOLD_TYPE("Household type", "array[coalesce(o.household_type, 'NO_CHILDREN')]"),
    SERVICE("Served by", "array[case when o.served_jointly then 'JOINT' else 'EMPLOYMENT_ONLY' end]"),
    ALL("All", "array['ALL']");

    private final String label;
    private final String keys;

    Dimension(String label, String keys) {
        this.label = label;
        this.keys = keys;
    }

    public String label() {
        return label;
    }

    String keysSql() {
        return keys;
    }

    /** Whether the groups split the total with no overlap, so a hidden group could be found by subtraction. */
    public boolean partitions() {
        return this != RACE;
    }

    /** The dimensions a user may choose on the breakdown page. */
    public static Dimension[] choosable() {
        return new Dimension[] {RACE, SEX, HOUSEHOLD_TYPE, SERVICE, REGION, AGENCY, NAVIGATOR, COHORT};
    }
}
