package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A navigator finds a family and corrects a phone number; a partner without consent cannot find it. */
class FamiliesBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    HouseholdId ortega;

    @BeforeAll
    void families() {
        long region = fixtures.region("Browser Region");
        long employment = fixtures.agency("Browser Employment Services", AgencyKind.EMPLOYMENT, region);
        long childCare = fixtures.agency("Browser Little Steps Child Care", AgencyKind.CHILD_CARE, region);
        long benefits = fixtures.agency("Browser Benefits Office", AgencyKind.BENEFITS, region);
        StaffUser navigator = fixtures.staff("bt-navigator", Role.NAVIGATOR, employment, null);
        fixtures.staff("bt-partner", Role.PARTNER_STAFF, childCare, null);
        fixtures.staff("bt-benefits", Role.PARTNER_STAFF, benefits, null);
        ortega = fixtures.singleMother(navigator, "Marisol", "Ortega-Ruiz", false);
        fixtures.singleMother(navigator, "Keisha", "Bellamy", false);
        // The family shares with the benefits office, not with child care.
        fixtures.consent(navigator, ortega, LocalDate.now().minusDays(5), LocalDate.now().plusYears(1), Set.of(benefits), true);
    }

    @Test
    void aNavigatorSearchesOpensAndCorrectsAPhoneNumber() {
        signIn("bt-navigator");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My families"))).isVisible();
        screenshot("01-navigator-my-families");

        page.navigate(url("/households"));
        page.getByLabel("Name").fill("ortega");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("#results")).containsText("Marisol Ortega-Ruiz");
        assertThat(page.locator("#results")).not().containsText("Bellamy");
        screenshot("02-navigator-search");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marisol Ortega-Ruiz")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Marisol Ortega-Ruiz"))).isVisible();
        assertThat(page.locator("#consents")).containsText("Browser Benefits Office");
        screenshot("03-household");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Marisol Ortega-Ruiz")).click();
        page.getByLabel("Phone").fill("555-12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#phone-error")).hasText("A phone number has 10 digits, like (860) 555-0142.");
        assertThat(page.getByLabel("Phone")).hasAttribute("aria-invalid", "true");
        screenshot("04-phone-validation-error");

        page.getByLabel("Phone").fill("860.555.0199");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("details saved");
        assertThat(page.locator("table").first()).containsText("(860) 555-0199");
        screenshot("05-phone-saved");

        atPhoneWidth();
        page.reload();
        screenshot("06-household-phone-width");
        signOut();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("signed out");
    }

    @Test
    void partnerStaffWithoutConsentCannotFindTheFamily() {
        signIn("bt-partner");
        page.navigate(url("/households?q=Ortega"));
        assertThat(page.locator("#results")).containsText("No family you may see matches that search");
        screenshot("07-partner-search-without-consent");

        page.navigate(url("/households/" + ortega));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
        screenshot("08-partner-direct-link-404");
    }

    @Test
    void partnerStaffNamedInTheReleaseReadsButCannotEdit() {
        signIn("bt-benefits");
        page.navigate(url("/households?q=Ortega"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marisol Ortega-Ruiz")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Marisol Ortega-Ruiz"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit household"))).hasCount(0);
        screenshot("09-partner-with-consent-read-only");
    }

    @Test
    void theLoginFormWorksFromTheKeyboardAlone() {
        page.navigate(url("/login"));
        page.keyboard().press("Tab"); // skip link
        page.keyboard().press("Tab"); // brand
        page.getByLabel("Username").focus();
        page.keyboard().type("bt-navigator");
        page.keyboard().press("Tab");
        page.keyboard().type(Fixtures.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My families"))).isVisible();
    }

    @Test
    void aNavigatorRegistersAFamilyAtPhoneWidthFixingMistakesFirst() {
        atPhoneWidth();
        signIn("bt-navigator");
        page.navigate(url("/households/new"));
        screenshot("14-new-family-phone-width");
        page.getByLabel("First name").fill("Dayana");
        page.getByLabel("Last name").fill("Phoneform");
        page.getByLabel("Date of birth").fill("2090-01-01");
        page.getByLabel("Social Security number").fill("123-45");
        page.getByLabel("ZIP code").fill("6510");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register family")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("need correcting");
        assertThat(page.locator("#head-birthDate-error")).hasText("A birth date cannot be in the future.");
        assertThat(page.locator("#household-postalCode-error")).containsText("5 digits");
        assertThat(page.getByLabel("First name")).hasValue("Dayana");
        assertThat(page.getByLabel("Date of birth")).hasValue("2090-01-01");
        screenshot("15-new-family-errors-phone-width");

        page.getByLabel("Date of birth").fill("1996-03-14");
        page.getByLabel("ZIP code").fill("06510");
        page.getByLabel("Black, African American, or African").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register family")).click();
        assertThat(page.locator("#head-ssn-error")).hasText("An SSN has 9 digits, like 123-45-6789.");
        page.getByLabel("Social Security number").fill("123-45-6789");
        page.getByLabel("Social Security number").press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Family registered");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dayana Phoneform"))).isVisible();
        assertThat(page.locator("body")).containsText("•••-••-6789");
        assertThat(page.locator("body")).not().containsText("123-45-6789");
        screenshot("16-new-family-saved-phone-width");
    }
}
