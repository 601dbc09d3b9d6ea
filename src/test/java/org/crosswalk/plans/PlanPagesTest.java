package org.crosswalk.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan pages and API as a browser or client sends them: form binding, field errors, JSON shapes. */
@CrosswalkIntegrationTest
class PlanPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Plans plans;

    StaffUser navigator;
    HouseholdId family;
    String base;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aFamily() {
        long region = fixtures.region("Plans Region");
        navigator = fixtures.staff("pp-navigator", Role.NAVIGATOR, fixtures.agency("Plans Employment", AgencyKind.EMPLOYMENT, region), null);
        family = fixtures.singleMother(navigator, "Yesenia", "Pageform" + UUID.randomUUID().toString().substring(0, 5), false);
        base = "/households/" + family + "/plan";
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(navigator))).andReturn().getResponse();
    }

    MockHttpServletResponse form(String path, String body) throws Exception {
        return send(post(path).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body));
    }

    String firstPlan() {
        return "basedOnRevision=0&participantMemberId=&shortTermGoals=Get+a+state+ID%0D%0AFind+child+care&longTermGoals=Work+in+healthcare"
                + "&track=SKILLS_TRAINING&changeSummary="
                + "&activities[0].id=&activities[0].what=Enroll+in+CNA+training&activities[0].dueOn=" + today.plusDays(10) + "&activities[0].ownerUserId="
                + "&activities[1].id=&activities[1].what=Update+resume&activities[1].dueOn=" + today.plusDays(14) + "&activities[1].ownerUserId=" + navigator.viewer().userId()
                + "&activities[2].id=&activities[2].what=&activities[2].dueOn=&activities[2].ownerUserId="
                + "&milestones[0].id=&milestones[0].what=Certificate+earned&milestones[0].targetOn=" + today.plusDays(60)
                + "&milestones[1].id=&milestones[1].what=&milestones[1].targetOn=";
    }

    @Test
    void anEmptyPlanPageInvitesTheNavigatorToWriteOne() throws Exception {
        var page = send(get(base));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("No employment plan yet.", "Write the plan", "Nothing recorded in the parent");
        var edit = send(get(base + "/edit"));
        assertThat(edit.getContentAsString()).contains("Write the employment plan", "New activity", "Yesenia Pageform");
    }

    @Test
    void theFormSavesGoalsActivitiesAndMilestonesInOneRevision() throws Exception {
        var saved = form(base, firstPlan());
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo(base);
        var plan = plans.open(navigator.viewer(), family).plan();
        assertThat(plan.revision()).isEqualTo(1);
        assertThat(plan.activities()).extracting(Activity::what).containsExactly("Enroll in CNA training", "Update resume");
        assertThat(plan.milestones()).extracting(Milestone::what).containsExactly("Certificate earned");

        String page = send(get(base)).getContentAsString();
        assertThat(page).contains("Get a state ID", "Skills training", "Enroll in CNA training", "Certificate earned", "revision <span>1</span>");
        assertThat(send(get(base + "/edit")).getContentAsString()).contains("You are revising revision", "Enroll in CNA training");
    }

    @Test
    void fieldErrorsAreShownBesideTheRowAndWhatWasTypedStays() throws Exception {
        String body = firstPlan().replace("activities[1].dueOn=" + today.plusDays(14), "activities[1].dueOn=" + today.minusDays(3));
        var response = form(base, body);
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("id=\"activities-1-dueOn-error\"", "A due date cannot be in the past.", "value=\"Update resume\"");
        assertThat(plans.open(navigator.viewer(), family).plan()).as("nothing saved").isNull();

        var noGoal = form(base, "basedOnRevision=0&shortTermGoals=&longTermGoals=");
        assertThat(noGoal.getContentAsString()).contains("id=\"shortTermGoals-error\"", "Write at least one goal");

        var badDate = form(base, firstPlan().replace("activities[0].dueOn=" + today.plusDays(10), "activities[0].dueOn=next-week"));
        assertThat(badDate.getStatus()).isEqualTo(200);
        assertThat(badDate.getContentAsString()).contains("id=\"activities-0-dueOn-error\"", "Enter a date like 2026-03-15.", "value=\"next-week\"", "value=\"Update resume\"");
    }

    @Test
    void aStaleRevisionIsRefusedWithAMessageNotAnError() throws Exception {
        form(base, firstPlan());
        form(base, "basedOnRevision=1&shortTermGoals=Changed&changeSummary=First+change");
        var stale = form(base, "basedOnRevision=1&shortTermGoals=Other&changeSummary=Second+change");
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString()).contains("changed by someone else");
    }

    @Test
    void statusActionsShowTheirErrorsOnTheRow() throws Exception {
        form(base, firstPlan());
        UUID activity = plans.open(navigator.viewer(), family).plan().activities().getFirst().id();
        var future = form(base + "/activities/" + activity + "/status", "status=DONE&on=" + today.plusDays(2));
        assertThat(future.getStatus()).isEqualTo(200);
        assertThat(future.getContentAsString()).contains("id=\"done-on-" + activity + "-error\"", "cannot be done on a date in the future",
                "value=\"" + today.plusDays(2) + "\"", "<details open=\"open\">");
        var noReason = form(base + "/activities/" + activity + "/status", "status=DROPPED&reason=");
        assertThat(noReason.getContentAsString()).contains("id=\"drop-reason-" + activity + "-error\"", "Say why the activity is dropped");

        var nonsense = form(base + "/activities/" + activity + "/status", "status=FINISHED&on=tomorrow");
        assertThat(nonsense.getStatus()).isEqualTo(200);
        assertThat(nonsense.getContentAsString()).contains("That change was not saved");
        var badDay = form(base + "/milestones/" + plans.open(navigator.viewer(), family).plan().milestones().getFirst().id() + "/reached", "on=soon");
        assertThat(badDay.getContentAsString()).contains("Enter the date as YYYY-MM-DD.");

        var started = form(base + "/activities/" + activity + "/status", "status=IN_PROGRESS");
        assertThat(started.getStatus()).isEqualTo(302);
        var done = form(base + "/activities/" + activity + "/status", "status=DONE&on=" + today);
        assertThat(done.getRedirectedUrl()).isEqualTo(base + "#activity-" + activity);
        assertThat(send(get(base)).getContentAsString()).contains("badge-ok", "Done");
    }

    @Test
    void revisionsCanBeOpenedAndCompared() throws Exception {
        form(base, firstPlan());
        form(base, "basedOnRevision=1&shortTermGoals=Get+a+state+ID%0D%0AGet+a+bus+pass&longTermGoals=Work+in+healthcare&track=IMMEDIATE_JOB_SEARCH&changeSummary=Straight+to+job+search");
        String history = send(get(base + "/revisions")).getContentAsString();
        assertThat(history).contains("Revision 2", "Revision 1", "Straight to job search", "Current", "Show what changed");
        String old = send(get(base + "/revisions/1")).getContentAsString();
        assertThat(old).contains("This is an older revision", "cannot be changed", "Skills training", "Enroll in CNA training")
                .doesNotContain("Save plan");
        String second = send(get(base + "/revisions/2")).getContentAsString();
        assertThat(second).contains("What changed since revision 1", "Get a bus pass", "Find child care", "Skills training → Immediate job search");
        String compare = send(get(base + "/revisions/compare?from=2&to=1")).getContentAsString();
        assertThat(compare).contains("What changed from revision <span>1</span> to <span>2</span>");
        assertThat(send(get(base + "/revisions/9")).getStatus()).isEqualTo(404);
    }

    @Test
    void theParentsWordsFormShowsItsErrors() throws Exception {
        var blank = form(base + "/words", "words=&saidOn=" + today);
        assertThat(blank.getContentAsString()).contains("id=\"words-error\"", "Write down what the parent said");
        form(base + "/words", "words=I+want+to+be+a+nurse&saidOn=" + today);
        assertThat(send(get(base)).getContentAsString()).contains("In my words:", "I want to be a nurse", "written down by");
    }

    @Test
    void theApiReadsWritesAndRefusesLikeThePages() throws Exception {
        String json = """
                {"basedOnRevision":0,"shortTermGoals":"Get a state ID","track":"IMMEDIATE_JOB_SEARCH",
                 "activities":[{"what":"Apply to five jobs","dueOn":"%s"}],"milestones":[]}""".formatted(today.plusDays(7));
        var saved = mvc.perform(put("/api" + base).with(httpBasic("pp-navigator", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString()).contains("\"revision\":1", "Apply to five jobs", "\"revisions\":[{\"number\":1");

        var stale = mvc.perform(put("/api" + base).with(user(navigator)).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);

        var added = mvc.perform(post("/api" + base + "/activities").with(user(navigator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"what\":\"Mock interview\",\"dueOn\":\"" + today.plusDays(3) + "\"}")).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(added.getContentAsString()).contains("\"status\":\"PLANNED\"", "\"owner\":\"The parent\"");

        var bad = mvc.perform(post("/api" + base + "/activities").with(user(navigator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"what\":\"Mock interview\"}")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("\"dueOn\":\"Give it a due date.\"");

        UUID activity = plans.open(navigator.viewer(), family).plan().activities().getFirst().id();
        var done = mvc.perform(put("/api" + base + "/activities/" + activity + "/status").with(user(navigator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"DONE\",\"on\":\"" + today + "\"}")).andReturn().getResponse();
        assertThat(done.getContentAsString()).contains("\"status\":\"DONE\"");

        var compare = mvc.perform(get("/api" + base + "/revisions/compare?from=1&to=2").with(user(navigator))).andReturn().getResponse();
        assertThat(compare.getContentAsString()).contains("ACTIVITY_ADDED", "Mock interview");
    }
}
