package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dashboard page and CSV: who may open them, what they show, and a report date that is wrong. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeDashboardPageTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    final Map<Role, StaffUser> users = new EnumMap<>(Role.class);

    @BeforeAll
    void staff() {
        long region = fixtures.region("Dashboard Region");
        long employment = fixtures.agency("Dashboard Employment", AgencyKind.EMPLOYMENT, region);
        long housing = fixtures.agency("Dashboard Housing", AgencyKind.HOUSING, region);
        long partner = fixtures.agency("Dashboard Child Care", AgencyKind.CHILD_CARE, region);
        users.put(Role.NAVIGATOR, fixtures.staff("db-navigator", Role.NAVIGATOR, employment, null));
        users.put(Role.HOUSING_CASE_MANAGER, fixtures.staff("db-housing", Role.HOUSING_CASE_MANAGER, housing, null));
        users.put(Role.PARTNER_STAFF, fixtures.staff("db-partner", Role.PARTNER_STAFF, partner, null));
        users.put(Role.TEAM_LEAD, fixtures.staff("db-lead", Role.TEAM_LEAD, employment, region));
        users.put(Role.STATE_ANALYST, fixtures.staff("db-analyst", Role.STATE_ANALYST, null, null));
        users.put(Role.ADMINISTRATOR, fixtures.staff("db-admin", Role.ADMINISTRATOR, null, null));
        fixtures.singleMother(users.get(Role.NAVIGATOR), "Zephyrine", "Quackenbush", false);
    }

    MvcResult as(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.get(role)))).andReturn();
    }

    @Test
    void onlyAnalystsAndTeamLeadsOpenTheDashboardAndItsCsv() throws Exception {
        for (Role role : Role.values()) {
            boolean allowed = role == Role.STATE_ANALYST || role == Role.TEAM_LEAD;
            assertThat(as(role, get("/overview/outcomes")).getResponse().getStatus()).as(role.name()).isEqualTo(allowed ? 200 : 403);
            assertThat(as(role, get("/overview/outcomes.csv")).getResponse().getStatus()).as(role.name()).isEqualTo(allowed ? 200 : 403);
            assertThat(as(role, get("/overview/outcomes/flow.csv")).getResponse().getStatus()).as(role.name()).isEqualTo(allowed ? 200 : 403);
        }
        String flow = as(Role.STATE_ANALYST, get("/overview/outcomes/flow.csv?reportDate=2026-01-15")).getResponse().getContentAsString();
        assertThat(flow).startsWith("report_date,from,measure,region,count,part,median,p90,unit\r\n")
                .contains("2026-01-15,2025-01-16,FLEX_PAID,All regions,").doesNotContain("Zephyrine");
        assertThat(as(Role.STATE_ANALYST, get("/overview/outcomes/flow.csv?reportDate=soon")).getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void anAnalystSeesEveryMeasureByRegionSuppressedAndNoFamily() throws Exception {
        String page = as(Role.STATE_ANALYST, get("/overview/outcomes")).getResponse().getContentAsString();
        assertThat(page).contains("Outcomes against goals", "Employed within 12 months of enrollment",
                "Goal: 80% (program goal)", "Goal: 96% (Connecticut reported)", "Dashboard Region", "All regions", "n&lt;11",
                "docs/metrics.md, 5. Returns to homelessness");
        assertThat(page).doesNotContain("Zephyrine", "Quackenbush");

        MvcResult csv = as(Role.STATE_ANALYST, get("/overview/outcomes.csv?reportDate=2026-01-15"));
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("crosswalk-outcomes-2026-01-15.csv");
        String body = csv.getResponse().getContentAsString();
        assertThat(body).startsWith("report_date,measure,").contains("2026-01-15,RETAINED_12_MONTHS,", "Dashboard Region,0,0,,0,");
        assertThat(body).doesNotContain("Zephyrine", "Quackenbush");
    }

    @Test
    void aTeamLeadSeesOnlyTheirRegionWithoutATotal() throws Exception {
        String page = as(Role.TEAM_LEAD, get("/overview/outcomes")).getResponse().getContentAsString();
        assertThat(page).contains("Dashboard Region", "Each measure for your region").doesNotContain("All regions", "n&lt;11");
    }

    @Test
    void aFutureOrMalformedReportDateIsShownBesideTheField() throws Exception {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        MvcResult future = as(Role.STATE_ANALYST, get("/overview/outcomes?reportDate=" + tomorrow));
        assertThat(future.getResponse().getStatus()).isEqualTo(200);
        assertThat(future.getResponse().getContentAsString()).contains("id=\"reportDate-error\"", "cannot be in the future",
                "value=\"" + tomorrow + "\"");
        MvcResult malformed = as(Role.STATE_ANALYST, get("/overview/outcomes?reportDate=31/12/2025"));
        assertThat(malformed.getResponse().getStatus()).isEqualTo(200);
        assertThat(malformed.getResponse().getContentAsString()).contains("id=\"reportDate-error\"", "Enter the report date as a date");
        assertThat(as(Role.STATE_ANALYST, get("/overview/outcomes.csv?reportDate=nonsense")).getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void onlyAnalystsAndTeamLeadsOpenTheBreakdownsAndTheirCsv() throws Exception {
        for (Role role : Role.values()) {
            boolean allowed = role == Role.STATE_ANALYST || role == Role.TEAM_LEAD;
            for (String path : List.of("/overview/outcomes/breakdown?by=SEX", "/overview/outcomes/breakdown.csv?by=RACE")) {
                assertThat(as(role, get(path)).getResponse().getStatus()).as(role + " " + path).isEqualTo(allowed ? 200 : 403);
            }
        }
    }

    @Test
    void anAnalystSeesEachDimensionWithItsChartAndNoFamily() throws Exception {
        for (Dimension d : Dimension.choosable()) {
            String page = as(Role.STATE_ANALYST, get("/overview/outcomes/breakdown?by=" + d.name())).getResponse().getContentAsString();
            assertThat(page).as(d.name()).contains("Outcomes by group", d.label(), "id=\"chart-data\"", "echarts.min.js", "All measures", "Figures computed")
                    .doesNotContain("Zephyrine", "Quackenbush");
        }
        String csv = as(Role.STATE_ANALYST, get("/overview/outcomes/breakdown.csv?by=HOUSEHOLD_TYPE&reportDate=2026-01-15"))
                .getResponse().getContentAsString();
        assertThat(csv).startsWith("report_date,dimension,group,measure,numerator,denominator,rate_percent,median_cents\r\n")
                .contains("2026-01-15,HOUSEHOLD_TYPE,All,EMPLOYED_WITHIN_12_MONTHS,", "2026-01-15,HOUSEHOLD_TYPE,All,MEDIAN_TOTAL_INCOME_CHANGE,").doesNotContain("Zephyrine");
    }

    @Test
    void aTeamLeadGetsTheirRegionOnlyWhateverRegionTheyAskFor() throws Exception {
        String page = as(Role.TEAM_LEAD, get("/overview/outcomes/breakdown?by=REGION&region=999999")).getResponse().getContentAsString();
        assertThat(page).contains("Your region only.").doesNotContain("id=\"region\"", "There is no such region");
    }

    @Test
    void unknownChoicesAreNamedBesideTheirFields() throws Exception {
        String page = as(Role.STATE_ANALYST, get("/overview/outcomes/breakdown?by=SHOE_SIZE&chart=HAPPINESS&region=abc&reportDate=2099-01-01"))
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"by-error\"", "Choose what to break the measures down by",
                "id=\"chart-error\"", "Choose the measure to chart", "id=\"region-error\"", "Choose a region from the list",
                "id=\"reportDate-error\"", "cannot be in the future");
        assertThat(as(Role.STATE_ANALYST, get("/overview/outcomes/breakdown?by=SEX&region=987654321")).getResponse()
                .getContentAsString()).contains("There is no such region");
        MvcResult csv = as(Role.STATE_ANALYST, get("/overview/outcomes/breakdown.csv?by=SHOE_SIZE"));
        assertThat(csv.getResponse().getStatus()).isEqualTo(400);
        assertThat(csv.getResponse().getContentAsString()).contains("Choose what to break the measures down by");
    }

    /** The cabinet's role table: analysts manage, team leads read, everyone else is refused. */
    @Test
    void onlyAnalystsManageTheCabinetAndTeamLeadsReadIt() throws Exception {
        for (Role role : Role.values()) {
            boolean analyst = role == Role.STATE_ANALYST, reads = analyst || role == Role.TEAM_LEAD;
            assertThat(as(role, get("/overview/cabinet")).getResponse().getStatus()).as(role + " page").isEqualTo(reads ? 200 : 403);
            assertThat(as(role, get("/overview/cabinet.csv")).getResponse().getStatus()).as(role + " csv").isEqualTo(reads ? 200 : 403);
            assertThat(as(role, get("/overview/cabinet/proof-points/new")).getResponse().getStatus()).as(role + " new")
                    .isEqualTo(analyst ? 200 : 403);
            // allowed posts are sent invalid, so they change nothing
            assertThat(as(role, post("/overview/cabinet/proof-points").with(csrf()).param("name", "")).getResponse().getStatus())
                    .as(role + " create").isEqualTo(analyst ? 200 : 403);
            assertThat(as(role, post("/overview/cabinet/costs").with(csrf()).param("regionId", "")).getResponse().getStatus())
                    .as(role + " cost").isEqualTo(analyst ? 200 : 403);
            assertThat(as(role, get("/overview/cabinet/proof-points/987654/edit")).getResponse().getStatus()).as(role + " edit")
                    .isEqualTo(analyst ? 404 : 403);
            assertThat(as(role, post("/overview/cabinet/proof-points/987654").with(csrf()).param("name", "x")).getResponse().getStatus())
                    .as(role + " update").isEqualTo(analyst ? 404 : 403);
        }
        String page = as(Role.TEAM_LEAD, get("/overview/cabinet")).getResponse().getContentAsString();
        assertThat(page).contains("Cost per outcome", "Dashboard Region").doesNotContain("Add a proof point", "Record a program cost");
        String csv = as(Role.STATE_ANALYST, get("/overview/cabinet.csv?reportDate=2026-01-15")).getResponse().getContentAsString();
        assertThat(csv).startsWith("report_date,table,name,region,measure,").contains("2026-01-15,cost_per_outcome,All regions,")
                .doesNotContain("Zephyrine");
    }
}
