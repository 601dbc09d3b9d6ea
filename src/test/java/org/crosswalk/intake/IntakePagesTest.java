package org.crosswalk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The intake pages answer bad input beside the field, never with an error page. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakePagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired IntakeFixtures intake;
    @Autowired Referrals referrals;

    StaffUser housing;
    long program;
    HouseholdId family;
    ReferralId referral;

    @BeforeAll
    void aReferredFamily() {
        long region = fixtures.region("Pages Region");
        long employment = fixtures.agency("Pages Employment", AgencyKind.EMPLOYMENT, region);
        housing = fixtures.staff("pg-housing", Role.HOUSING_CASE_MANAGER, fixtures.agency("Pages Housing", AgencyKind.HOUSING, region), null);
        fixtures.staff("pg-navigator", Role.NAVIGATOR, employment, null);
        program = intake.program("Secure Jobs Pages Region", region, true);
        family = intake.aMotherWithAToddler(housing, "Paz", "Pagesfamily");
        fixtures.consent(housing, family, LocalDate.now().minusDays(2), LocalDate.now().plusDays(300), Set.of(employment), false);
        referral = referrals.refer(housing.viewer(), family, IntakeFixtures.fromShelter(program, LocalDate.now()));
    }

    MockHttpServletResponse post(String path, String form) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user(housing)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form)).andReturn().getResponse();
    }

    @Test
    void anEmptyReferralIsMarkedFieldByField() throws Exception {
        var response = post("/households/" + family + "/intake/referrals", "programId=&referredOn=&source=&livingSituation=");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"programId-error\"", "Choose the program.",
                "Choose where the family is referred from.", "Choose the family&#39;s current living situation.");
    }

    @Test
    void aDateThatIsNotADateStaysInItsFieldWithAMessage() throws Exception {
        var response = post("/households/" + family + "/intake/referrals/" + referral + "/contact",
                "attemptedOn=31/02/2026&method=PHONE&reached=true");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"attemptedOn-error\"");
    }

    @Test
    void anAssessmentBeforeContactIsRefusedAboveTheForm() throws Exception {
        StringBuilder form = new StringBuilder("assessedOn=" + LocalDate.now() + "&decision=ENROLL");
        ReadinessQuestion[] questions = ReadinessQuestion.values();
        for (int i = 0; i < questions.length; i++) {
            form.append("&answers[").append(i).append("].question=").append(questions[i].name())
                    .append("&answers[").append(i).append("].yes=true");
        }
        var response = post("/households/" + family + "/intake/referrals/" + referral + "/assessment", form.toString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Record a contact that reached the family before the readiness assessment.");
    }

    @Test
    void anUnansweredQuestionIsMarkedBesideIt() throws Exception {
        HouseholdId reached = intake.aMotherWithAToddler(housing, "Ruth", "Pagesreached");
        ReferralId r = referrals.refer(housing.viewer(), reached, IntakeFixtures.fromShelter(program, LocalDate.now()));
        referrals.recordContact(housing.viewer(), reached, r, IntakeFixtures.reachedByPhone(LocalDate.now()));
        StringBuilder form = new StringBuilder("assessedOn=" + LocalDate.now() + "&decision=NOT_NOW");
        ReadinessQuestion[] questions = ReadinessQuestion.values();
        for (int i = 0; i < questions.length; i++) {
            form.append("&answers[").append(i).append("].question=").append(questions[i].name());
            if (i != 3) {
                form.append("&answers[").append(i).append("].yes=false");
            }
        }
        var response = post("/households/" + reached + "/intake/referrals/" + r + "/assessment", form.toString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"answers3-error\"", "Answer yes or no.");
    }

    @Test
    void theHouseholdsIntakePageShowsTheNextStep() throws Exception {
        var page = mvc.perform(get("/households/" + family + "/intake").with(user(housing))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Secure Jobs Pages Region", "Referred, not yet contacted", "Record contact",
                "Not enrolled in any program yet.");
    }
}
