package org.crosswalk.intake.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.intake.ContactMethod;
import org.crosswalk.intake.Decision;
import org.crosswalk.intake.DeclineReason;
import org.crosswalk.intake.IntakeBatch;
import org.crosswalk.intake.IntakeBatch.Assessment;
import org.crosswalk.intake.IntakeBatch.Assignment;
import org.crosswalk.intake.IntakeBatch.Contact;
import org.crosswalk.intake.IntakeBatch.Enrollment;
import org.crosswalk.intake.IntakeBatch.Story;
import org.crosswalk.intake.IntakeFixtures;
import org.crosswalk.intake.LivingSituation;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The recruitment funnel against numbers worked out by hand (docs/intake.md, "A worked example"):
 * ten referrals in January 2026 in one region, one before it and one in another region.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 1, 31);

    @Autowired Funnel funnel;
    @Autowired IntakeBatch batch;
    @Autowired IntakeFixtures intake;
    @Autowired Fixtures fixtures;

    long region;
    long secureJobs;
    long otherProgram;
    StaffUser lead;
    StaffUser housing;

    static LocalDate jan(int day) {
        return LocalDate.of(2026, 1, day);
    }

    @BeforeAll
    void referrals() {
        region = fixtures.region("Funnel Region");
        long elsewhere = fixtures.region("Funnel Elsewhere");
        long employment = fixtures.agency("Funnel Employment", AgencyKind.EMPLOYMENT, region);
        long shelter = fixtures.agency("Funnel Shelter", AgencyKind.HOUSING, region);
        lead = fixtures.staff("fn-lead", Role.TEAM_LEAD, employment, region);
        housing = fixtures.staff("fn-housing", Role.HOUSING_CASE_MANAGER, shelter, null);
        secureJobs = intake.program("Secure Jobs Funnel Region", region, true);
        otherProgram = intake.program("Funnel Region Career Pathways", region, true);
        long farProgram = intake.program("Secure Jobs Funnel Elsewhere", elsewhere, true);

        List<Story> stories = new ArrayList<>();
        // A: reached after 2 days, assessed 5 days later, enrolled 7 days after that.
        stories.add(story(secureJobs, jan(2), List.of(reached(jan(4))), List.of(enroll(jan(9))), enrolledOn(jan(16))));
        // B: a missed call, then reached after 3 days; assessed 2 days later; enrolled 2 days later.
        stories.add(story(secureJobs, jan(5), List.of(missed(jan(6)), reached(jan(8))), List.of(enroll(jan(10))), enrolledOn(jan(12))));
        // C: reached after 1 day, assessed 5 days later: not now.
        stories.add(story(secureJobs, jan(6), List.of(reached(jan(7))),
                List.of(new Assessment(jan(12), Map.of(), Decision.NOT_NOW, LocalDate.of(2026, 2, 15), null, null)), null));
        // D: reached after 6 days, assessed a day later: declined, not interested.
        stories.add(story(secureJobs, jan(8), List.of(reached(jan(14))),
                List.of(new Assessment(jan(15), Map.of(), Decision.DECLINED, null, DeclineReason.NOT_INTERESTED, null)), null));
        // E: a missed call only: unable to reach.
        stories.add(story(secureJobs, jan(10), List.of(missed(jan(12))), List.of(), null));
        // F: waiting for contact.
        stories.add(story(secureJobs, jan(12), List.of(), List.of(), null));
        // G: reached after 4 days, waiting for the assessment.
        stories.add(story(secureJobs, jan(15), List.of(reached(jan(19))), List.of(), null));
        // H: not eligible.
        stories.add(new Story(HouseholdId.random(), secureJobs, jan(20), ReferralSource.DIVERSION, LivingSituation.RENTAL_NO_SUBSIDY,
                1, null, List.of("Current living situation is homeless or temporary, or referred from rapid re-housing"), 1,
                List.of(), List.of(), null));
        // I: reached after 1 day, "not now" 3 days later, then assessed again to enroll: waiting to enroll.
        stories.add(story(secureJobs, jan(22), List.of(reached(jan(23))), List.of(
                new Assessment(jan(26), Map.of(), Decision.NOT_NOW, jan(28), null, null), enroll(jan(28))), null));
        // L: the region's other program, waiting for contact.
        stories.add(story(otherProgram, jan(3), List.of(), List.of(), null));
        // Outside the range, and another region: not counted.
        stories.add(story(secureJobs, LocalDate.of(2025, 12, 30), List.of(reached(jan(2))), List.of(enroll(jan(3))), enrolledOn(jan(5))));
        stories.add(story(farProgram, jan(10), List.of(), List.of(), null));
        batch.load(stories);
    }

    @Test
    void theRegionsFunnelMatchesTheHandCount() {
        Funnel.Counts c = funnel.of(lead.viewer(), FROM, TO, null).counts();
        assertThat(c.referred()).isEqualTo(10);
        assertThat(c.contacted()).isEqualTo(6);
        assertThat(c.assessed()).isEqualTo(5);
        assertThat(c.enrolled()).isEqualTo(2);
        assertThat(List.of(c.waitingForContact(), c.waitingForAssessment(), c.waitingForEnrollment()))
                .containsExactly(2L, 1L, 1L);
        assertThat(List.of(c.ineligible(), c.unreachable(), c.notNow(), c.declined())).containsExactly(1L, 1L, 1L, 1L);
        assertThat(c.waitingForContact() + c.waitingForAssessment() + c.waitingForEnrollment() + c.enrolled()
                + c.ineligible() + c.unreachable() + c.notNow() + c.declined()).isEqualTo(c.referred());
        assertThat(c.medianDaysToContact()).isEqualTo(2.5);
        assertThat(c.medianDaysToAssessment()).isEqualTo(3.0);
        assertThat(c.medianDaysToEnrollment()).isEqualTo(4.5);
        assertThat(c.percent(c.enrolled(), c.referred())).isEqualTo(20);
    }

    @Test
    void oneProgramsFunnelLeavesTheOtherOut() {
        Funnel.Counts c = funnel.of(lead.viewer(), FROM, TO, secureJobs).counts();
        assertThat(c.referred()).isEqualTo(9);
        assertThat(c.waitingForContact()).isEqualTo(1);
        assertThat(c.medianDaysToContact()).isEqualTo(2.5);
    }

    @Test
    void dropOutReasonsAreCounted() {
        var report = funnel.of(lead.viewer(), FROM, TO, null);
        assertThat(report.declineReasons()).containsExactly(new Funnel.Reason("Not interested in the program", 1));
        assertThat(report.failedRules()).containsExactly(
                new Funnel.Reason("Current living situation is homeless or temporary, or referred from rapid re-housing", 1));
        assertThat(report.region()).isEqualTo("Funnel Region");
    }

    @Test
    void aHousingWorkerSeesTheFunnelOfTheirAgencysRegion() {
        assertThat(funnel.of(housing.viewer(), FROM, TO, null).counts().referred()).isEqualTo(10);
    }

    @Test
    void aShortRangeCountsOnlyItsReferralsAndAnEmptyOneHasNoMedians() {
        Funnel.Counts firstWeek = funnel.of(lead.viewer(), jan(1), jan(7), null).counts();
        // A, L, B, C
        assertThat(firstWeek.referred()).isEqualTo(4);
        assertThat(firstWeek.contacted()).isEqualTo(3);
        Funnel.Counts none = funnel.of(lead.viewer(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), null).counts();
        assertThat(none.referred()).isZero();
        assertThat(none.medianDaysToContact()).isNull();
        assertThat(none.percent(0, 0)).isNull();
    }

    @Test
    void aRangeBackwardsOrAnotherRegionsProgramIsRefused() {
        assertThatThrownBy(() -> funnel.of(lead.viewer(), TO, FROM, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("from"));
        long far = intake.program("Secure Jobs Funnel Elsewhere", fixtures.region("Funnel Elsewhere"), true);
        assertThatThrownBy(() -> funnel.of(lead.viewer(), FROM, TO, far))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("program"));
    }

    @Test
    void partnersAnalystsAndAdministratorsHaveNoFunnel() {
        StaffUser analyst = fixtures.staff("fn-analyst", Role.STATE_ANALYST, null, null);
        assertThatThrownBy(() -> funnel.of(analyst.viewer(), FROM, TO, null)).isInstanceOf(AccessDeniedException.class);
    }

    private static Story story(long program, LocalDate referred, List<Contact> contacts, List<Assessment> assessments,
                               Enrollment enrollment) {
        return new Story(HouseholdId.random(), program, referred, ReferralSource.SHELTER, LivingSituation.EMERGENCY_SHELTER,
                1, null, List.of(), 1, contacts, assessments, enrollment);
    }

    private static Contact reached(LocalDate on) {
        return new Contact(on, ContactMethod.PHONE, true);
    }

    private static Contact missed(LocalDate on) {
        return new Contact(on, ContactMethod.PHONE, false);
    }

    private static Assessment enroll(LocalDate on) {
        return new Assessment(on, Map.of(), Decision.ENROLL, null, null, null);
    }

    private static Enrollment enrolledOn(LocalDate on) {
        return new Enrollment(on, List.of(new Assignment(1, on)), null);
    }
}
