package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.flexfunds.FiscalYear;
import org.crosswalk.flexfunds.PoolForm;
import org.crosswalk.flexfunds.Pools;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A navigator asks the region's flexible funds to pay a mother's $85 phone bill (employers call
 * that number); the team lead approves it and records the check; the pool's and the family's
 * balances follow. The pool: $2,000, $500 a family, under $50 approves itself.
 */
class FlexFundsBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Pools pools;
    HouseholdId family;
    long pool;

    @BeforeAll
    void team() {
        long region = fixtures.region("Browser Flex Region");
        long employment = fixtures.agency("Browser Flex Jobs", AgencyKind.EMPLOYMENT, region);
        long careerCenter = fixtures.agency("Browser Flex Career Center", AgencyKind.CAREER_CENTER, region);
        StaffUser navigator = fixtures.staff("bt-flex-nav", Role.NAVIGATOR, employment, null);
        StaffUser lead = fixtures.staff("bt-flex-lead", Role.TEAM_LEAD, careerCenter, region);
        fixtures.staff("bt-flex-analyst", Role.STATE_ANALYST, null, null);
        family = fixtures.singleMother(navigator, "Keisha", "Phonebill", false);
        fixtures.consent(navigator, family, LocalDate.now().minusDays(3), LocalDate.now().plusDays(360), Set.of(), true);
        pool = pools.create(lead.viewer(), new PoolForm(null, FiscalYear.of(LocalDate.now()).year(), "2,000", "500", "50"));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aPhoneBillIsRequestedApprovedAndPaid() {
        signIn("bt-flex-nav");
        page.navigate(url("/households/" + family));
        page.getByRole(AriaRole.LINK, named("Flexible funds")).click();
        assertThat(page.locator("#requests")).containsText("No requests yet.");
        assertThat(page.locator("#family-remaining")).hasText("$500.00");
        screenshot("flex-01-family-nothing-yet");

        page.getByRole(AriaRole.BUTTON, named("Send request")).click();
        assertThat(page.locator("#category-error")).hasText("Choose what the money is for.");
        page.getByLabel("What it pays for").selectOption("PHONE");
        page.getByLabel("Amount ($)").fill("85");
        page.getByLabel("Paid to").fill("Verizon Wireless");
        page.getByLabel("Why it helps the parent keep or find work").fill("Phone was cut off; employers call this number for interviews.");
        screenshot("flex-02-request-form");
        page.getByRole(AriaRole.BUTTON, named("Send request")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Request sent to the team lead.");
        assertThat(page.locator("#requests")).containsText("Awaiting decision");
        assertThat(page.locator("#requests")).containsText("Verizon Wireless");
        screenshot("flex-03-requested");
        signOut();

        signIn("bt-flex-lead");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Flexible funds")).click();
        assertThat(page.locator("#awaiting-decision")).containsText("Keisha Phonebill");
        assertThat(page.locator("#awaiting-decision")).containsText("$85.00");
        screenshot("flex-04-team-queue");
        page.locator("#awaiting-decision").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Decide: Phone $85.00 to Verizon Wireless")).click();
        assertThat(page.locator("#family-remaining")).hasText("$500.00");
        page.getByRole(AriaRole.BUTTON, named("Approve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Approved.");
        assertThat(page.locator("#status")).hasText("Approved, awaiting payment");
        assertThat(page.locator("#family-remaining")).hasText("$415.00");
        screenshot("flex-05-approved");

        page.getByRole(AriaRole.BUTTON, named("Record payment")).click();
        assertThat(page.locator("#method-error")).hasText("Choose how it was paid.");
        page.getByLabel("Paid by").selectOption("CHECK");
        page.getByLabel("Reference").fill("1042");
        page.getByRole(AriaRole.BUTTON, named("Record payment")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Payment recorded.");
        assertThat(page.locator("#status")).hasText("Paid");
        assertThat(page.locator("#details")).containsText("Check 1042");
        screenshot("flex-06-paid");

        page.getByRole(AriaRole.LINK, named("Browser Flex Region FY" + FiscalYear.of(LocalDate.now()).year())).click();
        assertThat(page.locator("#budgeted")).hasText("$2,000.00");
        assertThat(page.locator("#committed")).hasText("$0.00");
        assertThat(page.locator("#paid")).hasText("$85.00");
        assertThat(page.locator("#remaining")).hasText("$1,915.00");
        assertThat(page.locator("#ledger")).containsText("PAID");
        assertThat(page.locator("#by-family")).containsText("Keisha Phonebill");
        screenshot("flex-07-pool-ledger");

        atPhoneWidth();
        page.navigate(url("/flex"));
        assertThat(page.locator("#awaiting-decision")).containsText("Nothing to decide.");
        screenshot("flex-08-team-phone-width");
        signOut();

        page.setViewportSize(1280, 900);
        signIn("bt-flex-nav");
        page.navigate(url("/households/" + family + "/flex"));
        assertThat(page.locator("#requests")).containsText("Paid");
        assertThat(page.locator("#family-remaining")).hasText("$415.00");
        screenshot("flex-09-family-paid");
        page.navigate(url("/households/" + family));
        assertThat(page.locator("#timeline")).containsText("Flexible funds paid: Phone $85.00");
        atPhoneWidth();
        page.navigate(url("/households/" + family + "/flex"));
        screenshot("flex-10-family-phone-width");
        signOut();

        // A state analyst sees the regions' totals, never a family.
        page.setViewportSize(1280, 900);
        signIn("bt-flex-analyst");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Flexible funds")).click();
        assertThat(page.locator("#region-pool-" + pool)).containsText("Browser Flex Region");
        assertThat(page.locator("#region-pool-" + pool)).containsText("$1,915.00");
        assertThat(page.locator("main")).not().containsText("Phonebill");
        screenshot("flex-11-regions-for-an-analyst");
    }
}
