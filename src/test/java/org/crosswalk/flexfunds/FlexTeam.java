package org.crosswalk.flexfunds;

import java.time.LocalDate;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;

/**
 * A regional team for flexible-funds tests: an employment agency with a navigator, the region's
 * team lead, and families the navigator registers (shared with the team, or not).
 */
record FlexTeam(long region, long agency, StaffUser navigator, StaffUser lead, Fixtures fixtures) {

    static FlexTeam of(Fixtures fixtures, String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z]", "");
        long region = fixtures.region("Flex " + name);
        long agency = fixtures.agency("Flex " + name + " Employment", AgencyKind.EMPLOYMENT, region);
        // The lead works for another agency of the region, so reads the navigator's families only through consent.
        long leads = fixtures.agency("Flex " + name + " Career Center", AgencyKind.CAREER_CENTER, region);
        return new FlexTeam(region, agency, fixtures.staff("flex-nav-" + slug, Role.NAVIGATOR, agency, null),
                fixtures.staff("flex-lead-" + slug, Role.TEAM_LEAD, leads, region), fixtures);
    }

    /** A family the team lead can read too: its consent shares it with the regional team. */
    HouseholdId sharedFamily(String last) {
        HouseholdId id = fixtures.singleMother(navigator, "Ana", last, false);
        fixtures.consent(navigator, id, LocalDate.now().minusDays(5), LocalDate.now().plusDays(360), Set.of(), true);
        return id;
    }

    /** A family held by the navigator's agency that shares nothing with the team. */
    HouseholdId privateFamily(String last) {
        return fixtures.singleMother(navigator, "Bea", last, false);
    }
}
