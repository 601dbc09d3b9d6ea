package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A state analyst goes from the overview to the outcomes dashboard and picks a report date. */
class OutcomesBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;

    @BeforeAll
    void staff() {
        long region = fixtures.region("Outcomes Browser Region");
        fixtures.agency("Outcomes Browser Employment", AgencyKind.EMPLOYMENT, region);
        fixtures.staff("ob-analyst", Role.STATE_ANALYST, null, null);
    }

    @Test
    void anAnalystOpensOutcomesAgainstGoals() {
        signIn("ob-analyst");
        page.navigate(url("/overview"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outcomes against goals")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Outcomes against goals"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Employed within 12 months of enrollment"))).isVisible();
        assertThat(page.locator("body")).containsText("Outcomes Browser Region");
        screenshot("outcomes-01-dashboard");

        page.getByLabel("Report date", new Page.GetByLabelOptions().setExact(true)).fill("2099-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#reportDate-error")).containsText("cannot be in the future");
        screenshot("outcomes-02-future-date");

        atPhoneWidth();
        page.navigate(url("/overview/outcomes"));
        screenshot("outcomes-03-phone");
    }

    @Test
    void anAnalystBreaksTheMeasuresDownAndReadsTheChart() {
        signIn("ob-analyst");
        page.navigate(url("/overview/outcomes"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("By race, sex, household type and more")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Outcomes by group"))).isVisible();
        // ECharts drew the default chart (employed within 12 months by race) as SVG
        assertThat(page.locator("#outcome-chart svg")).isVisible();
        assertThat(page.locator("table.list")).containsText("Multi-racial (two or more)");
        screenshot("outcomes-04-by-race");

        page.getByLabel("Break down by").selectOption("SERVICE");
        page.getByLabel("Measure to chart").selectOption("STABLY_HOUSED_24_MONTHS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#chart-title")).hasText("Stably housed 24 months after enrollment");
        assertThat(page.locator("table.list")).containsText("Housing and employment together");
        screenshot("outcomes-05-joint-service");

        page.getByLabel("Break down by").selectOption("COHORT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#outcome-chart svg")).isVisible();
        screenshot("outcomes-06-trend-by-quarter");

        atPhoneWidth();
        page.navigate(url("/overview/outcomes/breakdown?by=HOUSEHOLD_TYPE"));
        assertThat(page.locator("#outcome-chart svg")).isVisible();
        screenshot("outcomes-07-phone");
    }

    @Test
    void anAnalystSetsAProofPointAndAProgramCostAndReadsTheCostPerOutcome() {
        signIn("ob-analyst");
        page.navigate(url("/overview"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cabinet").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cost per outcome").setExact(true))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a proof point")).click();

        page.getByLabel("Name").fill("Child care slots for working parents");
        page.getByLabel("Measure it moves").selectOption("RETAINED_12_MONTHS");
        page.getByLabel("Baseline (%)").fill("60");
        page.getByLabel("Target (%)").fill("55");
        page.getByLabel("Deadline").fill(java.time.LocalDate.now().plusYears(1).toString());
        page.getByLabel("Agencies committed").selectOption(new String[] {page.locator("#agencyIds option").first().getAttribute("value")});
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add proof point")).click();
        assertThat(page.locator("#target-error")).containsText("above the baseline");
        screenshot("outcomes-08-proof-point-error");

        page.getByLabel("Target (%)").fill("75");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add proof point")).click();
        assertThat(page.locator(".alert-ok")).hasText("Proof point added.");
        assertThat(page.locator("body")).containsText("Child care slots for working parents");

        page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Outcomes Browser Region"));
        page.getByLabel("Fiscal year (the year it ends in)").fill("2026");
        page.getByLabel("Program cost ($)").fill("$250,000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record program cost")).click();
        assertThat(page.locator(".alert-ok")).hasText("Program cost recorded.");
        assertThat(page.locator("body")).containsText("$250,000.00");
        screenshot("outcomes-09-cabinet");

        atPhoneWidth();
        page.navigate(url("/overview/cabinet"));
        screenshot("outcomes-10-cabinet-phone");
    }

    @Test
    void anAnalystPrintsARegionsOnePageSummary() {
        signIn("ob-analyst");
        page.navigate(url("/overview/outcomes"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outcomes Browser Region").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Outcomes Browser Region: what the families achieved"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF"))).isVisible();
        screenshot("outcomes-11-region-summary");
        atPhoneWidth();
        page.reload();
        screenshot("outcomes-12-region-summary-phone");
    }
}
