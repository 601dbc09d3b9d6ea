package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** The one-page regional summary: who may print it, what it says, the PDF's text, and bad requests. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionSummaryTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    final Map<Role, StaffUser> users = new EnumMap<>(Role.class);
    long region;
    long otherRegion;

    @BeforeAll
    void staff() {
        region = fixtures.region("Summary Region");
        otherRegion = fixtures.region("Summary Elsewhere");
        long employment = fixtures.agency("Summary Employment", AgencyKind.EMPLOYMENT, region);
        long partner = fixtures.agency("Summary Child Care", AgencyKind.CHILD_CARE, region);
        users.put(Role.NAVIGATOR, fixtures.staff("sum-navigator", Role.NAVIGATOR, employment, null));
        users.put(Role.HOUSING_CASE_MANAGER, fixtures.staff("sum-housing", Role.HOUSING_CASE_MANAGER, employment, null));
        users.put(Role.PARTNER_STAFF, fixtures.staff("sum-partner", Role.PARTNER_STAFF, partner, null));
        users.put(Role.TEAM_LEAD, fixtures.staff("sum-lead", Role.TEAM_LEAD, employment, region));
        users.put(Role.STATE_ANALYST, fixtures.staff("sum-analyst", Role.STATE_ANALYST, null, null));
        users.put(Role.ADMINISTRATOR, fixtures.staff("sum-admin", Role.ADMINISTRATOR, null, null));
        fixtures.singleMother(users.get(Role.NAVIGATOR), "Philippa", "Summerfield", false);
    }

    MvcResult as(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.get(role)))).andReturn();
    }

    @Test
    void onlyAnalystsAndTeamLeadsPrintASummary() throws Exception {
        for (Role role : Role.values()) {
            boolean allowed = role == Role.STATE_ANALYST || role == Role.TEAM_LEAD;
            for (String path : new String[] {"/overview/outcomes/summary?region=" + region, "/overview/outcomes/summary.pdf?region=" + region}) {
                assertThat(as(role, get(path)).getResponse().getStatus()).as(role + " " + path).isEqualTo(allowed ? 200 : 403);
            }
        }
    }

    @Test
    void theSummaryShowsTheRegionsMeasuresAndNamesNoFamily() throws Exception {
        String page = as(Role.STATE_ANALYST, get("/overview/outcomes/summary?region=" + region + "&reportDate=2026-01-15"))
                .getResponse().getContentAsString();
        assertThat(page).contains("Summary Region: what the families achieved", "As of January 15, 2026",
                "Employed within 12 months of enrollment", "Cost per outcome", "How the work flows", "Demo data")
                .doesNotContain("Philippa", "Summerfield");

        MvcResult pdf = as(Role.STATE_ANALYST, get("/overview/outcomes/summary.pdf?region=" + region + "&reportDate=2026-01-15"));
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("crosswalk-summary-region-2026-01-15.pdf");
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Summary Region: what the families achieved", "Outcomes against goals",
                    "Stably housed 24 months after enrollment", "Cost per outcome").doesNotContain("Philippa", "Print");
        }
    }

    @Test
    void aTeamLeadAlwaysGetsTheirOwnRegion() throws Exception {
        String page = as(Role.TEAM_LEAD, get("/overview/outcomes/summary?region=" + otherRegion)).getResponse().getContentAsString();
        assertThat(page).contains("Summary Region: what the families achieved").doesNotContain("Summary Elsewhere");
    }

    @Test
    void aMissingOrUnknownRegionOrBadDateIsRefusedWithItsReason() throws Exception {
        MvcResult none = as(Role.STATE_ANALYST, get("/overview/outcomes/summary"));
        assertThat(none.getResponse().getStatus()).isEqualTo(400);
        assertThat(none.getResponse().getContentAsString()).contains("Choose the region to summarise");
        assertThat(as(Role.STATE_ANALYST, get("/overview/outcomes/summary.pdf?region=987654321")).getResponse()
                .getContentAsString()).contains("There is no such region");
        assertThat(as(Role.STATE_ANALYST, get("/overview/outcomes/summary?region=" + region + "&reportDate=2099-01-01"))
                .getResponse().getContentAsString()).contains("cannot be in the future");
    }
}
