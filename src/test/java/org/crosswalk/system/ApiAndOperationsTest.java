package org.crosswalk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API as a client sees it (HTTP Basic, problem details), its documentation, and health. */
@CrosswalkIntegrationTest
class ApiAndOperationsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    void navigator() {
        long region = fixtures.region("Api Region");
        fixtures.staff("api-navigator", Role.NAVIGATOR, fixtures.agency("Api Employment", AgencyKind.EMPLOYMENT, region), null);
    }

    @Test
    void healthReportsUpWithTheDatabase() throws Exception {
        var response = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\":\"UP\"");
    }

    @Test
    void theApiIsDocumentedWithOpenApi() throws Exception {
        var spec = mvc.perform(get("/api/openapi")).andReturn().getResponse();
        assertThat(spec.getStatus()).isEqualTo(200);
        assertThat(spec.getContentAsString()).contains("/api/households", "/api/households/{id}", "Households");
        var docs = mvc.perform(get("/api/docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).isIn(200, 302);
    }

    @Test
    void registeringAFamilyOverTheApiAnswers201WithTheMaskedRecord() throws Exception {
        navigator();
        var response = mvc.perform(post("/api/households").with(httpBasic("api-navigator", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"head": {"firstName": "Aisha", "lastName": "Api", "birthDate": "1994-07-01",
                                          "race": ["BLACK_AF_AMERICAN"], "sex": "FEMALE", "veteranStatus": "NO",
                                          "phone": "2035550177", "ssn": "219-09-9999"},
                                 "household": {"city": "Bridgeport", "state": "CT", "postalCode": "06604", "monthlyIncome": "450"}}
                                """))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("Location")).startsWith("/api/households/");
        assertThat(response.getContentAsString()).contains("\"ssn\":\"•••-••-9999\"", "(203) 555-0177")
                .doesNotContain("219-09-9999", "219099999");
    }

    @Test
    void badJsonGetsFieldLevelProblemDetails() throws Exception {
        navigator();
        var missing = mvc.perform(post("/api/households").with(httpBasic("api-navigator", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"head\": {\"lastName\": \"\", \"sex\": \"FEMALE\", \"veteranStatus\": \"NO\"}, \"household\": {\"postalCode\": \"123\"}}"))
                .andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("head.firstName", "Enter a first name.", "household.postalCode");

        var badCode = mvc.perform(post("/api/households").with(httpBasic("api-navigator", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"head\": {\"firstName\": \"A\", \"lastName\": \"B\", \"sex\": \"PURPLE\", \"veteranStatus\": \"NO\"}, \"household\": {}}"))
                .andReturn().getResponse();
        assertThat(badCode.getStatus()).isEqualTo(400);
        assertThat(badCode.getContentAsString()).contains("not in the expected format").doesNotContain("Exception");

        var domainRule = mvc.perform(post("/api/households").with(httpBasic("api-navigator", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"head\": {\"firstName\": \"A\", \"lastName\": \"B\", \"race\": [], \"sex\": \"FEMALE\", \"veteranStatus\": \"NO\"}, \"household\": {}}"))
                .andReturn().getResponse();
        assertThat(domainRule.getStatus()).isEqualTo(400);
        assertThat(domainRule.getContentAsString()).contains("head.race", "Choose at least one");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        navigator();
        assertThat(mvc.perform(get("/api/households").with(httpBasic("api-navigator", "nope"))).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void anUnexpectedErrorShowsAFriendlyPageWithoutAStackTrace() throws Exception {
        var response = mvc.perform(get("/error")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("boom at line 42"))
                        .accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("Something went wrong", "Nothing was half-saved")
                .doesNotContain("boom at line 42", "IllegalStateException", "at org.");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        navigator();
        var response = mvc.perform(post("/households")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("api-navigator").roles("NAVIGATOR"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("head.firstName=A"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }
}
