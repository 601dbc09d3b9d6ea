package org.crosswalk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
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

/** The JSON API walks the same steps, with the same refusals as problem details. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeApiTest {

    static final String TODAY = LocalDate.now().toString();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired IntakeFixtures intake;

    long program;
    StaffUser housing;
    StaffUser navigator;

    @BeforeAll
    void organisation() {
        long region = fixtures.region("Api Region");
        long employment = fixtures.agency("Api Employment", AgencyKind.EMPLOYMENT, region);
        housing = fixtures.staff("api-housing", Role.HOUSING_CASE_MANAGER, fixtures.agency("Api Housing", AgencyKind.HOUSING, region), null);
        navigator = fixtures.staff("api-navigator", Role.NAVIGATOR, employment, null);
        program = intake.program("Secure Jobs Api Region", region, true);
    }

    MockHttpServletResponse call(String method, String path, String json) throws Exception {
        var request = method.equals("GET") ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(json);
        return mvc.perform(request.with(httpBasic("api-housing", Fixtures.PASSWORD))).andReturn().getResponse();
    }

    @Test
    void anIneligibleReferralAnswers422WithEveryFailedRule() throws Exception {
        HouseholdId alone = fixtures.singleMother(housing, "Ines", "Apialone", false);
        var response = call("POST", "/api/households/" + alone + "/intake/referrals",
                "{\"programId\":" + program + ",\"referredOn\":\"" + TODAY + "\",\"source\":\"SHELTER\",\"livingSituation\":101}");
        assertThat(response.getStatus()).isEqualTo(422);
        String body = response.getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.title")).isEqualTo("Not eligible");
        assertThat(JsonPath.<List<String>>read(body, "$.failedRules[*].rule")).containsExactly("Household has at least one child under 18");
        assertThat(JsonPath.<String>read(body, "$.errors.programId")).contains("No one under 18");
        assertThat(JsonPath.<List<Object>>read(call("GET", "/api/households/" + alone + "/intake", null).getContentAsString(), "$.referrals"))
                .isEmpty();
    }

    @Test
    void aFamilyIsReferredAssessedEnrolledAndExitedThroughTheApi() throws Exception {
        HouseholdId family = intake.aMotherWithAToddler(housing, "Ada", "Apiflow");
        fixtures.consent(housing, family, LocalDate.now().minusDays(3), LocalDate.now().plusDays(300),
                Set.of(navigator.viewer().agencyId()), false);
        String base = "/api/households/" + family + "/intake";

        var referred = call("POST", base + "/referrals", "{\"programId\":" + program + ",\"referredOn\":\"" + TODAY
                + "\",\"source\":\"MOTEL\",\"livingSituation\":314,\"note\":\"Prefers text messages\"}");
        assertThat(referred.getStatus()).isEqualTo(201);
        String referral = JsonPath.read(referred.getContentAsString(), "$.referrals[0].id");
        assertThat(JsonPath.<String>read(referred.getContentAsString(), "$.referrals[0].status")).isEqualTo("REFERRED");
        assertThat(JsonPath.<Integer>read(referred.getContentAsString(), "$.referrals[0].livingSituation.code")).isEqualTo(314);

        var tooEarly = call("POST", base + "/referrals/" + referral + "/assessments", assessment("ENROLL"));
        assertThat(tooEarly.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(tooEarly.getContentAsString(), "$.detail")).contains("contact that reached the family");

        assertThat(call("POST", base + "/referrals/" + referral + "/contacts",
                "{\"attemptedOn\":\"" + TODAY + "\",\"method\":\"TEXT_MESSAGE\",\"reached\":true}").getStatus()).isEqualTo(200);
        var missingAnswer = call("POST", base + "/referrals/" + referral + "/assessments",
                "{\"assessedOn\":\"" + TODAY + "\",\"answers\":[],\"decision\":\"ENROLL\"}");
        assertThat(missingAnswer.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(missingAnswer.getContentAsString(), "$.errors.answers")).contains("Answer every question");
        assertThat(call("POST", base + "/referrals/" + referral + "/assessments", assessment("ENROLL")).getStatus()).isEqualTo(200);

        var picker = call("GET", base + "/referrals/" + referral + "/navigators", null).getContentAsString();
        assertThat(JsonPath.<List<String>>read(picker, "$[*].name")).contains("Test api-navigator");

        var enrolled = call("POST", base + "/referrals/" + referral + "/enrollment",
                "{\"startDate\":\"" + TODAY + "\",\"navigatorUserId\":" + navigator.viewer().userId() + "}");
        assertThat(enrolled.getStatus()).isEqualTo(201);
        String enrollment = JsonPath.read(enrolled.getContentAsString(), "$.enrollments[0].id");
        assertThat(JsonPath.<String>read(enrolled.getContentAsString(), "$.enrollments[0].navigator")).isEqualTo("Test api-navigator");

        String exit = "{\"exitedOn\":\"" + TODAY + "\",\"reason\":\"MOVED_AWAY\",\"destination\":422}";
        assertThat(call("POST", base + "/enrollments/" + enrollment + "/exit", exit).getStatus()).isEqualTo(200);
        var twice = call("POST", base + "/enrollments/" + enrollment + "/exit", exit);
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(twice.getContentAsString(), "$.title")).isEqualTo("Not allowed at this step");

        var programs = call("GET", base + "/programs", null).getContentAsString();
        assertThat(JsonPath.<List<String>>read(programs, "$[?(@.name == 'Secure Jobs Api Region')].rules[*]"))
                .contains("Head of household is 18 or older");
    }

    @Test
    void anUnknownCodeIsRefusedBesideItsField() throws Exception {
        HouseholdId family = intake.aMotherWithAToddler(housing, "Ana", "Apicode");
        var response = call("POST", "/api/households/" + family + "/intake/referrals",
                "{\"programId\":" + program + ",\"referredOn\":\"" + TODAY + "\",\"source\":\"SHELTER\",\"livingSituation\":24}");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.errors.livingSituation")).contains("HUD list");
        var unknownSource = call("POST", "/api/households/" + family + "/intake/referrals",
                "{\"programId\":" + program + ",\"referredOn\":\"" + TODAY + "\",\"source\":\"CASTLE\",\"livingSituation\":101}");
        assertThat(unknownSource.getStatus()).isEqualTo(400);
    }

    private static String assessment(String decision) {
        StringBuilder answers = new StringBuilder();
        for (ReadinessQuestion q : ReadinessQuestion.values()) {
            answers.append(answers.isEmpty() ? "" : ",").append("{\"question\":\"").append(q.name()).append("\",\"yes\":true}");
        }
        return "{\"assessedOn\":\"" + TODAY + "\",\"answers\":[" + answers + "],\"decision\":\"" + decision + "\"}";
    }
}
