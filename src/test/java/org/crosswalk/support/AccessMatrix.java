package org.crosswalk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The authorization matrix: every household route × every role × every consent state → the
 * status the access rule demands. Each module's matrix test extends this with its own
 * {@link #routes()} and, when its routes name sub-records ({referral}, {barrier}...), creates them
 * per household in {@link #placeholders}. The families module's table is AuthorizationMatrixTest.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AccessMatrix {

    /** How a household stands towards the signed-in user. */
    public enum State { OWN_AGENCY, NO_CONSENT, ACTIVE_CONSENT, EXPIRED_CONSENT, REVOKED_CONSENT, DV_RESTRICTED }

    /** What a route needs: to read the family, to change it, or to be the agency that holds it. */
    public enum Needs { READ, EDIT, STEWARD }

    /**
     * A route, what it needs, and the status it answers when allowed. Choose bodies so an allowed
     * call changes nothing that later rows depend on (invalid input, stale version, unknown ID).
     */
    public record Route(String method, String path, Needs needs, int allowed, String body, MediaType type) {
        public static Route page(String method, String path, Needs needs, int allowed, String form) {
            return new Route(method, path, needs, allowed, form, MediaType.APPLICATION_FORM_URLENCODED);
        }

        public static Route api(String method, String path, Needs needs, int allowed, String json) {
            return new Route(method, path, needs, allowed, json, MediaType.APPLICATION_JSON);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    protected static final List<Role> ROLES = List.of(Role.values());

    @Autowired protected MockMvc mvc;
    @Autowired protected Fixtures fixtures;

    protected final Map<Role, StaffUser> users = new EnumMap<>(Role.class);
    protected final Map<Role, Map<State, HouseholdId>> families = new EnumMap<>(Role.class);
    protected final Map<HouseholdId, String> headNames = new LinkedHashMap<>();
    protected final Map<HouseholdId, StaffUser> stewardOf = new HashMap<>();
    protected final Map<HouseholdId, Map<String, String>> placeholderValues = new HashMap<>();
    protected StaffUser otherRegionLead;

    /** The rows this module adds to the matrix. */
    protected abstract List<Route> routes();

    /**
     * Creates the sub-records a household's routes name and returns their values by placeholder
     * (without braces). {@code steward} holds the household and may change it.
     */
    protected Map<String, String> placeholders(HouseholdId household, StaffUser steward) {
        return Map.of();
    }

    /** Distinguishes this class's families from other matrix classes' in searches. */
    protected String familyPrefix() {
        return getClass().getSimpleName().replaceAll("[^A-Za-z]", "").replace("AuthorizationMatrixTest", "");
    }

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
                String last = "Zq" + familyPrefix().toLowerCase() + role.name().replace("_", "").toLowerCase()
                        + state.name().replace("_", "").toLowerCase();
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
                stewardOf.put(id, registrar);
                placeholderValues.put(id, placeholders(id, registrar));
            }
            families.put(role, byState);
        }
    }

    protected static boolean readable(State state) {
        return state == State.OWN_AGENCY || state == State.ACTIVE_CONSENT;
    }

    protected static int expected(Needs needs, int allowed, Role role, State state) {
        if (!role.worksWithFamilies()) {
            return 403;
        }
        if (!readable(state)) {
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
        for (Route route : routes()) {
            for (Role role : ROLES) {
                for (State state : State.values()) {
                    HouseholdId id = families.get(role).get(state);
                    int expected = expected(route.needs(), route.allowed(), role, state);
                    tests.add(DynamicTest.dynamicTest(route + " as " + role + " on " + state + " → " + expected,
                            () -> assertThat(call(route, users.get(role), id)).as(route + " as " + role + " on " + state)
                                    .isEqualTo(expected)));
                }
            }
        }
        return tests.stream();
    }

    protected int call(Route route, StaffUser user, HouseholdId id) throws Exception {
        String path = route.path().replace("{id}", id.toString());
        for (var p : placeholderValues.getOrDefault(id, Map.of()).entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), path).with(user(user));
        if (!route.method().equals("GET")) {
            request = request.with(csrf()).contentType(route.type()).content(route.body() == null ? "" : route.body());
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
