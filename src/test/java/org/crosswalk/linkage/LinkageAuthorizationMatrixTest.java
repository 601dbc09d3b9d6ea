package org.crosswalk.linkage;

import java.util.List;
import java.util.Map;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.AccessMatrix;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The linkage module's household routes in the authorization matrix: a family's linked records
 * and splitting a member out of a linked person need the roles that change family records (partner
 * staff 403 on a family they read) and a readable family (404 otherwise). Pair routes, which
 * involve two families, are in {@link LinkageRolesTest}.
 */
class LinkageAuthorizationMatrixTest extends AccessMatrix {

    @Autowired LinkageFamilies families;

    @Override
    protected List<Route> routes() {
        return List.of(
                Route.page("GET", "/households/{id}/linkage", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/linkage/members/{member}/split", Needs.EDIT, 302, ""));
    }

    @Override
    protected Map<String, String> placeholders(HouseholdId household, StaffUser steward) {
        return Map.of("member", families.headOf(household).toString());
    }
}
