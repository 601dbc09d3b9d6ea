package org.crosswalk.flexfunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.crosswalk.families.Journey;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Idempotency over HTTP: the form's hidden key, the Idempotency-Key header; audit rows; the lead's Today. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlexHttpTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Pools pools;
    @Autowired Journey journey;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private long requests(HouseholdId family) {
        return jdbc.sql("select count(*) from flexfunds.request where household_id = :h").param("h", family.value()).query(Long.class).single();
    }

    @Test
    void theFormCarriesAKeyFromWhenItWasRenderedAndASecondSubmitSendsNothingNew() throws Exception {
        FlexTeam team = FlexTeam.of(fixtures, "Http Form");
        pools.create(team.lead().viewer(), new PoolForm(null, FiscalYear.of(LocalDate.now(clock)).year(), "1000", "400", "0"));
        HouseholdId family = team.sharedFamily("Flexform");
        String html = mvc.perform(get("/households/" + family + "/flex").with(user(team.navigator())))
                .andReturn().getResponse().getContentAsString();
        var key = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(key.find()).as("hidden idempotency key in the rendered form").isTrue();
        String form = "category=PHONE&amount=85&payee=Verizon&reason=Interviews&idempotencyKey=" + key.group(1);
        for (int click = 0; click < 2; click++) {
            var response = mvc.perform(post("/households/" + family + "/flex/requests").with(user(team.navigator())).with(csrf())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form)).andReturn();
            assertThat(response.getResponse().getStatus()).isEqualTo(302);
            assertThat(response.getFlashMap().get("saved")).isEqualTo(click == 0 ? "Request sent to the team lead."
                    : "This request was sent already; nothing new was sent.");
        }
        assertThat(requests(family)).isEqualTo(1);
        // A fresh render has a fresh key.
        String again = mvc.perform(get("/households/" + family + "/flex").with(user(team.navigator()))).andReturn().getResponse().getContentAsString();
        assertThat(again).doesNotContain(key.group(1));
        // The lead's Today has it to decide (the family shares with the team).
        assertThat(journey.today(team.lead().viewer()).stream().map(a -> a.item().what()).toList())
                .contains("Phone $85.00 to Verizon awaits your decision");
        assertThat(jdbc.sql("select action from audit.event where household_id = :h and action like 'FLEX%' order by id")
                .param("h", family.value()).query(String.class).list()).containsSubsequence("FLEX_VIEWED", "FLEX_REQUESTED", "FLEX_VIEWED");
    }

    @Test
    void theApiAnswersARetriedCallWithTheFirstResult() throws Exception {
        FlexTeam team = FlexTeam.of(fixtures, "Http Api");
        long pool = pools.create(team.lead().viewer(), new PoolForm(null, FiscalYear.of(LocalDate.now(clock)).year(), "1000", "400", "0"));
        HouseholdId family = team.sharedFamily("Flexapi");
        String body = "{\"category\":\"CAR_REPAIR\",\"amount\":\"310.00\",\"payee\":\"Main St Garage\",\"reason\":\"Brakes\"}";
        var first = mvc.perform(post("/api/households/" + family + "/flex/requests").with(user(team.navigator()))
                .header("Idempotency-Key", "api-key-1").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        var second = mvc.perform(post("/api/households/" + family + "/flex/requests").with(user(team.navigator()))
                .header("Idempotency-Key", "api-key-1").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
        String id = first.getHeader("Location").replace("/api/flex/requests/", "");
        assertThat(second.getContentAsString()).contains(id);
        assertThat(requests(family)).isEqualTo(1);

        var approve = mvc.perform(post("/api/flex/requests/" + id + "/approve").with(user(team.lead()))).andReturn().getResponse();
        assertThat(approve.getStatus()).isEqualTo(200);
        String pay = "{\"method\":\"CHECK\",\"reference\":\"5501\",\"idempotencyKey\":\"api-pay-1\"}";
        for (int attempt = 0; attempt < 3; attempt++) {
            var paid = mvc.perform(post("/api/flex/requests/" + id + "/pay").with(user(team.lead()))
                    .contentType(MediaType.APPLICATION_JSON).content(pay)).andReturn().getResponse();
            assertThat(paid.getStatus()).isEqualTo(200);
            assertThat(paid.getHeader("Idempotent-Replayed")).isEqualTo(attempt == 0 ? null : "true");
        }
        String balance = mvc.perform(get("/api/flex/pools/" + pool).with(user(team.lead()))).andReturn().getResponse().getContentAsString();
        assertThat(balance).contains("\"paid\":{\"cents\":31000}").contains("\"committed\":{\"cents\":0}");
        assertThat(jdbc.sql("select action from audit.event where household_id = :h and action like 'FLEX%' order by id")
                .param("h", family.value()).query(String.class).list()).containsExactly("FLEX_REQUESTED", "FLEX_APPROVED", "FLEX_PAID");
        // Over the family's $400 cap: 400 - 310 = 90 left.
        var over = mvc.perform(post("/api/households/" + family + "/flex/requests").with(user(team.navigator()))
                .header("Idempotency-Key", "api-key-2").contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\":\"PHONE\",\"amount\":\"100\",\"payee\":\"Verizon\",\"reason\":\"Calls\"}")).andReturn().getResponse();
        String second2 = over.getHeader("Location").replace("/api/flex/requests/", "");
        var refused = mvc.perform(post("/api/flex/requests/" + second2 + "/approve").with(user(team.lead()))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("The family has $90.00 left of its $400.00 cap this year.");
        assertThat(List.of(requests(family))).containsExactly(2L);
    }
}
