package org.crosswalk.linkage;

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
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who opens the record-linkage pages, which are about pairs of families rather than one: the
 * overview for roles that change family records and administrators; settings and runs for team
 * leads and administrators; the review queue and pair decisions for roles that change family
 * records, and a pair only when both its families are readable (404 otherwise); partner staff and
 * state analysts never (403). Bodies are invalid so nothing changes.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkageRolesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired LinkageFamilies families;
    @Autowired JdbcClient jdbc;

    final Map<String, StaffUser> people = new LinkedHashMap<>();
    long shared, hidden, run;

    @BeforeAll
    void organisation() {
        long region = fixtures.region("Roles Linkage Region");
        long employment = fixtures.agency("Roles Linkage Employment", AgencyKind.EMPLOYMENT, region);
        long housing = fixtures.agency("Roles Linkage Housing", AgencyKind.HOUSING, region);
        long childCare = fixtures.agency("Roles Linkage Child Care", AgencyKind.CHILD_CARE, region);
        people.put("navigator", fixtures.staff("lkr-navigator", Role.NAVIGATOR, employment, null));
        people.put("housing", fixtures.staff("lkr-housing", Role.HOUSING_CASE_MANAGER, housing, null));
        people.put("lead", fixtures.staff("lkr-lead", Role.TEAM_LEAD, employment, region));
        people.put("partner", fixtures.staff("lkr-partner", Role.PARTNER_STAFF, childCare, null));
        people.put("analyst", fixtures.staff("lkr-analyst", Role.STATE_ANALYST, null, null));
        people.put("administrator", fixtures.staff("lkr-admin", Role.ADMINISTRATOR, null, null));
        LocalDate today = LocalDate.now();
        StaffUser housingWorker = people.get("housing"), navigator = people.get("navigator");
        HouseholdId x = families.mother(housingWorker, "Yesenia", "Rolesone", LocalDate.of(1990, 2, 3), null, "1 Main St", "06101");
        HouseholdId y = families.mother(navigator, "Yesenia", "Rolesone", LocalDate.of(1990, 3, 2), null, "2 Main St", "06102");
        HouseholdId z = families.mother(housingWorker, "Yesenia", "Rolestwo", LocalDate.of(1990, 2, 3), null, "3 Main St", "06103");
        fixtures.consent(housingWorker, x, today.minusDays(3), today.plusDays(300), Set.of(employment, childCare), true);
        fixtures.consent(navigator, y, today.minusDays(3), today.plusDays(300), Set.of(housing, childCare), true);
        // z: held by the housing agency, shared with nobody. The pairs are marked "not sure" by a
        // person, so no matching run started meanwhile changes them.
        shared = pair(x, y);
        hidden = pair(z, y);
        families.settings(0.9, 0.2, false); // runs started here link nothing other tests' families hold
        run = jdbc.sql("insert into linkage.run (started_by, stage, finished_at) values ('test', 'DONE', now()) returning id")
                .query(Long.class).single();
    }

    private long pair(HouseholdId h1, HouseholdId h2) {
        UUID m1 = families.headOf(h1), m2 = families.headOf(h2);
        boolean first = m1.toString().compareTo(m2.toString()) < 0;
        return jdbc.sql("""
                insert into linkage.link (member_a, member_b, household_a, household_b, probability, weight, comparison, status, made_by, decided_by)
                values (:a, :b, :ha, :hb, 0.5, 1.0, '{"given name":"exact"}', 'UNSURE', 'matcher', 'test')
                on conflict (member_a, member_b) do update set status = 'UNSURE', decided_by = 'test' returning id""")
                .param("a", first ? m1 : m2).param("b", first ? m2 : m1)
                .param("ha", first ? h1.value() : h2.value()).param("hb", first ? h2.value() : h1.value())
                .query(Long.class).single();
    }

    @org.junit.jupiter.api.AfterAll
    void automaticAgainOnceRunsAreDone() throws InterruptedException {
        for (int i = 0; i < 120 && jdbc.sql("select exists (select 1 from linkage.run where finished_at is null)")
                .query(Boolean.class).single(); i++) Thread.sleep(500);
        families.settings(0.9, 0.2, true);
    }

    record Row(String method, String path, String body, Map<String, Integer> expected) {}

    private static Map<String, Integer> by(int navigator, int housing, int lead, int partner, int analyst, int admin) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("navigator", navigator);
        m.put("housing", housing);
        m.put("lead", lead);
        m.put("partner", partner);
        m.put("analyst", analyst);
        m.put("administrator", admin);
        return m;
    }

    List<Row> rows() {
        return List.of(
                new Row("GET", "/linkage", null, by(200, 200, 200, 403, 403, 200)),
                new Row("POST", "/linkage/settings", "autoLinkAbove=not-a-number&reviewAbove=0.2", by(403, 403, 200, 403, 403, 200)),
                new Row("GET", "/linkage/runs/" + run, null, by(403, 403, 200, 403, 403, 200)),
                new Row("GET", "/linkage/runs/999999", null, by(403, 403, 404, 403, 403, 404)),
                new Row("GET", "/linkage/review", null, by(200, 200, 200, 403, 403, 403)),
                new Row("POST", "/linkage/pairs/" + shared + "/decision", "decision=MAYBE", by(302, 302, 302, 403, 403, 403)),
                new Row("POST", "/linkage/pairs/" + shared + "/unlink", "", by(302, 302, 302, 403, 403, 403)),
                // z is the housing agency's and shared with nobody: only its holder sees the pair
                new Row("POST", "/linkage/pairs/" + hidden + "/decision", "decision=MAYBE", by(404, 302, 404, 403, 403, 403)),
                new Row("POST", "/linkage/pairs/" + hidden + "/unlink", "", by(404, 302, 404, 403, 403, 403)),
                new Row("POST", "/linkage/pairs/999999/decision", "decision=ACCEPT", by(404, 404, 404, 403, 403, 403)));
    }

    @Test
    void everyRouteAnswersEachRoleAsTheRuleSays() throws Exception {
        for (Row row : rows()) {
            for (var e : row.expected().entrySet()) {
                MockHttpServletRequestBuilder request = row.method().equals("GET") ? get(row.path()) : post(row.path()).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(row.body());
                int status = mvc.perform(request.with(user(people.get(e.getKey())))).andReturn().getResponse().getStatus();
                assertThat(status).as(row.method() + " " + row.path() + " as " + e.getKey()).isEqualTo(e.getValue());
            }
        }
        assertThat(families.status(shared)).as("invalid bodies changed nothing").isEqualTo("UNSURE");
        assertThat(families.status(hidden)).isEqualTo("UNSURE");
    }

    @Test
    void startingARunIsForLeadsAndAdministrators() throws Exception {
        for (var e : by(403, 403, 302, 403, 403, 302).entrySet()) {
            int status = mvc.perform(post("/linkage/runs").with(csrf()).with(user(people.get(e.getKey())))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as("POST /linkage/runs as " + e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void theQueueShowsOnlyPairsWhoseFamiliesAreBothReadable() throws Exception {
        String navigatorQueue = mvc.perform(get("/linkage/review").with(user(people.get("navigator")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(navigatorQueue).contains("pair-" + shared).doesNotContain("pair-" + hidden + "\"").doesNotContain("Rolestwo");
        String housingQueue = mvc.perform(get("/linkage/review").with(user(people.get("housing")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(housingQueue).contains("pair-" + shared).contains("pair-" + hidden);
        String adminOverview = mvc.perform(get("/linkage").with(user(people.get("administrator")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(adminOverview).doesNotContain("Yesenia").doesNotContain("Rolesone");
    }
}
