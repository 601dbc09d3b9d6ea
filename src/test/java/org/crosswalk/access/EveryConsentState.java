package org.crosswalk.access;

import java.time.LocalDate;
import java.util.Set;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;

/** Families in every consent state for a partner, a navigator and a team lead, for rule-wide checks. */
class EveryConsentState {

    private final Fixtures fixtures;

    EveryConsentState(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    void create() {
        long region = fixtures.region("Equivalence Region");
        long housing = fixtures.agency("Equivalence Housing", AgencyKind.HOUSING, region);
        long childCare = fixtures.agency("Equivalence Child Care", AgencyKind.CHILD_CARE, region);
        long employment = fixtures.agency("Equivalence Employment", AgencyKind.EMPLOYMENT, region);
        StaffUser steward = fixtures.staff("eq-housing", Role.HOUSING_CASE_MANAGER, housing, null);
        fixtures.staff("eq-partner", Role.PARTNER_STAFF, childCare, null);
        fixtures.staff("eq-lead", Role.TEAM_LEAD, employment, region);
        fixtures.staff("eq-analyst", Role.STATE_ANALYST, null, null);
        LocalDate today = LocalDate.now();
        for (boolean sensitive : new boolean[] {false, true}) {
            for (boolean dv : new boolean[] {false, true}) {
                HouseholdId active = fixtures.singleMother(steward, "Eq", "Active" + sensitive + dv, dv);
                fixtures.consent(steward, active, today.minusDays(3), today.plusDays(300), Set.of(childCare), true, sensitive);
                HouseholdId expired = fixtures.singleMother(steward, "Eq", "Expired" + sensitive + dv, dv);
                fixtures.consent(steward, expired, today.minusDays(400), today.minusDays(1), Set.of(childCare), true, sensitive);
                HouseholdId revoked = fixtures.singleMother(steward, "Eq", "Revoked" + sensitive + dv, dv);
                fixtures.revoke(steward, revoked,
                        fixtures.consent(steward, revoked, today.minusDays(3), today.plusDays(300), Set.of(childCare), true, sensitive));
                fixtures.singleMother(steward, "Eq", "None" + sensitive + dv, dv);
            }
        }
    }
}
