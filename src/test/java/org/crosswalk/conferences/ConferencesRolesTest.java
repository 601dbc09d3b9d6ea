package org.crosswalk.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.plans.barriers.BarrierKind;
import org.crosswalk.plans.barriers.Severity;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who opens the conference pages, which are per region rather than per family: only the region's
 * team lead schedules and runs; staff of invited agencies read the agenda (their agency's families
 * only); an agency not invited, the lead of another region, analysts and administrators are refused.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConferencesRolesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ConferenceFixtures facts;
    @Autowired CaseConferences conferences;

    final Map<String, StaffUser> people = new LinkedHashMap<>();
    final LocalDate today = LocalDate.now();
    UUID running;
    UUID tomorrow;
    long employment;

    @BeforeAll
    void organisation() {
        long region = fixtures.region("Roles Conference Region");
        long elsewhere = fixtures.region("Roles Conference Elsewhere");
        employment = fixtures.agency("Roles Conference Employment", AgencyKind.EMPLOYMENT, region);
        long housing = fixtures.agency("Roles Conference Housing", AgencyKind.HOUSING, region);
        long childCare = fixtures.agency("Roles Conference Child Care", AgencyKind.CHILD_CARE, region);
        long benefits = fixtures.agency("Roles Conference Benefits", AgencyKind.BENEFITS, region);
        long otherEmployment = fixtures.agency("Roles Conference Employment Elsewhere", AgencyKind.EMPLOYMENT, elsewhere);
        people.put("lead", fixtures.staff("rc-lead", Role.TEAM_LEAD, employment, region));
        people.put("navigator", fixtures.staff("rc-navigator", Role.NAVIGATOR, employment, null));
        people.put("housing", fixtures.staff("rc-housing", Role.HOUSING_CASE_MANAGER, housing, null));
        people.put("partner", fixtures.staff("rc-partner", Role.PARTNER_STAFF, childCare, null));
        people.put("uninvited partner", fixtures.staff("rc-benefits", Role.PARTNER_STAFF, benefits, null));
        people.put("other region's lead", fixtures.staff("rc-lead-elsewhere", Role.TEAM_LEAD, otherEmployment, elsewhere));
        people.put("analyst", fixtures.staff("rc-analyst", Role.STATE_ANALYST, null, null));
        people.put("administrator", fixtures.staff("rc-admin", Role.ADMINISTRATOR, null, null));

        StaffUser caseManager = people.get("housing");
        HouseholdId shared = fixtures.singleMother(caseManager, "Ana", "Rolesshared", false);
        fixtures.consent(caseManager, shared, today.minusDays(5), today.plusDays(300), Set.of(childCare), true);
        facts.barrier(caseManager, shared, BarrierKind.CHILD_CARE, Severity.HIGH, today.minusDays(9));
        HouseholdId unshared = fixtures.singleMother(caseManager, "Ana", "Rolesunshared", false);
        facts.barrier(caseManager, unshared, BarrierKind.PHONE, Severity.LOW, today.minusDays(4));

        var lead = people.get("lead").viewer();
        running = conferences.schedule(lead, new Forms.ScheduleForm(today, List.of(employment, housing, childCare)));
        conferences.start(lead, running);
        tomorrow = conferences.schedule(lead, new Forms.ScheduleForm(today.plusDays(1), List.of(employment, housing, childCare)));
    }

    int status(String who, MockHttpServletRequestBuilder request) throws Exception {
        return response(who, request).getStatus();
    }

    org.springframework.mock.web.MockHttpServletResponse response(String who, MockHttpServletRequestBuilder request) throws Exception {
        return response(people.get(who), request);
    }

    org.springframework.mock.web.MockHttpServletResponse response(StaffUser who, MockHttpServletRequestBuilder request) throws Exception {
        if (!"GET".equals(request.buildRequest(null).getMethod())) {
            request = request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        return mvc.perform(request.with(user(who))).andReturn().getResponse();
    }

    /** Route, then the status for: lead, navigator, housing, partner, uninvited partner, other region's lead, analyst, administrator. */
    record Row(String route, MockHttpServletRequestBuilder request, List<Integer> statuses) {}

    List<Row> table() {
        String r = "/conferences/" + running;
        String t = "/conferences/" + tomorrow;
        return List.of(
                new Row("GET /conferences", get("/conferences"), List.of(200, 200, 200, 200, 200, 200, 403, 403)),
                new Row("GET /conferences/new", get("/conferences/new"), List.of(200, 403, 403, 403, 403, 200, 403, 403)),
                new Row("POST /conferences (no date)", post("/conferences").param("heldOn", ""),
                        List.of(200, 403, 403, 403, 403, 200, 403, 403)),
                new Row("GET conference", get(r), List.of(200, 200, 200, 200, 403, 403, 403, 403)),
                new Row("GET printable page", get(r + "/print"), List.of(200, 200, 200, 200, 403, 403, 403, 403)),
                new Row("GET PDF", get(r + "/pdf"), List.of(200, 200, 200, 200, 403, 403, 403, 403)),
                new Row("POST attendee (blank)", post(r + "/attendees"), List.of(200, 403, 403, 403, 403, 403, 403, 403)),
                new Row("POST remove unknown attendee", post(r + "/attendees/" + UUID.randomUUID() + "/remove"),
                        List.of(404, 403, 403, 403, 403, 403, 403, 403)),
                new Row("POST start tomorrow's", post(t + "/start"), List.of(409, 403, 403, 403, 403, 403, 403, 403)),
                new Row("POST end tomorrow's", post(t + "/end"), List.of(409, 403, 403, 403, 403, 403, 403, 403)));
    }

    @Test
    void onlyTheRegionsTeamLeadSchedulesAndRunsAndInvitedAgenciesRead() throws Exception {
        List<String> who = List.copyOf(people.keySet());
        for (Row row : table()) {
            for (int i = 0; i < who.size(); i++) {
                assertThat(status(who.get(i), row.request())).as(row.route() + " as " + who.get(i)).isEqualTo(row.statuses().get(i));
            }
        }
    }

    @Test
    void aPartnerSeesTheAgendaOnlyForFamiliesItsAgencyMayReadAndIsToldHowManyAreHidden() throws Exception {
        String partner = response("partner", get("/conferences/" + running)).getContentAsString();
        assertThat(partner).contains("Ana Rolesshared").doesNotContain("Rolesunshared")
                .contains("1 family to discuss is not shown to you");
        String lead = response("lead", get("/conferences/" + running)).getContentAsString();
        assertThat(lead).contains("Ana Rolesshared").doesNotContain("Rolesunshared");
        String holder = response("housing", get("/conferences/" + running)).getContentAsString();
        assertThat(holder).contains("Ana Rolesshared").contains("Ana Rolesunshared");
        assertThat(response("navigator", get("/conferences")).getContentAsString()).contains("Roles Conference Region");
        assertThat(response("uninvited partner", get("/conferences")).getContentAsString()).contains("No conference is scheduled.");
    }

    @Test
    void aLeadSchedulesOnlyForTodayOrLaterAndOnlyAgenciesOfTheRegion() throws Exception {
        assertThat(response("lead", post("/conferences").param("heldOn", today.minusDays(1).toString())
                .param("agencies", String.valueOf(employment))).getContentAsString())
                .contains("A conference is scheduled for today or later");
        assertThat(response("lead", post("/conferences").param("heldOn", today.plusDays(3).toString())).getContentAsString())
                .contains("Invite at least one agency.");
        long elsewhere = fixtures.agency("Roles Conference Employment Elsewhere", AgencyKind.EMPLOYMENT,
                fixtures.region("Roles Conference Elsewhere"));
        assertThat(response("lead", post("/conferences").param("heldOn", today.plusDays(3).toString())
                .param("agencies", String.valueOf(elsewhere))).getContentAsString())
                .contains("Invite agencies of your region only.");
    }

    @Test
    void aRegionsConferencesArePagedTwentyAtATimeUpcomingSoonestFirst() throws Exception {
        long region = fixtures.region("Paging Conference Region");
        long agency = fixtures.agency("Paging Conference Employment", AgencyKind.EMPLOYMENT, region);
        StaffUser pagingLead = fixtures.staff("rc-paging-lead", Role.TEAM_LEAD, agency, region);
        var lead = pagingLead.viewer();
        for (int day = 1; day <= 21; day++) {
            conferences.schedule(lead, new Forms.ScheduleForm(today.plusDays(day), List.of(agency)));
        }
        String first = response(pagingLead, get("/conferences")).getContentAsString();
        var us = java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy");
        assertThat(first).contains("1–20 of 21").contains("Page 1 of 2").contains(">Next<")
                .contains(us.format(today.plusDays(1))).doesNotContain(us.format(today.plusDays(21)));
        String second = response(pagingLead, get("/conferences?when=upcoming&page=1")).getContentAsString();
        assertThat(second).contains("21–21 of 21").contains(us.format(today.plusDays(21))).contains(">Previous<");
        assertThat(response(pagingLead, get("/conferences?when=past")).getContentAsString()).contains("No past conferences yet.");
    }
}
