package org.crosswalk.flexfunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may open the team's flexible-funds pages, per role: only the team lead of the pool's region
 * decides and pays; the region's lead and administrators manage the pool and see its ledger;
 * a team lead of another region, navigators, housing case managers, partner staff and state
 * analysts are refused (403). The regions' totals (no names) are open to leads, analysts and administrators. Allowed changes are sent invalid or on a request that cannot take
 * them, so nothing changes.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlexPoolRolesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired FlexFunds funds;
    @Autowired Pools pools;

    final Map<String, StaffUser> users = new LinkedHashMap<>();
    long pool;
    UUID pending;
    UUID declined;

    @BeforeAll
    void team() {
        FlexTeam team = FlexTeam.of(fixtures, "Roles");
        FlexTeam other = FlexTeam.of(fixtures, "Roles Elsewhere");
        long housing = fixtures.agency("Flex Roles Housing", AgencyKind.HOUSING, team.region());
        long childCare = fixtures.agency("Flex Roles Child Care", AgencyKind.CHILD_CARE, team.region());
        users.put("lead", team.lead());
        users.put("other-region lead", other.lead());
        users.put("navigator", team.navigator());
        users.put("housing case manager", fixtures.staff("flex-roles-hcm", Role.HOUSING_CASE_MANAGER, housing, null));
        users.put("partner", fixtures.staff("flex-roles-partner", Role.PARTNER_STAFF, childCare, null));
        users.put("analyst", fixtures.staff("flex-roles-analyst", Role.STATE_ANALYST, null, null));
        users.put("admin", fixtures.staff("flex-roles-admin", Role.ADMINISTRATOR, null, null));
        pool = pools.create(team.lead().viewer(), new PoolForm(null, FiscalYear.of(LocalDate.now()).year(), "2000", "500", "0"));
        HouseholdId family = team.sharedFamily("Flexroles");
        pending = funds.request(team.navigator().viewer(), family, new RequestForm("PHONE", "60", "Verizon", "Calls", "roles-1")).request().id();
        declined = funds.request(team.navigator().viewer(), family, new RequestForm("PHONE", "70", "Verizon", "Calls", "roles-2")).request().id();
        funds.decline(team.lead().viewer(), declined, new ReasonForm("Covered by Lifeline"));
    }

    private record Row(String method, String path, MediaType type, String body, Map<String, Integer> allowed) {}

    private static Map<String, Integer> only(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    private List<Row> rows() {
        var form = MediaType.APPLICATION_FORM_URLENCODED;
        var json = MediaType.APPLICATION_JSON;
        return List.of(
                new Row("GET", "/flex", null, null, only("lead", 200, "other-region lead", 200, "admin", 200)),
                new Row("GET", "/flex/pools/" + pool, null, null, only("lead", 200, "admin", 200)),
                new Row("GET", "/flex/pools/" + pool + "/requests.csv", null, null, only("lead", 200, "admin", 200)),
                new Row("GET", "/flex/pools/new", null, null, only("lead", 200, "other-region lead", 200, "admin", 200)),
                new Row("POST", "/flex/pools", form, "fiscalYear=&budget=&familyCap=&autoApproveBelow=",
                        only("lead", 200, "other-region lead", 200, "admin", 200)),
                new Row("POST", "/flex/pools/" + pool + "/budget", form, "category=&amount=&reason=", only("lead", 200, "admin", 200)),
                new Row("POST", "/flex/pools/" + pool + "/settings", form, "familyCap=&autoApproveBelow=", only("lead", 200, "admin", 200)),
                new Row("GET", "/flex/requests/" + pending, null, null, only("lead", 200)),
                new Row("POST", "/flex/requests/" + declined + "/approve", form, "", only("lead", 200)),
                new Row("POST", "/flex/requests/" + pending + "/decline", form, "reason=", only("lead", 200)),
                new Row("POST", "/flex/requests/" + pending + "/pay", form, "method=&reference=&idempotencyKey=roles-pay", only("lead", 200)),
                new Row("POST", "/flex/requests/" + pending + "/reverse", form, "reason=", only("lead", 200)),
                new Row("POST", "/api/flex/requests/" + declined + "/approve", json, "", only("lead", 400)),
                new Row("POST", "/api/flex/requests/" + pending + "/decline", json, "{\"reason\":\"\"}", only("lead", 400)),
                new Row("POST", "/api/flex/requests/" + pending + "/pay", json, "{}", only("lead", 400)),
                new Row("GET", "/api/flex/pools/" + pool, null, null, only("lead", 200, "admin", 200)),
                new Row("GET", "/flex/regions", null, null, only("lead", 200, "other-region lead", 200, "admin", 200, "analyst", 200)),
                new Row("GET", "/flex/regions.csv", null, null, only("lead", 200, "other-region lead", 200, "admin", 200, "analyst", 200)));
    }

    @TestFactory
    Stream<DynamicTest> everyPoolRouteForEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (var u : users.entrySet()) {
                int expected = row.allowed().getOrDefault(u.getKey(), 403);
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + u.getKey() + " → " + expected, () -> {
                    var req = request(HttpMethod.valueOf(row.method()), row.path()).with(user(u.getValue()));
                    if (!row.method().equals("GET")) {
                        req = req.with(csrf()).contentType(row.type()).content(row.body());
                    }
                    assertThat(mvc.perform(req).andReturn().getResponse().getStatus())
                            .as(row.method() + " " + row.path() + " as " + u.getKey()).isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }
}
