package org.crosswalk.conferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.AccessMatrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conference routes that name a family, for every role and consent state. Reading a family at a
 * conference and its conference record follow the family's access rule (READ). Minutes and action
 * items are written only by the region's team lead, and an action item is closed only by its owner
 * or that lead: those rows have their own expectations below (403 for every other role, 404 for
 * a family the lead may not read), and the lead of another region is refused.
 */
class ConferencesAuthorizationMatrixTest extends AccessMatrix {

    @Autowired CaseConferences conferences;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;

    private UUID conference;

    @Override
    protected List<Route> routes() {
        return List.of(
                Route.page("GET", "/households/{id}/conferences", Needs.READ, 200, null),
                Route.page("GET", "/conferences/{conference}/families/{id}", Needs.READ, 200, null));
    }

    /** Only the region's team lead writes minutes and action items; the blank forms change nothing. */
    private List<Route> leadRoutes() {
        return List.of(
                Route.page("POST", "/conferences/{conference}/families/{id}/minutes", Needs.EDIT, 200, "body="),
                Route.page("POST", "/conferences/{conference}/families/{id}/actions", Needs.EDIT, 200, "what="));
    }

    /** A conference of the matrix region meeting today with every agency of the region invited, and an action item per family. */
    @Override
    protected Map<String, String> placeholders(HouseholdId household, StaffUser steward) {
        if (conference == null) {
            StaffUser lead = users.get(Role.TEAM_LEAD);
            List<Long> agencies = organisation.agencies().stream()
                    .filter(a -> a.regionId() == lead.viewer().regionId()).map(Organisation.Agency::id).toList();
            conference = conferences.schedule(lead.viewer(), new Forms.ScheduleForm(LocalDate.now(), agencies));
            conferences.start(lead.viewer(), conference);
        }
        UUID action = UUID.randomUUID();
        jdbc.sql("""
                        insert into conferences.action_item (id, conference_id, household_id, what, owner_user_id, due_on, created_by)
                        values (:id, :c, :h, 'Matrix follow-up', :owner, current_date + 7, :owner)
                        """)
                .param("id", action).param("c", conference).param("h", household.value())
                .param("owner", steward.viewer().userId()).update();
        return Map.of("conference", conference.toString(), "action", action.toString());
    }

    private static int leadOnly(Role role, State state, int allowed) {
        if (role != Role.TEAM_LEAD) {
            return 403;
        }
        return readable(state) ? allowed : 404;
    }

    @TestFactory
    Stream<DynamicTest> onlyTheRegionsTeamLeadWritesMinutesAndActionItemsAndOnlyOwnerOrLeadCloses() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Route> rows = new ArrayList<>(leadRoutes());
        Route close = Route.page("POST", "/households/{id}/conferences/actions/{action}/close", Needs.READ, 302, "note=");
        rows.add(close);
        for (Route route : rows) {
            for (Role role : ROLES) {
                for (State state : State.values()) {
                    HouseholdId id = families.get(role).get(state);
                    int expected = route == close
                            ? (!role.worksWithFamilies() ? 403 : !readable(state) ? 404 : role == Role.TEAM_LEAD ? 302 : 403)
                            : leadOnly(role, state, route.allowed());
                    tests.add(DynamicTest.dynamicTest(route + " as " + role + " on " + state + " → " + expected,
                            () -> assertThat(call(route, users.get(role), id)).as(route + " as " + role + " on " + state)
                                    .isEqualTo(expected)));
                }
            }
            // The lead of another region, on families the region's own lead may read.
            for (State state : List.of(State.OWN_AGENCY, State.ACTIVE_CONSENT)) {
                HouseholdId id = families.get(Role.TEAM_LEAD).get(state);
                int expected = route == close ? 404 : 403;
                tests.add(DynamicTest.dynamicTest(route + " as the lead of another region on " + state + " → " + expected,
                        () -> assertThat(call(route, otherRegionLead, id)).isEqualTo(expected)));
            }
        }
        return tests.stream();
    }
}
