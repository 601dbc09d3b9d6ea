package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role signs in, lands on the page that fits it, and signs out. */
class RoleLandingBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;

    static final Map<Role, String> LANDING = Map.of(
            Role.NAVIGATOR, "My families",
            Role.HOUSING_CASE_MANAGER, "Families",
            Role.PARTNER_STAFF, "Families",
            Role.TEAM_LEAD, "Families",
            Role.STATE_ANALYST, "Who we serve",
            Role.ADMINISTRATOR, "Administration");

    @BeforeAll
    void staff() {
        long region = fixtures.region("Landing Region");
        long employment = fixtures.agency("Landing Employment", AgencyKind.EMPLOYMENT, region);
        long housing = fixtures.agency("Landing Housing", AgencyKind.HOUSING, region);
        long partner = fixtures.agency("Landing Mental Health", AgencyKind.MENTAL_HEALTH, region);
        fixtures.staff("land-navigator", Role.NAVIGATOR, employment, null);
        fixtures.staff("land-housing_case_manager", Role.HOUSING_CASE_MANAGER, housing, null);
        fixtures.staff("land-partner_staff", Role.PARTNER_STAFF, partner, null);
        fixtures.staff("land-team_lead", Role.TEAM_LEAD, employment, region);
        fixtures.staff("land-state_analyst", Role.STATE_ANALYST, null, null);
        fixtures.staff("land-administrator", Role.ADMINISTRATOR, null, null);
    }

    @Test
    void everyRoleLandsOnItsOwnPage() {
        for (Role role : Role.values()) {
            signIn("land-" + role.name().toLowerCase());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(LANDING.get(role)).setExact(true))).isVisible();
            assertThat(page.locator(".who")).containsText(role.label());
            screenshot("10-landing-" + role.name().toLowerCase());
            signOut();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        }
    }

    @Test
    void aWrongPasswordSaysSoWithoutSigningIn() {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill("land-navigator");
        page.getByLabel("Password").fill("wrong-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match");
    }

    @Test
    void anAnalystCannotOpenFamilyPages() {
        signIn("land-state_analyst");
        page.navigate(url("/households"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You do not have access to this page"))).isVisible();
        screenshot("11-analyst-403");
    }

    @Test
    void anAdministratorAddsAnAgencyAfterAValidationError() {
        signIn("land-administrator");
        page.navigate(url("/admin/agencies/new"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#name-error")).hasText("Enter the agency's name.");
        screenshot("12-admin-agency-errors");
        page.getByLabel("Name").fill("Landing Career Center");
        page.getByLabel("Kind").selectOption("CAREER_CENTER");
        page.getByLabel("Region").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Landing Region"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Landing Career Center saved");
        page.navigate(url("/admin/audit"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit trail"))).isVisible();
        screenshot("13-admin-audit");
    }
}
