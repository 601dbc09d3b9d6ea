package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * A navigator writes an employment plan with a parent, records the parent's words, revises the
 * plan and looks back at the first revision; then records a child-care barrier and resolves it,
 * after being told to say how it was solved.
 */
class PlansBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    HouseholdId planFamily;
    HouseholdId barrierFamily;
    LocalDate today = LocalDate.now();

    @BeforeAll
    void families() {
        long region = fixtures.region("Browser Plans Region");
        long employment = fixtures.agency("Browser Plans Employment", AgencyKind.EMPLOYMENT, region);
        StaffUser navigator = fixtures.staff("bp-navigator", Role.NAVIGATOR, employment, null);
        planFamily = fixtures.singleMother(navigator, "Tamika", "Brightwater", false);
        barrierFamily = fixtures.singleMother(navigator, "Luz", "Carrasquillo", false);
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void aNavigatorWritesAPlanRecordsTheParentsWordsRevisesItAndOpensTheFirstRevision() {
        signIn("bp-navigator");
        page.navigate(url("/households/" + planFamily + "/plan"));
        assertThat(page.locator("main")).containsText("No employment plan yet.");
        screenshot("plans-01-no-plan-yet");

        link("Write the plan").click();
        page.getByLabel("Short-term goals").fill("Get a state ID\nFind child care for second shift");
        page.getByLabel("Long-term goals").fill("Work as a certified nursing assistant");
        page.getByLabel("Track").selectOption(new SelectOption().setLabel("Skills training"));
        page.locator("#activities-0-what").fill("Enroll in CNA training");
        page.locator("#activities-0-dueOn").fill(today.plusDays(10).toString());
        page.locator("#activities-1-what").fill("Visit two child care centers near home");
        page.locator("#activities-1-dueOn").fill(today.plusDays(5).toString());
        page.locator("#activities-1-ownerUserId").selectOption(new SelectOption().setLabel("Test bp-navigator — Browser Plans Employment"));
        page.locator("#milestones-0-what").fill("CNA certificate earned");
        page.locator("#milestones-0-targetOn").fill(today.plusDays(90).toString());
        screenshot("plans-02-writing-the-plan");
        button("Save plan").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Plan saved.");
        assertThat(page.locator("#activities")).containsText("Enroll in CNA training");
        assertThat(page.locator("#activities")).containsText("Test bp-navigator");
        assertThat(page.locator("main")).containsText("Skills training");

        // The parent's own words, typed and sent from the keyboard.
        page.getByLabel("What the parent said, in their words").focus();
        page.keyboard().type("I want my kids to see me go to work every day.");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("words are recorded");
        assertThat(page.locator("#parents-words")).containsText("In my words: I want my kids to see me go to work every day.");
        assertThat(page.locator("#parents-words")).containsText("written down by Test bp-navigator");
        screenshot("plans-03-plan-with-the-parents-words");

        link("Revise the plan").click();
        page.getByLabel("Track").selectOption(new SelectOption().setLabel("Immediate job search"));
        page.getByLabel("Short-term goals").fill("Get a state ID\nFind child care for second shift\nApply to five jobs a week");
        button("Save plan").click();
        assertThat(page.locator("#changeSummary-error")).hasText("Say in a few words what changed (for example: moved the GED class to March).");
        assertThat(page.getByLabel("What changed in this revision")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Short-term goals")).hasValue("Get a state ID\nFind child care for second shift\nApply to five jobs a week");
        screenshot("plans-04-revision-needs-a-summary");
        page.getByLabel("What changed in this revision").fill("Straight to job search; CNA class starts in the fall");
        page.getByLabel("What changed in this revision").press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Plan saved as revision 2.");

        link("Revision history (2)").click();
        assertThat(page.locator("table")).containsText("Straight to job search");
        screenshot("plans-05-revision-history");
        link("Revision 1").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Revision 1"))).isVisible();
        assertThat(page.locator("main")).containsText("This is an older revision, kept as it was saved. It cannot be changed.");
        assertThat(page.locator("main")).containsText("track: Skills training");
        assertThat(page.locator("main")).not().containsText("Apply to five jobs a week");
        assertThat(page.locator("form[method=post]:not(.signout)")).hasCount(0);
        screenshot("plans-06-first-revision-read-only");

        link("Revision 2 →").click();
        assertThat(page.locator("main")).containsText("Skills training → Immediate job search");
        assertThat(page.locator("ins")).containsText("Apply to five jobs a week");
        screenshot("plans-07-what-changed-in-revision-2");

        atPhoneWidth();
        page.navigate(url("/households/" + planFamily + "/plan"));
        screenshot("plans-08-plan-phone-width");
    }

    @Test
    void aNavigatorRecordsAChildCareBarrierAndResolvesItSayingHow() {
        signIn("bp-navigator");
        page.navigate(url("/households/" + barrierFamily + "/barriers"));
        assertThat(page.locator("main")).containsText("No barriers recorded.");
        page.getByLabel("Kind of barrier").selectOption(new SelectOption().setLabel("Child care"));
        page.getByLabel("Severity").selectOption(new SelectOption().setLabel("High"));
        page.getByLabel("Details (optional)").fill("Needs infant care for second-shift hours");
        screenshot("plans-09-recording-a-barrier");
        button("Record barrier").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Barrier recorded: Child care.");
        assertThat(page.locator("table")).containsText("Browser Plans Employment");

        page.locator("summary", new Page.LocatorOptions().setHasText("Resolve")).click();
        button("Resolve").click();
        Locator error = page.locator("[id^=resolution-][id$=-error]");
        assertThat(error).hasText("Say how it was solved (for example: child care voucher approved, started at Little Oaks).");
        assertThat(page.getByLabel("How was it solved?")).hasAttribute("aria-invalid", "true");
        screenshot("plans-10-resolve-needs-how");

        page.getByLabel("How was it solved?").fill("Care 4 Kids approved; starts Monday at Little Oaks");
        button("Resolve").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Barrier resolved: Child care, after 0 days.");
        assertThat(page.locator("table")).containsText("Care 4 Kids approved; starts Monday at Little Oaks");
        assertThat(page.locator("main")).containsText("0 open, 1 resolved");
        screenshot("plans-11-barrier-resolved");
    }
}
