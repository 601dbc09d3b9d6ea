package org.crosswalk.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.StaffUser;
import org.crosswalk.plans.barriers.BarrierForm;
import org.crosswalk.plans.barriers.BarrierKind;
import org.crosswalk.plans.barriers.Barriers;
import org.crosswalk.plans.barriers.Severity;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.AccessMatrix;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plans module's rows of the authorization matrix: every plan and barrier route, page and API,
 * for every role and consent state. Each family gets a plan (revision 1, one activity, one
 * milestone) and an open child-care barrier; allowed calls send input the rules refuse, so nothing changes.
 */
class PlansAuthorizationMatrixTest extends AccessMatrix {

    @Autowired Plans plans;
    @Autowired PlanChanges changes;
    @Autowired Barriers barriers;

    @Override
    protected List<Route> routes() {
        return List.of(
                Route.page("GET", "/households/{id}/plan", Needs.READ, 200, null),
                Route.page("GET", "/households/{id}/plan/edit", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/plan", Needs.EDIT, 200, "basedOnRevision=1&shortTermGoals=&longTermGoals="),
                Route.page("POST", "/households/{id}/plan/activities/{activity}/status", Needs.EDIT, 200, "status=DONE&on=2999-01-01"),
                Route.page("POST", "/households/{id}/plan/milestones/{milestone}/reached", Needs.EDIT, 200, "on=2999-01-01"),
                Route.page("POST", "/households/{id}/plan/words", Needs.EDIT, 200, "words="),
                Route.page("GET", "/households/{id}/plan/revisions", Needs.READ, 200, null),
                Route.page("GET", "/households/{id}/plan/revisions/1", Needs.READ, 200, null),
                Route.page("GET", "/households/{id}/plan/revisions/compare?from=1&to=1", Needs.READ, 200, null),
                Route.page("GET", "/households/{id}/barriers", Needs.READ, 200, null),
                Route.page("POST", "/households/{id}/barriers", Needs.EDIT, 200, "kind=&severity=MEDIUM"),
                Route.page("POST", "/households/{id}/barriers/{barrier}/resolve", Needs.EDIT, 200, "resolution="),
                Route.page("POST", "/households/{id}/barriers/{barrier}/reopen", Needs.EDIT, 200, "reason=It+came+back"),
                Route.api("GET", "/api/households/{id}/plan", Needs.READ, 200, null),
                Route.api("PUT", "/api/households/{id}/plan", Needs.EDIT, 409, "{\"basedOnRevision\":99,\"shortTermGoals\":\"x\"}"),
                Route.api("POST", "/api/households/{id}/plan/activities", Needs.EDIT, 400, "{\"what\":\"\"}"),
                Route.api("PUT", "/api/households/{id}/plan/activities/{activity}/status", Needs.EDIT, 400, "{\"status\":\"DONE\",\"on\":\"2999-01-01\"}"),
                Route.api("PUT", "/api/households/{id}/plan/milestones/{milestone}/reached", Needs.EDIT, 400, "{\"on\":\"2999-01-01\"}"),
                Route.api("POST", "/api/households/{id}/plan/words", Needs.EDIT, 400, "{\"words\":\"\"}"),
                Route.api("GET", "/api/households/{id}/plan/revisions/1", Needs.READ, 200, null),
                Route.api("GET", "/api/households/{id}/plan/revisions/compare?from=1&to=1", Needs.READ, 200, null),
                Route.api("GET", "/api/households/{id}/barriers", Needs.READ, 200, null),
                Route.api("POST", "/api/households/{id}/barriers", Needs.EDIT, 400, "{\"severity\":\"LOW\"}"),
                Route.api("PUT", "/api/households/{id}/barriers/{barrier}/resolve", Needs.EDIT, 400, "{\"resolution\":\"\"}"),
                Route.api("PUT", "/api/households/{id}/barriers/{barrier}/reopen", Needs.EDIT, 400, "{\"reason\":\"It came back\"}"));
    }

    @Override
    protected Map<String, String> placeholders(HouseholdId household, StaffUser steward) {
        LocalDate today = LocalDate.now();
        changes.save(steward.viewer(), household, new PlanForm(null, "Get a state ID", null, PlanTrack.IMMEDIATE_JOB_SEARCH, null, 0,
                List.of(new PlanForm.ActivityLine(null, "Update resume", today.plusDays(7), null)),
                List.of(new PlanForm.MilestoneLine(null, "First interview", today.plusDays(30)))));
        var plan = plans.open(steward.viewer(), household).plan();
        var barrier = barriers.record(steward.viewer(), household,
                new BarrierForm(BarrierKind.CHILD_CARE, null, Severity.HIGH, null, today, null));
        return Map.of("activity", plan.activities().getFirst().id().toString(),
                "milestone", plan.milestones().getFirst().id().toString(),
                "barrier", barrier.id().toString());
    }
}
