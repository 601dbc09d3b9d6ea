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
import org.crosswalk.conferences.ConferenceFixtures;
import org.crosswalk.plans.barriers.BarrierKind;
import org.crosswalk.plans.barriers.Severity;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team lead runs the monthly case conference: schedules it, reads the generated agenda, starts
 * the meeting, takes attendance, writes minutes for a family and sets an action item for the
 * navigator, ends the meeting; the navigator finds the item on her Today page and closes it.
 */
class ConferencesBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired ConferenceFixtures facts;

    HouseholdId family;

    @BeforeAll
    void team() {
        LocalDate today = LocalDate.now();
        long region = fixtures.region("Browser Conference Region");
        long housing = fixtures.agency("Browser Conference Housing", AgencyKind.HOUSING, region);
        long employment = fixtures.agency("Browser Conference Jobs", AgencyKind.EMPLOYMENT, region);
        long childCare = fixtures.agency("Browser Conference Child Care", AgencyKind.CHILD_CARE, region);
        fixtures.staff("bt-conf-lead", Role.TEAM_LEAD, employment, region);
        fixtures.staff("bt-conf-navigator", Role.NAVIGATOR, employment, null);
        fixtures.staff("bt-conf-partner", Role.PARTNER_STAFF, childCare, null);
        StaffUser caseManager = fixtures.staff("bt-conf-housing", Role.HOUSING_CASE_MANAGER, housing, null);
        family = fixtures.singleMother(caseManager, "Yesenia", "Conferenza", false);
        fixtures.consent(caseManager, family, today.minusDays(20), today.plusDays(340), Set.of(employment, childCare), true);
        facts.barrier(caseManager, family, BarrierKind.CHILD_CARE, Severity.HIGH, today.minusDays(33));
        facts.subsidy(caseManager, family, today.minusDays(150), today.plusDays(45));
        HouseholdId other = fixtures.singleMother(caseManager, "Gloria", "Tablemate", false);
        fixtures.consent(caseManager, other, today.minusDays(20), today.plusDays(340), Set.of(employment, childCare), true);
        facts.barrier(caseManager, other, BarrierKind.TRANSPORTATION, Severity.MEDIUM, today.minusDays(12));
        HouseholdId quiet = fixtures.singleMother(caseManager, "Irene", "Quietweek", false);
        fixtures.consent(caseManager, quiet, today.minusDays(20), today.plusDays(340), Set.of(employment, childCare), true);
        HouseholdId unshared = fixtures.singleMother(caseManager, "Hidden", "Noreleasefamily", false);
        facts.barrier(caseManager, unshared, BarrierKind.PHONE, Severity.LOW, today.minusDays(3));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aTeamLeadRunsAConferenceFromAgendaToAnActionItemOnTheNavigatorsTodayPage() {
        LocalDate today = LocalDate.now();
        signIn("bt-conf-lead");
        page.getByRole(AriaRole.LINK, named("Case conferences")).click();
        page.getByRole(AriaRole.LINK, named("Schedule a conference")).click();
        page.getByLabel("Date").fill(today.toString());
        page.getByRole(AriaRole.BUTTON, named("Schedule")).click();
        assertThat(page.locator("#agencies-error")).hasText("Invite at least one agency.");
        page.getByLabel("Browser Conference Housing").check();
        page.getByLabel("Browser Conference Jobs").check();
        page.getByLabel("Browser Conference Child Care").check();
        page.getByRole(AriaRole.BUTTON, named("Schedule")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Conference scheduled.");
        assertThat(page.locator("#agenda")).containsText("Yesenia Conferenza");
        assertThat(page.locator("#agenda")).containsText("Child care (high), open since");
        assertThat(page.locator("#agenda")).containsText("RRH subsidy ends");
        assertThat(page.locator("#nothing")).containsText("Irene Quietweek");
        assertThat(page.locator("main")).not().containsText("Noreleasefamily");
        assertThat(page.locator("#hidden-from-you")).containsText("1 family to discuss is not shown to you");
        assertThat(page.locator("#invited")).containsText("1 (no consent)");
        screenshot("conferences-01-live-agenda");

        page.getByRole(AriaRole.BUTTON, named("Start the meeting")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The meeting has started.");
        page.getByLabel("Person").selectOption(new SelectOption().setLabel("Test bt-conf-navigator — Browser Conference Jobs"));
        page.getByRole(AriaRole.BUTTON, named("Add to attendance")).click();
        page.getByRole(AriaRole.BUTTON, named("Add to attendance")).click();
        assertThat(page.locator("#personName-error")).hasText("Choose a person from the list, or type the name of a guest.");
        page.getByLabel("Guest's agency").selectOption(new SelectOption().setLabel("Browser Conference Child Care"));
        page.getByLabel("Guest name").fill("Dora Daycare");
        page.getByRole(AriaRole.BUTTON, named("Add to attendance")).click();
        assertThat(page.locator("#attendance")).containsText("Test bt-conf-navigator");
        assertThat(page.locator("#attendance")).containsText("Dora Daycare, Browser Conference Child Care");
        screenshot("conferences-02-attendance");

        page.getByRole(AriaRole.LINK, named("Minutes and action items for Yesenia Conferenza")).click();
        page.getByLabel("What the team discussed and agreed").fill("Little Oaks has a toddler slot from the 1st. RRH ends in 45 days: voucher application next.");
        page.getByRole(AriaRole.BUTTON, named("Save minutes")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Minutes saved.");
        page.getByLabel("What is to be done").fill("Bring the voucher application to the family");
        page.getByLabel("Owner").selectOption(new SelectOption().setLabel("Test bt-conf-navigator — Browser Conference Jobs"));
        page.getByLabel("Due").fill(today.plusDays(7).toString());
        page.getByRole(AriaRole.BUTTON, named("Add action item")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("It is on its owner's Today page.");
        assertThat(page.locator("#actions")).containsText("Bring the voucher application to the family");
        screenshot("conferences-03-family-minutes-and-action");

        page.getByRole(AriaRole.LINK, named("Back to the agenda")).click();
        assertThat(page.locator("#agenda")).containsText("Little Oaks has a toddler slot");
        page.getByRole(AriaRole.BUTTON, named("End the meeting")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Its record is now read-only");
        assertThat(page.locator("#agenda-state")).containsText("This conference is a read-only record.");
        screenshot("conferences-04-record");

        page.getByRole(AriaRole.LINK, named("Printable page")).click();
        assertThat(page.locator("body")).containsText("Minutes");
        screenshot("conferences-05-printable");

        atPhoneWidth();
        page.goBack();
        screenshot("conferences-06-record-375px");
        page.setViewportSize(1280, 900);

        page.navigate(url("/"));
        signOut();
        signIn("bt-conf-navigator");
        page.navigate(url("/today"));
        assertThat(page.locator("main")).containsText("Bring the voucher application to the family");
        assertThat(page.locator("main")).containsText("Conference action item");
        screenshot("conferences-07-navigator-today");
        page.getByRole(AriaRole.LINK, named("Bring the voucher application to the family")).click();
        page.getByLabel("Closing note").fill("Application handed over on Friday");
        page.getByRole(AriaRole.BUTTON, named("Close: Bring the voucher application to the family")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Action item closed.");
        assertThat(page.locator("#actions")).containsText("Closed");
        screenshot("conferences-08-closed");
        page.navigate(url("/today"));
        assertThat(page.locator("main")).not().containsText("Bring the voucher application to the family");
    }
}
