package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.intake.IntakeFixtures;
import org.crosswalk.intake.ReadinessQuestion;
import org.crosswalk.services.directory.DirectoryBatch;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.services.directory.ServiceStatus;
import org.crosswalk.services.directory.WeeklyHours;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole journey as the seeds tell it, through the pages people use: a mother in shelter is
 * referred by her housing case manager, reached and assessed by the navigator, enrolled, gets a
 * plan and a child-care barrier, is referred to a child-care service that the partner accepts, gets
 * a job, and answers her 30-day check-in. Every step leaves its mark on the family's timeline.
 */
class JourneyBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired IntakeFixtures intake;
    @Autowired DirectoryBatch directory;

    HouseholdId family;
    final LocalDate today = LocalDate.now();

    @BeforeAll
    void aMotherInShelter() {
        long region = fixtures.region("Journey Walk Region");
        long shelter = fixtures.agency("JW Hope Street Shelter", AgencyKind.HOUSING, region);
        long employment = fixtures.agency("JW Capitol Jobs", AgencyKind.EMPLOYMENT, region);
        long childCare = fixtures.agency("JW Little Oaks Child Care", AgencyKind.CHILD_CARE, region);
        StaffUser hank = fixtures.staff("jw-hank", Role.HOUSING_CASE_MANAGER, shelter, null);
        fixtures.staff("jw-nina", Role.NAVIGATOR, employment, null);
        fixtures.staff("jw-paula", Role.PARTNER_STAFF, childCare, null);
        intake.program("Secure Jobs Journey Walk", region, true);
        family = intake.aMotherWithAToddler(hank, "Kristen", "Calderwalk");
        fixtures.consent(hank, family, today.minusDays(2), today.plusYears(1), Set.of(employment, childCare), true);
        directory.load(List.of(new DirectoryBatch.NewOrganization("JW Little Oaks Early Learning", null,
                "Early learning center with school-day hours.", null, null, childCare,
                List.of(new DirectoryBatch.NewLocation("main", "Little Oaks", "8 Oak St", "Hartford", "CT", "06106", "Bus 31")),
                List.of(new DirectoryBatch.NewService("JW Toddler room", null, "Care for toddlers on school-day hours.",
                        ServiceCategory.CHILD_CARE, ServiceStatus.ACTIVE, "Families in the region.", 1, 3, "Care 4 Kids accepted.",
                        "Call for a tour.", null, List.of("English", "Spanish"), List.of("main"),
                        List.of(new WeeklyHours(null, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                LocalTime.of(9, 0), LocalTime.of(14, 30), "School-day hours")))))));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void fromShelterReferralToTheThirtyDayCheckIn() {
        // 1. The housing case manager refers the family from the shelter.
        signIn("jw-hank");
        page.navigate(url("/households/" + family));
        link("Referral and enrollment").click();
        link("Refer to a program").click();
        page.getByLabel("Program", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Secure Jobs Journey Walk — Journey Walk Region"));
        page.getByLabel("Referred from").selectOption("SHELTER");
        page.getByLabel("Current living situation (HUD)").selectOption("101");
        button("Refer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral received.");
        screenshot("journey-01-referred-from-shelter");
        signOut();

        // 2. The navigator reaches her, assesses her as ready, and enrolls her.
        signIn("jw-nina");
        page.navigate(url("/households/" + family + "/intake"));
        link("Record contact").click();
        page.getByLabel("Reached the family").check();
        button("Save contact").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contact recorded");
        link("Record readiness assessment").click();
        for (int i = 0; i < ReadinessQuestion.values().length; i++) {
            page.locator("input[name='answers[" + i + "].yes'][value='true']").check();
        }
        page.getByLabel("Enroll", new Page.GetByLabelOptions().setExact(true)).check();
        button("Save assessment").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("ready to enroll");
        screenshot("journey-02-assessed-ready");
        link("Enroll").click();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Navigator"))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Test jw-nina")).check();
        button("Enroll").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("on the navigator's caseload");
        screenshot("journey-03-enrolled");

        // 3. The plan, with the parent, and the child-care barrier in the way.
        page.navigate(url("/households/" + family + "/plan"));
        link("Write the plan").click();
        page.getByLabel("Short-term goals").fill("Find child care for day shifts\nApply to three CNA openings a week");
        page.getByLabel("Long-term goals").fill("Work as a certified nursing assistant");
        page.getByLabel("Track").selectOption(new SelectOption().setLabel("Immediate job search"));
        page.locator("#activities-0-what").fill("Tour Little Oaks toddler room");
        page.locator("#activities-0-dueOn").fill(today.plusDays(7).toString());
        button("Save plan").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Plan saved.");
        screenshot("journey-04-plan");
        page.navigate(url("/households/" + family + "/barriers"));
        page.getByLabel("Kind of barrier").selectOption(new SelectOption().setLabel("Child care"));
        page.getByLabel("Severity").selectOption(new SelectOption().setLabel("High"));
        page.getByLabel("Details (optional)").fill("No care for her two-year-old during day shifts");
        button("Record barrier").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Barrier recorded: Child care.");
        screenshot("journey-05-child-care-barrier");

        // 4. A referral to child care, from the partner directory.
        link("Partner directory").click();
        page.getByLabel("Kind of help").selectOption("CHILD_CARE");
        button("Search").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("JW Toddler room")).click();
        link("Refer a family").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refer Kristen Calderwalk")).click();
        page.getByLabel("What the family needs").fill("Toddler care on day shifts so Kristen can start work.");
        button("Send referral").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral sent to JW Little Oaks Early Learning.");
        screenshot("journey-06-referral-sent");
        signOut();

        // 5. The child-care partner accepts it from its inbox.
        signIn("jw-paula");
        link("Referral inbox").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kristen Calderwalk")).first().click();
        button("Accept referral").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral accepted");
        screenshot("journey-07-partner-accepted");
        signOut();

        // 6. A job, started a month ago, and its 30-day check-in.
        signIn("jw-nina");
        page.navigate(url("/households/" + family));
        link("Jobs and retention").click();
        link("Record a job").click();
        page.getByLabel("Job title").fill("Certified nursing assistant");
        page.getByLabel("or the employer’s name").fill("Riverbend Care Center");
        page.getByLabel("Hourly wage ($)").fill("19.25");
        page.getByLabel("Hours a week").fill("36");
        page.getByLabel("First day of work").fill(today.minusDays(30).toString());
        button("Record job").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Job recorded.");
        assertThat(page.locator("#due")).containsText("30-day check-in");
        screenshot("journey-08-job-recorded");
        page.locator("#due").getByRole(AriaRole.LINK).first().click();
        page.getByLabel("Yes, working").check();
        page.getByLabel("Same employer").check();
        page.getByLabel("If working: hours a week").fill("36");
        page.getByLabel("If working: hourly wage ($)").fill("19.25");
        button("Save answer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Check-in answered.");
        screenshot("journey-09-check-in-answered");

        // 7. The family's page tells the story, from every agency.
        page.navigate(url("/households/" + family));
        Locator timeline = page.locator("#timeline");
        assertThat(timeline).containsText("30-day check-in: working");
        assertThat(timeline).containsText("Certified nursing assistant");
        assertThat(timeline).containsText("JW Toddler room");
        assertThat(timeline).containsText("Child care");
        assertThat(timeline).containsText("Family registered");
        screenshot("journey-10-household-timeline");
    }
}
