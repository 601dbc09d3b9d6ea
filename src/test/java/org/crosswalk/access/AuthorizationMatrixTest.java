package org.crosswalk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.AccessMatrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * The families module's rows of the authorization matrix (see {@link AccessMatrix}); other modules
 * add theirs in their own *AuthorizationMatrixTest classes.
 */
class AuthorizationMatrixTest extends AccessMatrix {

    @Autowired Households households;

    @Override
    protected List<Route> routes() {
        return List.of(
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
                Route.page("POST", "/households/{id}/notes", Needs.READ, 302, "body="),
                Route.api("GET", "/api/households/{id}", Needs.READ, 200, null),
                Route.api("PUT", "/api/households/{id}", Needs.EDIT, 409, "{\"city\":\"Hartford\",\"version\":99}"),
                Route.api("POST", "/api/households/{id}/members", Needs.EDIT, 400,
                        "{\"firstName\":\"A\",\"lastName\":\"B\",\"relationship\":\"SELF\",\"race\":[\"WHITE\"],\"sex\":\"MALE\",\"veteranStatus\":\"NO\"}"),
                Route.api("PUT", "/api/households/{id}/members/{member}", Needs.EDIT, 409,
                        "{\"firstName\":\"A\",\"lastName\":\"B\",\"race\":[\"WHITE\"],\"sex\":\"MALE\",\"veteranStatus\":\"NO\",\"version\":99}"));
    }

    @Override
    protected Map<String, String> placeholders(HouseholdId household, StaffUser steward) {
        return Map.of("member", households.open(steward.viewer(), household).head().id().toString());
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
                        assertThat(result.getContentAsString().contains("Ana " + name)).as("listed").isEqualTo(readable(state));
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void aTeamLeadOfAnotherRegionDoesNotSeeFamiliesSharedWithThisRegionsTeam() throws Exception {
        HouseholdId sharedWithTeam = families.get(Role.TEAM_LEAD).get(State.ACTIVE_CONSENT);
        Route read = routes().getFirst();
        assertThat(call(read, users.get(Role.TEAM_LEAD), sharedWithTeam)).isEqualTo(200);
        assertThat(call(read, otherRegionLead, sharedWithTeam)).isEqualTo(404);
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

    @Test
    void theTodayListIsForCaseworkersOnly() throws Exception {
        for (Role role : ROLES) {
            int status = mvc.perform(request(HttpMethod.GET, "/today").with(user(users.get(role)))).andReturn().getResponse().getStatus();
            assertThat(status).as(role.name()).isEqualTo(role.worksWithFamilies() ? 200 : 403);
        }
    }

}
