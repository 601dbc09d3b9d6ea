package org.crosswalk.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.AccessMatrix;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The employment module's rows of the authorization matrix: every jobs page and API route, for
 * every role and consent state. Allowed changes are sent invalid, so they change nothing.
 */
class EmploymentAuthorizationMatrixTest extends AccessMatrix {

    @Autowired Jobs jobs;
    @Autowired Training training;

    @Override
    protected List<Route> routes() {
        return List.of(
                Route.page("GET", "/households/{id}/jobs", Needs.READ, 200, null),
                Route.page("GET", "/households/{id}/jobs/placements/new", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/jobs/placements", Needs.EDIT, 200, "occupation=&hourlyWage=&schedule=REGULAR"),
                Route.page("GET", "/households/{id}/jobs/placements/{placement}/end", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/jobs/placements/{placement}/end", Needs.EDIT, 200, "endedOn=&reasonLeft="),
                Route.page("GET", "/households/{id}/jobs/checkins/{checkin}", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/jobs/checkins/{checkin}", Needs.EDIT, 200, "answeredOn="),
                Route.page("GET", "/households/{id}/jobs/training/new", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/jobs/training", Needs.EDIT, 200, "program=&provider="),
                Route.page("GET", "/households/{id}/jobs/training/{training}", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/jobs/training/{training}", Needs.EDIT, 200, "status="),
                Route.page("GET", "/households/{id}/jobs/credentials/new", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/jobs/credentials", Needs.EDIT, 200, "name=&issuer="),
                Route.api("GET", "/api/households/{id}/jobs", Needs.READ, 200, null),
                Route.api("POST", "/api/households/{id}/jobs/placements", Needs.EDIT, 400, "{\"occupation\":\"Cashier\"}"),
                Route.api("PUT", "/api/households/{id}/jobs/placements/{placement}/end", Needs.EDIT, 400, "{}"),
                Route.api("POST", "/api/households/{id}/jobs/checkins/{checkin}/answer", Needs.EDIT, 400, "{}"),
                Route.api("POST", "/api/households/{id}/jobs/training", Needs.EDIT, 400, "{}"),
                Route.api("PUT", "/api/households/{id}/jobs/training/{training}", Needs.EDIT, 400, "{}"),
                Route.api("POST", "/api/households/{id}/jobs/credentials", Needs.EDIT, 400, "{}"));
    }

    /** A job started 40 days ago (so its check-ins exist) and a training under way, per household. */
    @Override
    protected Map<String, String> placeholders(HouseholdId household, StaffUser steward) {
        LocalDate today = LocalDate.now();
        UUID parent = jobs.familyForEditing(steward.viewer(), household).head();
        UUID placement = jobs.recordPlacement(steward.viewer(), household, new PlacementForm(parent, null, "Matrix Market",
                "Cashier", "16.00", "30", Schedule.REGULAR, List.of(), today.minusDays(40), null, null, false));
        UUID checkIn = jobs.overview(steward.viewer(), household).placements().getFirst().checkIns().getFirst().id();
        UUID course = training.enroll(steward.viewer(), household, new TrainingForm(parent, "Matrix training", "Matrix College",
                today.minusDays(5), null, TrainingStatus.ENROLLED));
        return Map.of("placement", placement.toString(), "checkin", checkIn.toString(), "training", course.toString());
    }
}
