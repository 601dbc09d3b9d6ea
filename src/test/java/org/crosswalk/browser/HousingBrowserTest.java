package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A housing case manager records a family's move from shelter (101) into a rental with rapid
 * re-housing (435, HUD's code for a rental with an ongoing subsidy) and its RRH subsidy (431)
 * ending in 45 days, and sees the 60-day alert on the housing page, the household page and Today.
 */
class HousingBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    HouseholdId family;

    @BeforeAll
    void family() {
        long region = fixtures.region("Browser Housing Region");
        long agency = fixtures.agency("Browser Housing Connections", AgencyKind.HOUSING, region);
        StaffUser caseManager = fixtures.staff("bt-housing-cm", Role.HOUSING_CASE_MANAGER, agency, null);
        family = fixtures.singleMother(caseManager, "Yolanda", "Shelterby", false);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void fromShelterToARentalWithRrhEndingInFortyFiveDays() {
        LocalDate today = LocalDate.now();
        signIn("bt-housing-cm");
        page.navigate(url("/households/" + family));
        page.getByRole(AriaRole.LINK, named("Housing")).click();
        assertThat(page.locator("#history")).containsText("No living situations recorded yet");
        screenshot("housing-01-nothing-yet");

        page.getByRole(AriaRole.LINK, named("Record a move")).click();
        page.getByRole(AriaRole.BUTTON, named("Record move")).click();
        assertThat(page.locator("#code-error")).hasText("Choose the living situation from the list.");
        page.getByLabel("Living situation").selectOption("101");
        page.getByLabel("Living there since").fill(today.minusDays(120).toString());
        page.getByRole(AriaRole.BUTTON, named("Record move")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Living situation recorded.");
        assertThat(page.locator("#current")).containsText("Homeless");

        page.getByRole(AriaRole.LINK, named("Record a move")).click();
        page.getByLabel("Living situation").selectOption("435");
        page.getByLabel("Living there since").fill(today.minusDays(30).toString());
        page.getByLabel("Living there since").press("Enter");
        assertThat(page.locator("#current")).containsText("435 Rental by client, with ongoing housing subsidy");
        assertThat(page.locator("#current")).containsText("Permanent");

        page.getByRole(AriaRole.LINK, named("Record a subsidy")).click();
        page.getByLabel("Subsidy type (HUD 3.12.A)").selectOption("431");
        page.getByLabel("Starts").fill(today.minusDays(30).toString());
        page.getByLabel("Ends").fill(today.plusDays(45).toString());
        page.getByLabel("Monthly contract rent ($)").fill("1,400");
        page.getByLabel("Tenant pays ($ a month)").fill("2000");
        page.getByRole(AriaRole.BUTTON, named("Record subsidy")).click();
        assertThat(page.locator("#tenantShare-error")).hasText("The tenant's share cannot be more than the rent ($1,400.00).");
        assertThat(page.getByLabel("Monthly contract rent ($)")).hasValue("1,400");
        screenshot("housing-02-subsidy-error");
        page.getByLabel("Tenant pays ($ a month)").fill("420");
        page.getByRole(AriaRole.BUTTON, named("Record subsidy")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Subsidy recorded.");
        assertThat(page.locator("#alerts")).containsText("60-day alert");
        assertThat(page.locator("#alerts")).containsText("RRH subsidy ends");
        assertThat(page.locator("#alerts")).containsText("(in 45 days)");
        assertThat(page.locator("#subsidies")).containsText("68.9%");
        assertThat(page.locator("#subsidies")).containsText("Without the subsidy: 229.5%");
        assertThat(page.locator("#history")).containsText("101 Emergency shelter");
        screenshot("housing-03-rrh-ending-in-45-days");

        page.navigate(url("/households/" + family));
        assertThat(page.locator("#timeline")).containsText("(60-day alert)");
        screenshot("housing-04-household-page-alert");

        page.navigate(url("/today"));
        assertThat(page.locator("main")).containsText("RRH subsidy ends in 45 days (60-day alert)");
        screenshot("housing-05-today");

        atPhoneWidth();
        page.navigate(url("/households/" + family + "/housing"));
        screenshot("housing-06-phone-width");
    }
}
