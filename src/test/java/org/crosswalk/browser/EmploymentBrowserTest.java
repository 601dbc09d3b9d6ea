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

/** A navigator records a parent's new job, sees its 30-day check-in due, answers it, and cannot answer it twice. */
class EmploymentBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    HouseholdId family;

    @BeforeAll
    void family() {
        long region = fixtures.region("Browser Jobs Region");
        long employment = fixtures.agency("Browser Jobs Pathways", AgencyKind.EMPLOYMENT, region);
        StaffUser navigator = fixtures.staff("bt-jobs-navigator", Role.NAVIGATOR, employment, null);
        family = fixtures.singleMother(navigator, "Keisha", "Okonkwo-Hart", false);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aNavigatorRecordsAJobAndAnswersItsThirtyDayCheckInOnce() {
        signIn("bt-jobs-navigator");
        page.navigate(url("/households/" + family));
        page.getByRole(AriaRole.LINK, named("Jobs and retention")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Jobs and retention"))).isVisible();
        assertThat(page.locator("#placements")).containsText("No jobs recorded yet");
        screenshot("employment-01-no-jobs-yet");

        page.getByRole(AriaRole.LINK, named("Record a job")).click();
        page.getByLabel("Job title").fill("Home health aide");
        page.getByLabel("or the employer’s name").fill("Riverbend Home Care");
        page.getByLabel("Hourly wage ($)").fill("seventeen");
        page.getByLabel("First day of work").fill(LocalDate.now().minusDays(28).toString());
        page.getByRole(AriaRole.BUTTON, named("Record job")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("need correcting");
        assertThat(page.locator("#hourlyWage-error")).hasText("Enter the hourly wage in dollars, like 17.50.");
        assertThat(page.getByLabel("Job title")).hasValue("Home health aide");
        screenshot("employment-02-job-form-errors");

        page.getByLabel("Hourly wage ($)").fill("17.50");
        page.getByLabel("Hours a week").fill("32");
        page.getByLabel("Health insurance").check();
        page.getByLabel("Hours a week").press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Job recorded.");
        assertThat(page.locator("#placements")).containsText("Home health aide");
        assertThat(page.locator("#placements")).containsText("$2,426.67");
        assertThat(page.locator("#placements")).containsText("New job");
        assertThat(page.locator("#due")).containsText("30-day check-in");
        screenshot("employment-03-job-recorded-check-in-due");

        // A colleague opens the same check-in before it is answered.
        Page colleague = context.newPage();
        colleague.navigate(page.locator("#due a").first().getAttribute("href").startsWith("http")
                ? page.locator("#due a").first().getAttribute("href") : url(page.locator("#due a").first().getAttribute("href")));

        page.locator("#due").getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, named("30-day check-in"))).isVisible();
        page.getByLabel("Yes, working").check();
        page.getByLabel("Same employer").check();
        page.getByLabel("If working: hours a week").fill("32");
        page.getByLabel("If working: hourly wage ($)").fill("17.50");
        screenshot("employment-04-answering-check-in");
        page.getByRole(AriaRole.BUTTON, named("Save answer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Check-in answered.");
        assertThat(page.locator("#due")).hasCount(0);
        assertThat(page.locator("#placements")).containsText("working");
        screenshot("employment-05-check-in-answered");

        colleague.getByLabel("No, not working").check();
        colleague.getByRole(AriaRole.BUTTON, named("Save answer")).click();
        assertThat(colleague.locator("#answeredOn-error")).containsText("already answered");
        assertThat(colleague.locator("#answer")).containsText("working");
        colleague.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("employment-06-second-answer-refused.png")).setFullPage(true));

        page.navigate(colleague.url());
        assertThat(page.locator("#answer")).containsText("A check-in is answered once");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Save answer"))).hasCount(0);

        page.navigate(url("/households/" + family));
        assertThat(page.locator("#timeline")).containsText("30-day check-in: working");
        assertThat(page.locator("#timeline")).containsText("New job: Home health aide at Riverbend Home Care");
        atPhoneWidth();
        page.navigate(url("/households/" + family + "/jobs"));
        screenshot("employment-07-jobs-phone-width");
    }

    @Test
    void theEmployerDirectoryListsOpeningsAndTakesANewEmployer() {
        signIn("bt-jobs-navigator");
        page.navigate(url("/employers"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Employers"))).isVisible();
        page.getByRole(AriaRole.LINK, named("Add employer")).click();
        page.getByLabel("Name").fill("Browser Bay Logistics");
        page.getByLabel("Phone").fill("555-12");
        page.getByRole(AriaRole.BUTTON, named("Save")).click();
        assertThat(page.locator("#industry-error")).hasText("Choose the industry.");
        page.getByLabel("Industry").selectOption("WAREHOUSE");
        page.getByRole(AriaRole.BUTTON, named("Save")).click();
        assertThat(page.locator("#contactPhone-error")).containsText("10 digits");
        page.getByLabel("Phone").fill("860 555 0199");
        page.getByRole(AriaRole.BUTTON, named("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Employer added");
        page.getByRole(AriaRole.LINK, named("Post an opening")).click();
        page.getByLabel("Job title").fill("Forklift operator");
        page.getByLabel("Starting wage ($ an hour)").fill("20");
        page.getByLabel("Up to ($ an hour)").fill("23");
        page.getByLabel("Hours a week").fill("40");
        page.getByRole(AriaRole.BUTTON, named("Post opening")).click();
        assertThat(page.locator("#openings")).containsText("$20.00–$23.00/h");
        screenshot("employment-08-employer-with-opening");
        page.navigate(url("/employers?hiring=true&q=Browser+Bay"));
        assertThat(page.locator("#results")).containsText("Browser Bay Logistics");
        screenshot("employment-09-directory-hiring-now");
    }
}
