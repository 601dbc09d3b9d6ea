package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.services.directory.DirectoryBatch;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.services.directory.ServiceStatus;
import org.crosswalk.services.directory.WeeklyHours;
import org.crosswalk.services.referrals.ReferralBatch;
import org.crosswalk.services.referrals.ReferralStatus;
import org.crosswalk.services.referrals.Urgency;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The closed loop as people live it: a navigator finds child care with child-friendly hours in
 * Spanish and refers a family whose release names the child care agency; the agency's partner
 * staff sees it in the inbox with days pending and accepts it; the navigator sees the answer on
 * Today; the partner later records the service as delivered.
 */
class ServicesBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DirectoryBatch directory;
    @Autowired ReferralBatch referrals;
    @Autowired JdbcClient jdbc;

    HouseholdId marisol;

    @BeforeAll
    void sproutsAndTheirFamilies() {
        long region = fixtures.region("Services Browser Region");
        long employment = fixtures.agency("SB Capitol Jobs", AgencyKind.EMPLOYMENT, region);
        long childCare = fixtures.agency("SB Little Sprouts Child Care", AgencyKind.CHILD_CARE, region);
        StaffUser navigator = fixtures.staff("sb-navigator", Role.NAVIGATOR, employment, null);
        fixtures.staff("sb-partner", Role.PARTNER_STAFF, childCare, null);
        marisol = fixtures.singleMother(navigator, "Marisol", "Sproutbrowser", false);
        HouseholdId keisha = fixtures.singleMother(navigator, "Keisha", "Sproutwaiting", false);
        for (HouseholdId family : List.of(marisol, keisha)) {
            fixtures.consent(navigator, family, LocalDate.now().minusDays(20), LocalDate.now().plusYears(1), Set.of(childCare), true);
        }
        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        directory.load(List.of(new DirectoryBatch.NewOrganization("SB Little Sprouts Early Learning", null,
                "Early learning center.", null, null, childCare,
                List.of(new DirectoryBatch.NewLocation("main", "Sproutville center", "8 Garden St", "Sproutville", "CT", "06002", "Bus 31")),
                List.of(service("SB School-day preschool", "Part-day preschool on school hours.", List.of("English", "Spanish"),
                                new WeeklyHours(null, weekdays, LocalTime.of(9, 30), LocalTime.of(14, 30), "School-day program")),
                        service("SB Infant room", "Full-day infant care.", List.of("English", "Spanish"),
                                new WeeklyHours(null, weekdays, LocalTime.of(6, 30), LocalTime.of(18, 0), null)),
                        service("SB Evening care", "Evening care.", List.of("English"),
                                new WeeklyHours(null, weekdays, LocalTime.of(15, 0), LocalTime.of(21, 0), null))))));
        UUID infantRoom = jdbc.sql("select id from services.service where name = 'SB Infant room'").query(UUID.class).single();
        // Keisha's referral has waited nine days without an answer: stalled.
        referrals.insert(List.of(new ReferralBatch.PastReferral(keisha, infantRoom, employment, navigator.viewer().userId(),
                OffsetDateTime.now().minusDays(9), "Infant care so Keisha can start her CNA course.", Urgency.SOON,
                ReferralStatus.SENT, null, null, null, null, null, null, null, null, false)));
    }

    @Test
    void aNavigatorRefersAFamilyAndThePartnerClosesTheLoop() {
        signIn("sb-navigator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partner directory")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Partner directory"))).isVisible();
        page.getByLabel("Kind of help").selectOption("CHILD_CARE");
        page.getByLabel("Language").selectOption("Spanish");
        page.getByLabel("Child-friendly hours").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("#results")).containsText("SB School-day preschool");
        assertThat(page.locator("#results")).not().containsText("SB Infant room");
        assertThat(page.locator("#results")).not().containsText("SB Evening care");
        screenshot("services-01-directory-child-care-child-friendly-spanish");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SB School-day preschool")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("SB School-day preschool"))).isVisible();
        assertThat(page.locator("main")).containsText("9:30 am – 2:30 pm");
        screenshot("services-02-service-page");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refer a family")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refer Marisol Sproutbrowser")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Send a referral"))).isVisible();
        assertThat(page.locator("main")).not().containsText("cannot see this family");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")).click();
        assertThat(page.locator("#reason-error")).hasText("Say what the family needs from this service.");
        assertThat(page.getByLabel("What the family needs")).hasAttribute("aria-invalid", "true");
        screenshot("services-03-referral-needs-a-reason");

        page.getByLabel("What the family needs").focus();
        page.keyboard().type("Marisol starts CNA training on Monday; her son is 4. Spanish-speaking staff preferred.");
        page.keyboard().press("Tab");
        page.getByLabel("Soon: within a week").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")).press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral sent to SB Little Sprouts Early Learning.");
        assertThat(page.locator("main table")).containsText("Sent, awaiting answer");
        screenshot("services-04-family-referrals-sent");
        signOut();

        signIn("sb-partner");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referral inbox")).click();
        var marisolRow = page.locator("tr", new Page.LocatorOptions().setHasText("Marisol Sproutbrowser"));
        var keishaRow = page.locator("tr", new Page.LocatorOptions().setHasText("Keisha Sproutwaiting"));
        assertThat(marisolRow).containsText("SB School-day preschool");
        assertThat(keishaRow).containsText("9");
        assertThat(keishaRow).containsText("Stalled");
        screenshot("services-05-partner-inbox-days-pending");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marisol Sproutbrowser")).click();
        assertThat(page.locator("main")).containsText("Marisol starts CNA training");
        page.getByLabel("Note for the caseworker (optional)").fill("Intake Tuesday 10:00; bring the immunization record.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept referral")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral accepted");
        screenshot("services-06-partner-accepted");
        signOut();

        signIn("sb-navigator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Today")).click();
        assertThat(page.locator("main")).containsText("SB Little Sprouts Early Learning accepted the referral to SB School-day preschool");
        assertThat(page.locator("main")).containsText("No answer from SB Little Sprouts Early Learning in 9 days");
        screenshot("services-07-navigator-today-acceptance");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("SB Little Sprouts Early Learning accepted the referral to SB School-day preschool")).click();
        assertThat(page.locator("main table")).containsText("Intake Tuesday 10:00");
        page.navigate(url("/today"));
        assertThat(page.locator("main")).not().containsText("accepted the referral to SB School-day preschool");
        signOut();

        signIn("sb-partner");
        page.navigate(url("/inbox?show=ACCEPTED"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marisol Sproutbrowser")).click();
        page.getByLabel("Date the service was delivered").fill(LocalDate.now().plusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark service delivered")).click();
        assertThat(page.locator("#deliveredOn-error")).hasText("The delivery date cannot be in the future.");
        screenshot("services-08-delivery-date-error");
        page.getByLabel("Date the service was delivered").fill(LocalDate.now().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark service delivered")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Service recorded as delivered");
        assertThat(page.locator("main")).containsText("Service delivered");
        screenshot("services-09-service-delivered");

        atPhoneWidth();
        page.navigate(url("/inbox?show=ALL"));
        screenshot("services-10-inbox-phone-width");
    }

    @Test
    void thePartnerKeepsItsOwnDirectoryEntryCurrent() {
        signIn("sb-partner");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partner directory")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All organizations")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SB Little Sprouts Early Learning")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SB Evening care")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit service")).click();
        assertThat(page.locator("[id='schedules[0]-opensAt']")).hasValue("15:00");
        page.locator("[id='schedules[0]-closesAt']").fill("14:00");
        page.locator("[id='schedules[1]-opensAt']").fill("08:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save service")).click();
        assertThat(page.locator("[id='schedules[0]-closesAt-error']")).hasText("The closing time must be after the opening time.");
        assertThat(page.locator("[id='schedules[0]-closesAt']")).hasAttribute("aria-invalid", "true");
        screenshot("services-11-partner-edits-hours-error");

        page.locator("[id='schedules[0]-closesAt']").fill("21:30");
        page.locator("[id='schedules[1]-closesAt']").fill("16:00");
        page.locator("fieldset.card").nth(1).getByLabel("Saturday").check();
        page.getByLabel("Languages spoken by staff").fill("English, Spanish");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save service")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("SB Evening care saved.");
        assertThat(page.locator("main")).containsText("Open evenings");
        assertThat(page.locator("main")).containsText("Open weekends");
        assertThat(page.locator("main")).containsText("3:00 pm – 9:30 pm");
        screenshot("services-12-partner-service-saved");
    }

    private static DirectoryBatch.NewService service(String name, String description, List<String> languages, WeeklyHours hours) {
        return new DirectoryBatch.NewService(name, null, description, ServiceCategory.CHILD_CARE, ServiceStatus.ACTIVE,
                "Families in the region.", 0, 5, "Sliding scale.", "Call for a tour.", null, languages, List.of("main"),
                List.of(hours));
    }
}
