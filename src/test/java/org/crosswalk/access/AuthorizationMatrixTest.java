package org.crosswalk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every household route × every role × every consent state → the status the access rule demands.
 * New routes that show or change a household add a row to {@link #ROUTES}.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** How a household stands towards the signed-in user. */
    enum State { OWN_AGENCY, NO_CONSENT, ACTIVE_CONSENT, EXPIRED_CONSENT, REVOKED_CONSENT, DV_RESTRICTED }

    /** What a route needs: to read the family, to change it, or to be the agency that holds it. */
    enum Needs { READ, EDIT, STEWARD }

    /**
     * A route, what it needs, and the status it answers when allowed. Bodies are chosen so an allowed
     * call changes nothing (invalid input, stale version or a consent that does not exist).
     */
    record Route(String method, String path, Needs needs, int allowed, String body, MediaType type) {
        static Route page(String method, String path, Needs needs, int allowed, String form) {
            return new Route(method, path, needs, allowed, form, MediaType.APPLICATION_FORM_URLENCODED);
        }

        static Route api(String method, String path, Needs needs, int allowed, String json) {
            return new Route(method, path, needs, allowed, json, MediaType.APPLICATION_JSON);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Route> ROUTES = List.of(
            Route.page("GET", "/households/{id}", Needs.READ, 200, null),
            Route.page("GET", "/households/{id}/edit", Needs.EDIT, 200, null),
            Route.page("POST", "/households/{id}", Needs.EDIT, 200, "postalCode=not-a-zip&version=0"),
            Route.page("GET", "/households/{id}/members/new", Needs.EDIT, 200, null),
            Route.page("POST", "/households/{id}/members", Needs.EDIT, 200, "firstName=&lastName=&sex=FEMALE&veteranStatus=NO"),
            Route.page("GET", "/households/{id}/members/{member}/edit", Needs.EDIT, 200, null),
            Route.page("POST", "/households/{id}/members/{member}", Needs.EDIT, 200, "firstName=&lastName=&sex=FEMALE&veteranStatus=NO"),
            Route.page("GET", "/households/{id}/consents/new", Needs.STEWARD, 200, null),
            Route.page("POST", "/households/{id}/consents", Needs.STEWARD, 200, "signedOn=&expiresOn="),
            Route.page("POST", "/households/{id}/consents/" + UUID.randomUUID() + "/revoke", Needs.STEWARD, 302, "reason=x"),
            Route.api("GET", "/api/households/{id}", Needs.READ, 200, null),
            Route.api("PUT", "/api/households/{id}", Needs.EDIT, 409, "{\"city\":\"Hartford\",\"version\":99}"),
            Route.api("POST", "/api/households/{id}/members", Needs.EDIT, 400,
                    "{\"firstName\":\"A\",\"lastName\":\"B\",\"relationship\":\"SELF\",\"race\":[\"WHITE\"],\"sex\":\"MALE\",\"veteranStatus\":\"NO\"}"),
            Route.api("PUT", "/api/households/{id}/members/{member}", Needs.EDIT, 409,
                    "{\"firstName\":\"A\",\"lastName\":\"B\",\"race\":[\"WHITE\"],\"sex\":\"MALE\",\"veteranStatus\":\"NO\",\"version\":99}"));

    static final List<Role> ROLES = List.of(Role.values());

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Households households;

    final Map<Role, StaffUser> users = new EnumMap<>(Role.class);
    final Map<Role, Map<State, HouseholdId>> families = new EnumMap<>(Role.class);
    final Map<HouseholdId, String> headNames = new LinkedHashMap<>();
    final Map<HouseholdId, UUID> heads = new LinkedHashMap<>();
    StaffUser otherRegionLead;

    @BeforeAll
    void organisation() {
        long region = fixtures.region("Matrix Region");
        long elsewhere = fixtures.region("Matrix Elsewhere");
        long employment = fixtures.agency("Matrix Employment", AgencyKind.EMPLOYMENT, region);
        long housing = fixtures.agency("Matrix Housing", AgencyKind.HOUSING, region);
        long childCare = fixtures.agency("Matrix Child Care", AgencyKind.CHILD_CARE, region);
        long shelter = fixtures.agency("Matrix Shelter", AgencyKind.HOUSING, region);
        long otherEmployment = fixtures.agency("Matrix Employment Elsewhere", AgencyKind.EMPLOYMENT, elsewhere);

        users.put(Role.NAVIGATOR, fixtures.staff("mx-navigator", Role.NAVIGATOR, employment, null));
        users.put(Role.HOUSING_CASE_MANAGER, fixtures.staff("mx-housing", Role.HOUSING_CASE_MANAGER, housing, null));
        users.put(Role.PARTNER_STAFF, fixtures.staff("mx-partner", Role.PARTNER_STAFF, childCare, null));
        users.put(Role.TEAM_LEAD, fixtures.staff("mx-lead", Role.TEAM_LEAD, employment, region));
        users.put(Role.STATE_ANALYST, fixtures.staff("mx-analyst", Role.STATE_ANALYST, null, null));
        users.put(Role.ADMINISTRATOR, fixtures.staff("mx-admin", Role.ADMINISTRATOR, null, null));
        otherRegionLead = fixtures.staff("mx-lead-elsewhere", Role.TEAM_LEAD, otherEmployment, elsewhere);

        // Who registers families held by each agency (partner agencies rarely do; the fixture needs one).
        Map<Long, StaffUser> stewards = Map.of(
                employment, fixtures.staff("mx-steward-employment", Role.HOUSING_CASE_MANAGER, employment, null),
                housing, fixtures.staff("mx-steward-housing", Role.HOUSING_CASE_MANAGER, housing, null),
                childCare, fixtures.staff("mx-steward-childcare", Role.HOUSING_CASE_MANAGER, childCare, null),
                shelter, fixtures.staff("mx-steward-shelter", Role.HOUSING_CASE_MANAGER, shelter, null),
                otherEmployment, fixtures.staff("mx-steward-elsewhere", Role.HOUSING_CASE_MANAGER, otherEmployment, null));

        LocalDate today = LocalDate.now();
        for (Role role : ROLES) {
            StaffUser viewer = users.get(role);
            Long agency = viewer.viewer().agencyId();
            boolean lead = role == Role.TEAM_LEAD;
            // A team lead is reached through consent to the team; everyone else through their agency.
            Set<Long> named = agency == null || lead ? Set.of() : Set.of(agency);
            boolean team = lead || agency == null;
            StaffUser shelterSteward = stewards.get(shelter);
            Map<State, HouseholdId> byState = new EnumMap<>(State.class);
            for (State state : State.values()) {
                String last = "Zq" + role.name().replace("_", "").toLowerCase() + state.name().replace("_", "").toLowerCase();
                StaffUser registrar = state == State.OWN_AGENCY && agency != null ? stewards.get(agency) : shelterSteward;
                HouseholdId id = fixtures.singleMother(registrar, "Ana", last, state == State.DV_RESTRICTED);
                switch (state) {
                    case ACTIVE_CONSENT, DV_RESTRICTED ->
                            fixtures.consent(registrar, id, today.minusDays(10), today.plusDays(355), named, team);
                    case EXPIRED_CONSENT ->
                            fixtures.consent(registrar, id, today.minusDays(400), today.minusDays(35), named, team);
                    case REVOKED_CONSENT -> fixtures.revoke(registrar, id,
                            fixtures.consent(registrar, id, today.minusDays(10), today.plusDays(355), named, team));
                    default -> { }
                }
                byState.put(state, id);
                headNames.put(id, last);
                heads.put(id, households.open(registrar.viewer(), id).head().id());
            }
            families.put(role, byState);
        }
    }

    static int expected(Needs needs, int allowed, Role role, State state) {
        if (!role.worksWithFamilies()) {
            return 403;
        }
        boolean readable = state == State.OWN_AGENCY || state == State.ACTIVE_CONSENT;
        if (!readable) {
            return 404;
        }
        return switch (needs) {
            case READ -> allowed;
            case EDIT -> role.editsFamilies() ? allowed : 403;
            case STEWARD -> role.editsFamilies() && state == State.OWN_AGENCY ? allowed : 403;
        };
    }

    @TestFactory
    Stream<DynamicTest> everyRouteRoleAndConsentState() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : ROUTES) {
            for (Role role : ROLES) {
                for (State state : State.values()) {
                    HouseholdId id = families.get(role).get(state);
                    int expected = expected(route.needs(), route.allowed(), role, state);
                    tests.add(DynamicTest.dynamicTest(route + " as " + role + " on " + state + " → " + expected,
                            () -> assertThat(call(route, users.get(role), id)).isEqualTo(expected)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> searchListsExactlyTheReadableFamilies() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String path : List.of("/households", "/api/households")) {
            for (Role role : ROLES) {
                for (State state : State.values()) {
                    HouseholdId id = families.get(role).get(state);
                    String name = headNames.get(id);
                    tests.add(DynamicTest.dynamicTest("GET " + path + "?q=" + name + " as " + role, () -> {
                        var result = mvc.perform(request(HttpMethod.GET, path + "?q=" + name).with(user(users.get(role))))
                                .andReturn().getResponse();
                        if (!role.worksWithFamilies()) {
                            assertThat(result.getStatus()).isEqualTo(403);
                            return;
                        }
                        assertThat(result.getStatus()).isEqualTo(200);
                        boolean readable = state == State.OWN_AGENCY || state == State.ACTIVE_CONSENT;
                        assertThat(result.getContentAsString().contains("Ana " + name)).as("listed").isEqualTo(readable);
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void aTeamLeadOfAnotherRegionDoesNotSeeFamiliesSharedWithThisRegionsTeam() throws Exception {
        HouseholdId sharedWithTeam = families.get(Role.TEAM_LEAD).get(State.ACTIVE_CONSENT);
        assertThat(call(ROUTES.getFirst(), users.get(Role.TEAM_LEAD), sharedWithTeam)).isEqualTo(200);
        assertThat(call(ROUTES.getFirst(), otherRegionLead, sharedWithTeam)).isEqualTo(404);
    }

    @Test
    void aMalformedHouseholdIdIsSimplyNotFound() throws Exception {
        var response = mvc.perform(request(HttpMethod.GET, "/households/not-a-uuid").with(user(users.get(Role.NAVIGATOR))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("Page not found").doesNotContain("Exception");
    }

    @Test
    void theApiWithoutCredentialsAsksForThem() throws Exception {
        HouseholdId id = families.get(Role.NAVIGATOR).get(State.OWN_AGENCY);
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/households/" + id)).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    private int call(Route route, StaffUser user, HouseholdId id) throws Exception {
        String path = route.path().replace("{id}", id.toString()).replace("{member}", heads.get(id).toString());
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), path).with(user(user));
        if (!route.method().equals("GET")) {
            request = request.with(csrf()).contentType(route.type()).content(route.body());
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
