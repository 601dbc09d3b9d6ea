package org.crosswalk.housing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.AccessMatrix;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The housing module's rows of the authorization matrix: every housing page and API route, for
 * every role and consent state. Allowed changes are sent invalid, so they change nothing.
 */
class HousingAuthorizationMatrixTest extends AccessMatrix {

    @Autowired Housing housing;

    @Override
    protected List<Route> routes() {
        return List.of(
                Route.page("GET", "/households/{id}/housing", Needs.READ, 200, null),
                Route.page("GET", "/households/{id}/housing/situations/new", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/housing/situations", Needs.EDIT, 200, "code=&startedOn="),
                Route.page("GET", "/households/{id}/housing/subsidies/new", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/housing/subsidies", Needs.EDIT, 200, "subsidyType=&monthlyRent="),
                Route.page("GET", "/households/{id}/housing/subsidies/{subsidy}/end", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/housing/subsidies/{subsidy}/end", Needs.EDIT, 200, "endsOn="),
                Route.api("GET", "/api/households/{id}/housing", Needs.READ, 200, null),
                Route.api("POST", "/api/households/{id}/housing/situations", Needs.EDIT, 400, "{\"code\":17}"),
                Route.api("POST", "/api/households/{id}/housing/subsidies", Needs.EDIT, 400, "{\"subsidyType\":431}"),
                Route.api("PUT", "/api/households/{id}/housing/subsidies/{subsidy}/end", Needs.EDIT, 400, "{}"));
    }

    /** An ongoing housing choice voucher, per household. */
    @Override
    protected Map<String, String> placeholders(HouseholdId household, StaffUser steward) {
        UUID subsidy = housing.recordSubsidy(steward.viewer(), household, new SubsidyForm(SubsidyType.HCV.code(),
                LocalDate.now().minusDays(30), null, "1200", "360", null));
        return Map.of("subsidy", subsidy.toString());
    }
}
