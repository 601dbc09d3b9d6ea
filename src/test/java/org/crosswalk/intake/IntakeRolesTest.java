package org.crosswalk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.Map;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.intake.eligibility.Programs;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Who opens the funnel and the eligibility administration, and what administrators do there. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeRolesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Programs programs;

    final Map<Role, StaffUser> users = new EnumMap<>(Role.class);
    long region;

    @BeforeAll
    void staff() {
        region = fixtures.region("Roles Region");
        long employment = fixtures.agency("Roles Employment", AgencyKind.EMPLOYMENT, region);
        long housing = fixtures.agency("Roles Housing", AgencyKind.HOUSING, region);
        long childCare = fixtures.agency("Roles Child Care", AgencyKind.CHILD_CARE, region);
        users.put(Role.NAVIGATOR, fixtures.staff("rl-navigator", Role.NAVIGATOR, employment, null));
        users.put(Role.HOUSING_CASE_MANAGER, fixtures.staff("rl-housing", Role.HOUSING_CASE_MANAGER, housing, null));
        users.put(Role.PARTNER_STAFF, fixtures.staff("rl-partner", Role.PARTNER_STAFF, childCare, null));
        users.put(Role.TEAM_LEAD, fixtures.staff("rl-lead", Role.TEAM_LEAD, employment, region));
        users.put(Role.STATE_ANALYST, fixtures.staff("rl-analyst", Role.STATE_ANALYST, null, null));
        users.put(Role.ADMINISTRATOR, fixtures.staff("rl-admin", Role.ADMINISTRATOR, null, null));
    }

    MvcResult as(Role role, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.get(role)))).andReturn();
    }

    @Test
    void theFunnelIsForTheRegionalTeamAndShowsTheirRegion() throws Exception {
        for (Role role : Role.values()) {
            boolean team = role == Role.TEAM_LEAD || role == Role.NAVIGATOR || role == Role.HOUSING_CASE_MANAGER;
            MvcResult result = as(role, get("/funnel"));
            assertThat(result.getResponse().getStatus()).as(role.name()).isEqualTo(team ? 200 : 403);
            if (team) {
                assertThat(result.getResponse().getContentAsString()).contains("Recruitment funnel: <span>Roles Region</span>");
            }
        }
    }

    @Test
    void aBackwardsRangeIsShownBesideTheFieldNotAsAnError() throws Exception {
        MvcResult result = as(Role.TEAM_LEAD, get("/funnel?from=2026-03-01&to=2026-01-01"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"from-error\"").contains("The range starts on or before its end.");
    }

    @Test
    void onlyAdministratorsManageProgramsAndRules() throws Exception {
        for (Role role : Role.values()) {
            assertThat(as(role, get("/admin/eligibility")).getResponse().getStatus()).as(role.name())
                    .isEqualTo(role == Role.ADMINISTRATOR ? 200 : 403);
            assertThat(as(role, post("/admin/eligibility/programs").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content("name=")).getResponse().getStatus()).as(role.name())
                    .isEqualTo(role == Role.ADMINISTRATOR ? 200 : 403);
        }
    }

    @Test
    void anAdministratorCreatesAProgramWithTheStandardRulesAddsAnIncomeLimitAndDisablesARule() throws Exception {
        MvcResult created = as(Role.ADMINISTRATOR, post("/admin/eligibility/programs").with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("name=Secure Jobs Roles Region&regionId=" + region + "&active=true&standardRules=true"));
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        var program = programs.all().stream().filter(p -> p.name().equals("Secure Jobs Roles Region")).findFirst().orElseThrow();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/eligibility/programs/" + program.id());
        assertThat(program.activeRules()).isEqualTo(3);

        MvcResult missingAmount = as(Role.ADMINISTRATOR, post("/admin/eligibility/programs/" + program.id() + "/rules").with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("kind=MAX_MONTHLY_INCOME&amount="));
        assertThat(missingAmount.getResponse().getStatus()).isEqualTo(200);
        assertThat(missingAmount.getResponse().getContentAsString()).contains("Enter the monthly income limit in dollars");

        as(Role.ADMINISTRATOR, post("/admin/eligibility/programs/" + program.id() + "/rules").with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("kind=MAX_MONTHLY_INCOME&amount=3,000"));
        var rules = programs.rules(program.id());
        assertThat(rules).extracting(Programs.Rule::describe).contains("Latest monthly income is at most $3,000.00");

        long childRule = rules.stream().filter(r -> r.describe().startsWith("Household has")).findFirst().orElseThrow().id();
        as(Role.ADMINISTRATOR, post("/admin/eligibility/rules/" + childRule + "/active").with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("active=false"));
        assertThat(programs.rule(childRule).active()).isFalse();
        assertThat(programs.activeRules(program.id())).hasSize(3);

        MvcResult edited = as(Role.ADMINISTRATOR, post("/admin/eligibility/rules/" + childRule).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("kind=CHILD_UNDER_AGE&years=6"));
        assertThat(edited.getResponse().getStatus()).isEqualTo(302);
        assertThat(programs.rule(childRule).describe()).isEqualTo("Household has at least one child under 6");

        String page = as(Role.ADMINISTRATOR, get("/admin/eligibility/programs/" + program.id())).getResponse().getContentAsString();
        assertThat(page).contains("Household has at least one child under 6").contains("Disabled").contains("Enable");

        MvcResult duplicate = as(Role.ADMINISTRATOR, post("/admin/eligibility/programs").with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("name=Secure Jobs Roles Region&regionId=" + region + "&active=true"));
        assertThat(duplicate.getResponse().getContentAsString()).contains("There is already a program called Secure Jobs Roles Region.");
    }

    @Test
    void anUnknownProgramOrRuleIsNotFound() throws Exception {
        assertThat(as(Role.ADMINISTRATOR, get("/admin/eligibility/programs/999999")).getResponse().getStatus()).isEqualTo(404);
        assertThat(as(Role.ADMINISTRATOR, get("/admin/eligibility/rules/999999/edit")).getResponse().getStatus()).isEqualTo(404);
    }
}
