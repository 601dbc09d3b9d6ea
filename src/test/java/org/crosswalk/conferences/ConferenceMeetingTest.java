package org.crosswalk.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A conference from scheduling to its read-only record, through the pages: attendance, minutes,
 * an action item that reaches its owner's Today page and the family's timeline, the frozen agenda,
 * refusals once the meeting is over, closing the action item, the audit trail, and the PDF.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConferenceMeetingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ConferenceFixtures facts;
    @Autowired JdbcClient jdbc;

    final LocalDate today = LocalDate.now();
    StaffUser lead, navigator, caseManager, partner, otherPartner;
    long housing, employment, childCare;
    HouseholdId family;

    @BeforeAll
    void organisation() {
        long region = fixtures.region("Meeting Region");
        housing = fixtures.agency("Meeting Housing", AgencyKind.HOUSING, region);
        employment = fixtures.agency("Meeting Employment", AgencyKind.EMPLOYMENT, region);
        childCare = fixtures.agency("Meeting Child Care", AgencyKind.CHILD_CARE, region);
        long benefits = fixtures.agency("Meeting Benefits", AgencyKind.BENEFITS, region);
        lead = fixtures.staff("mt-lead", Role.TEAM_LEAD, employment, region);
        navigator = fixtures.staff("mt-navigator", Role.NAVIGATOR, employment, null);
        caseManager = fixtures.staff("mt-housing", Role.HOUSING_CASE_MANAGER, housing, null);
        partner = fixtures.staff("mt-partner", Role.PARTNER_STAFF, childCare, null);
        otherPartner = fixtures.staff("mt-benefits", Role.PARTNER_STAFF, benefits, null);
        family = fixtures.singleMother(caseManager, "Marisol", "Meetingfamily", false);
        fixtures.consent(caseManager, family, today.minusDays(10), today.plusDays(355), Set.of(employment, childCare), true);
        facts.barrier(caseManager, family, BarrierKind.CHILD_CARE, Severity.HIGH, today.minusDays(12));
    }

    MockHttpServletResponse as(StaffUser who, MockHttpServletRequestBuilder request) throws Exception {
        if (!"GET".equals(request.buildRequest(null).getMethod())) {
            request = request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        return mvc.perform(request.with(user(who))).andReturn().getResponse();
    }

    String page(StaffUser who, MockHttpServletRequestBuilder request) throws Exception {
        return as(who, request).getContentAsString();
    }

    UUID schedule(LocalDate on) throws Exception {
        var response = as(lead, post("/conferences").param("heldOn", on.toString())
                .param("agencies", String.valueOf(housing), String.valueOf(employment), String.valueOf(childCare)));
        assertThat(response.getStatus()).isEqualTo(302);
        return UUID.fromString(response.getRedirectedUrl().replace("/conferences/", ""));
    }

    @Test
    void aTeamLeadRunsAConferenceFromAgendaToActionItemAndItsRecordIsThenReadOnly() throws Exception {
        UUID conference = schedule(today);
        String minutesPath = "/conferences/" + conference + "/families/" + family + "/minutes";
        String actionsPath = "/conferences/" + conference + "/families/" + family + "/actions";
        assertThat(page(lead, get("/conferences/" + conference))).contains("Marisol Meetingfamily").contains("Open barrier")
                .contains("Start the meeting").contains("it stays live until the meeting starts");

        MockHttpServletResponse early = as(lead, post(minutesPath).param("body", "Too early"));
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(early.getContentAsString()).contains("The meeting has not started yet");

        assertThat(as(lead, post("/conferences/" + conference + "/start")).getStatus()).isEqualTo(302);
        assertThat(as(lead, post("/conferences/" + conference + "/attendees").param("staffUserId",
                String.valueOf(navigator.viewer().userId()))).getStatus()).isEqualTo(302);
        assertThat(page(lead, post("/conferences/" + conference + "/attendees").param("agencyId", String.valueOf(childCare))
                .param("personName", " "))).contains("Choose a person from the list, or type the name of a guest.");
        assertThat(as(lead, post("/conferences/" + conference + "/attendees").param("agencyId", String.valueOf(childCare))
                .param("personName", "Gwen Guest")).getStatus()).isEqualTo(302);
        assertThat(page(lead, post("/conferences/" + conference + "/attendees").param("staffUserId",
                String.valueOf(navigator.viewer().userId())))).contains("is already on the attendance list");

        assertThat(page(lead, post(minutesPath).param("body", ""))).contains("Write the minutes first.");
        assertThat(as(lead, post(minutesPath).param("body", "Child care waitlist at Little Oaks; ask about a slot.")).getStatus())
                .isEqualTo(302);
        assertThat(page(lead, post(actionsPath).param("what", "Ask Little Oaks for a slot")
                .param("ownerUserId", String.valueOf(otherPartner.viewer().userId())).param("dueOn", today.plusDays(7).toString())))
                .contains("Choose an owner from the region who may open this family&#39;s record.");
        assertThat(page(lead, post(actionsPath).param("what", "Ask Little Oaks for a slot")
                .param("ownerUserId", String.valueOf(navigator.viewer().userId())).param("dueOn", today.minusDays(1).toString())))
                .contains("The due date cannot be before the conference");
        assertThat(as(lead, post(actionsPath).param("what", "Ask Little Oaks for a slot")
                .param("ownerUserId", String.valueOf(navigator.viewer().userId())).param("dueOn", today.plusDays(7).toString()))
                .getStatus()).isEqualTo(302);

        String meeting = page(lead, get("/conferences/" + conference));
        assertThat(meeting).contains("Test mt-navigator").contains("Gwen Guest").contains("Child care waitlist at Little Oaks")
                .contains("Ask Little Oaks for a slot").contains("Agenda frozen when the meeting started");
        assertThat(page(navigator, get("/today"))).contains("Ask Little Oaks for a slot").contains("Conference action item");
        assertThat(page(navigator, get("/households/" + family))).contains("Discussed at the case conference of")
                .contains("Conference action item: Ask Little Oaks for a slot");

        // The agenda stays as it was at the start; a live agenda sees the barrier recorded since.
        facts.barrier(caseManager, family, BarrierKind.TRANSPORTATION, Severity.LOW, today);
        assertThat(page(lead, get("/conferences/" + conference))).doesNotContain("Transportation (low)");
        UUID next = schedule(today.plusDays(28));
        assertThat(page(lead, get("/conferences/" + next))).contains("Transportation (low)").contains("Ask Little Oaks for a slot");

        assertThat(as(lead, post("/conferences/" + conference + "/end")).getStatus()).isEqualTo(302);
        for (var edit : List.of(post(minutesPath).param("body", "Changed later"),
                post(actionsPath).param("what", "Later").param("ownerUserId", String.valueOf(navigator.viewer().userId()))
                        .param("dueOn", today.plusDays(3).toString()),
                post("/conferences/" + conference + "/attendees").param("agencyId", String.valueOf(childCare)).param("personName", "Late"),
                post("/conferences/" + conference + "/end"), post("/conferences/" + conference + "/start"))) {
            MockHttpServletResponse refused = as(lead, edit);
            assertThat(refused.getStatus()).isEqualTo(409);
            assertThat(refused.getContentAsString()).contains("A past conference is a read-only record").contains("Sign out");
        }
        assertThat(page(lead, get("/conferences/" + conference))).contains("Child care waitlist at Little Oaks")
                .doesNotContain("Changed later").doesNotContain("End the meeting");
        assertThat(page(lead, get("/conferences?when=past"))).contains("Held");

        // Owners close their action items, also after the conference; partners who read the family may not.
        UUID action = jdbc.sql("select id from conferences.action_item where household_id = :h").param("h", family.value())
                .query(UUID.class).single();
        String close = "/households/" + family + "/conferences/actions/" + action + "/close";
        assertThat(as(partner, post(close)).getStatus()).isEqualTo(403);
        assertThat(page(navigator, get("/households/" + family + "/conferences"))).contains("Close: Ask Little Oaks for a slot");
        assertThat(as(navigator, post(close).param("note", "Slot from January")).getStatus()).isEqualTo(302);
        assertThat(page(navigator, post(close))).contains("already closed");
        assertThat(page(navigator, get("/today"))).doesNotContain("Ask Little Oaks for a slot");
        assertThat(page(lead, get("/conferences/" + next))).doesNotContain("Ask Little Oaks for a slot");

        List<String> audited = jdbc.sql("select distinct action from audit.event where household_id = :h")
                .param("h", family.value()).query(String.class).list();
        assertThat(audited).contains("AGENDA_VIEWED", "CONFERENCE_MINUTES_WRITTEN", "CONFERENCE_ACTION_ADDED",
                "CONFERENCE_ACTION_CLOSED", "CONFERENCES_VIEWED");
    }

    @Test
    void theAgendaAndMinutesExportAsAPrintablePageAndAsTheSamePageInPdf() throws Exception {
        HouseholdId exported = fixtures.singleMother(caseManager, "Paloma", "Exportfamily", false);
        fixtures.consent(caseManager, exported, today.minusDays(10), today.plusDays(355), Set.of(employment, childCare), true);
        facts.barrier(caseManager, exported, BarrierKind.DOCUMENTS_ID, Severity.MEDIUM, today.minusDays(20));
        UUID conference = schedule(today);
        as(lead, post("/conferences/" + conference + "/start"));
        as(lead, post("/conferences/" + conference + "/families/" + exported + "/minutes").param("body", "Birth certificate requested from the state."));

        String print = page(lead, get("/conferences/" + conference + "/print"));
        assertThat(print).contains("@media print").contains("window.print()").contains("Paloma Exportfamily")
                .contains("Birth certificate requested from the state.");

        MockHttpServletResponse pdf = as(lead, get("/conferences/" + conference + "/pdf"));
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("case-conference-" + today + ".pdf");
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Case conference, Meeting Region").contains("Paloma Exportfamily")
                    .contains("Open barrier: Documents and ID (medium)").contains("Birth certificate requested from the state.")
                    .contains("Meeting Child Care").doesNotContain("Back to the conference");
        }
        // A partner's copy leaves out the families its agency may not read.
        HouseholdId unshared = fixtures.singleMother(caseManager, "Quinn", "Unsharedexport", false);
        facts.barrier(caseManager, unshared, BarrierKind.HEALTH, Severity.LOW, today.minusDays(2));
        UUID later = schedule(today.plusDays(1));
        try (var document = Loader.loadPDF(as(partner, get("/conferences/" + later + "/pdf")).getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Paloma Exportfamily").doesNotContain("Unsharedexport")
                    .contains("1 family to discuss is not in this copy");
        }
    }
}
