package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.intake.IntakeFixtures;
import org.crosswalk.intake.ReadinessQuestion;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A family's way in: a housing worker refers it from shelter (a first attempt is refused and says
 * which rule failed), the navigator reaches the family, assesses it and enrolls it with the
 * caseload-showing picker, and the family appears in the navigator's "My families"; then the team
 * lead reads the region's funnel and an administrator the rules.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired IntakeFixtures intake;

    HouseholdId family;

    @BeforeAll
    void aFamilyInShelter() {
        long region = fixtures.region("Browser Intake Region");
        long shelter = fixtures.agency("Browser Intake Shelter", AgencyKind.HOUSING, region);
        long employment = fixtures.agency("Browser Intake Employment", AgencyKind.EMPLOYMENT, region);
        StaffUser hank = fixtures.staff("bi-hank", Role.HOUSING_CASE_MANAGER, shelter, null);
        fixtures.staff("bi-nina", Role.NAVIGATOR, employment, null);
        fixtures.staff("bi-dwayne", Role.NAVIGATOR, employment, null);
        fixtures.staff("bi-tara", Role.TEAM_LEAD, employment, region);
        fixtures.staff("bi-admin", Role.ADMINISTRATOR, null, null);
        intake.program("Secure Jobs Browser Region", region, true);
        family = intake.aMotherWithAToddler(hank, "Marisol", "Intakewalk");
        fixtures.consent(hank, family, LocalDate.now().minusDays(3), LocalDate.now().plusYears(1), Set.of(employment), true);
    }

    com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    com.microsoft.playwright.Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    @Order(1)
    void aHousingWorkerRefersTheFamilyFromShelterAfterARefusalNamesTheRuleItFailed() {
        signIn("bi-hank");
        page.navigate(url("/households/" + family));
        link("Referral and enrollment").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Referral and enrollment"))).isVisible();
        assertThat(page.locator("#referrals")).containsText("No referral yet");
        link("Refer to a program").click();

        page.getByLabel("Program", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Secure Jobs Browser Region — Browser Intake Region"));
        page.getByLabel("Referred from").selectOption("SHELTER");
        // Entered by mistake: the family's old apartment.
        page.getByLabel("Current living situation (HUD)").selectOption("410");
        button("Refer").click();
        assertThat(page.locator("#ineligible")).containsText("Not eligible for Secure Jobs Browser Region");
        assertThat(page.locator("#ineligible")).containsText("Current living situation is homeless or temporary, or referred from rapid re-housing");
        assertThat(page.locator("#livingSituation-error")).containsText("The current living situation is permanent");
        assertThat(page.getByLabel("Current living situation (HUD)")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Referred from")).hasValue("SHELTER");
        screenshot("intake-01-referral-refused-with-the-rule");

        page.getByLabel("Current living situation (HUD)").selectOption("101");
        page.getByLabel("Note for the navigator (optional)").fill("Mother works nights at times; prefers texts before 10 am.");
        button("Refer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral received.");
        assertThat(page.locator("#referrals")).containsText("Referred, not yet contacted");
        assertThat(page.locator("#referrals")).containsText("101 — Emergency shelter");
        screenshot("intake-02-referral-received");
        signOut();
    }

    @Test
    @Order(2)
    void theNavigatorReachesAssessesAndEnrollsTheFamilyOntoHerCaseload() {
        signIn("bi-nina");
        page.navigate(url("/households/" + family + "/intake"));
        link("Record contact").click();
        // From the keyboard: the date is today already; choose the outcome and save.
        page.getByLabel("Reached the family").focus();
        page.keyboard().press("Space");
        page.getByLabel("Note (optional)").focus();
        page.keyboard().type("Called the shelter desk; spoke with Marisol.");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contact recorded");
        screenshot("intake-03-contacted");

        link("Record readiness assessment").click();
        button("Save assessment").click();
        assertThat(page.locator("#decision-error")).containsText("Choose the decision.");
        assertThat(page.locator("#answers0-error")).hasCount(0);
        for (int i = 0; i < ReadinessQuestion.values().length; i++) {
            page.locator("input[name='answers[" + i + "].yes'][value='true']").check();
        }
        page.locator("#comment-2").fill("Little Oaks has a slot from next month");
        page.getByLabel("Enroll", new Page.GetByLabelOptions().setExact(true)).check();
        screenshot("intake-04-readiness-assessment");
        button("Save assessment").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("ready to enroll");

        link("Enroll").click();
        com.microsoft.playwright.Locator picker = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Navigator"));
        assertThat(picker).containsText("Test bi-dwayne — Browser Intake Employment · 0 active families");
        button("Enroll").click();
        assertThat(page.locator("#navigatorUserId-error")).hasText("Choose the navigator.");
        screenshot("intake-05-enrollment-with-caseloads");
        picker.getByRole(AriaRole.RADIO, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Test bi-nina")).check();
        button("Enroll").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("on the navigator's caseload");
        assertThat(page.locator("#enrollments")).containsText("Secure Jobs Browser Region");
        assertThat(page.locator("#enrollments")).containsText("Test bi-nina");
        screenshot("intake-06-enrolled");

        link("My families").click();
        assertThat(page.locator("#results")).containsText("Marisol Intakewalk");
        screenshot("intake-07-my-families");
        signOut();
    }

    @Test
    @Order(3)
    void theTeamLeadReadsTheRegionsFunnel() {
        signIn("bi-tara");
        link("Recruitment funnel").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Recruitment funnel: Browser Intake Region"))).isVisible();
        assertThat(page.locator("#funnel-steps")).containsText("Enrolled");
        assertThat(page.locator("#funnel-steps tbody tr").nth(3)).containsText("1");
        screenshot("intake-08-funnel");
        page.getByLabel("Referred from").fill("2026-12-31");
        page.getByLabel("to", new Page.GetByLabelOptions().setExact(true)).fill("2026-01-01");
        button("Show").click();
        assertThat(page.locator("#from-error")).containsText("The range starts on or before its end.");
        signOut();
    }

    @Test
    @Order(4)
    void anAdministratorReadsAndChangesTheRules() {
        signIn("bi-admin");
        link("Eligibility rules").click();
        link("Secure Jobs Browser Region").click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Head of household is 18 or older");
        link("Add a rule").click();
        page.getByLabel("Latest monthly income is at most …").check();
        button("Save rule").click();
        assertThat(page.locator("#amount-error")).containsText("Enter the monthly income limit");
        screenshot("intake-09-rule-error");
        page.getByLabel("Monthly income limit in dollars (for an income rule)").fill("3,200");
        button("Save rule").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Latest monthly income is at most $3,200.00");
        screenshot("intake-10-program-rules");
        signOut();
    }
}
