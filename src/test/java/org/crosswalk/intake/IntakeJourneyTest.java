package org.crosswalk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosswalk.intake.IntakeFixtures.fromShelter;
import static org.crosswalk.intake.IntakeFixtures.reachedByPhone;
import static org.crosswalk.intake.IntakeFixtures.readyToEnroll;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.Households;
import org.crosswalk.families.NewFamilyForm;
import org.crosswalk.families.HouseholdForm;
import org.crosswalk.intake.IntakeForms.EnrollmentForm;
import org.crosswalk.intake.IntakeForms.ExitForm;
import org.crosswalk.intake.IntakeForms.ReassignmentForm;
import org.crosswalk.intake.IntakeForms.ReferralForm;
import org.crosswalk.intake.eligibility.FailedRule;
import org.crosswalk.intake.eligibility.NotEligible;
import org.crosswalk.intake.eligibility.Programs;
import org.crosswalk.intake.eligibility.RuleForm;
import org.crosswalk.intake.eligibility.RuleKind;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The journey from referral to exit through the facades, on real PostgreSQL. */
@CrosswalkIntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeJourneyTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired Referrals referrals;
    @Autowired Enrollments enrollments;
    @Autowired IntakeRecords records;
    @Autowired Households households;
    @Autowired Programs programs;
    @Autowired Fixtures fixtures;
    @Autowired IntakeFixtures intake;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    long program;
    long employment;
    long otherEmployment;
    StaffUser hank;
    StaffUser nina;
    StaffUser dwayne;
    StaffUser navigatorWithoutRelease;
    StaffUser navigatorElsewhere;

    @BeforeAll
    void organisation() {
        long region = fixtures.region("Journey Region");
        long elsewhere = fixtures.region("Journey Elsewhere");
        long housing = fixtures.agency("Journey Housing", AgencyKind.HOUSING, region);
        employment = fixtures.agency("Journey Employment", AgencyKind.EMPLOYMENT, region);
        otherEmployment = fixtures.agency("Journey Second Employment", AgencyKind.EMPLOYMENT, region);
        long farEmployment = fixtures.agency("Journey Far Employment", AgencyKind.EMPLOYMENT, elsewhere);
        hank = fixtures.staff("jy-hank", Role.HOUSING_CASE_MANAGER, housing, null);
        nina = fixtures.staff("jy-nina", Role.NAVIGATOR, employment, null);
        dwayne = fixtures.staff("jy-dwayne", Role.NAVIGATOR, employment, null);
        navigatorWithoutRelease = fixtures.staff("jy-otto", Role.NAVIGATOR, otherEmployment, null);
        navigatorElsewhere = fixtures.staff("jy-far", Role.NAVIGATOR, farEmployment, null);
        program = intake.program("Secure Jobs Journey Region", region, true);
    }

    /** Held by the housing agency, with a release naming the region's first employment agency. */
    HouseholdId aFamilyFromShelter(String last) {
        HouseholdId id = intake.aMotherWithAToddler(hank, "Rosa", last);
        fixtures.consent(hank, id, TODAY.minusDays(30), TODAY.plusDays(300), Set.of(employment), false);
        return id;
    }

    @Test
    void aFamilyIsReferredReachedAssessedAndEnrolledOntoTheNavigatorsCaseload() {
        HouseholdId family = aFamilyFromShelter("Journeyfull");
        ReferralId referral = referrals.refer(hank.viewer(), family, fromShelter(program, TODAY.minusDays(10)));
        referrals.recordContact(nina.viewer(), family, referral, reachedByPhone(TODAY.minusDays(8)));
        referrals.assess(nina.viewer(), family, referral, readyToEnroll(TODAY.minusDays(5)));

        List<NavigatorChoice> picker = enrollments.navigatorsFor(nina.viewer(), family, program);
        assertThat(picker).extracting(NavigatorChoice::name)
                .contains("Test jy-nina", "Test jy-dwayne", "Test jy-otto").doesNotContain("Test jy-far");
        assertThat(picker).filteredOn(c -> c.name().equals("Test jy-otto")).singleElement()
                .satisfies(c -> assertThat(c.seesFamily()).isFalse());
        long ninasCaseload = picker.stream().filter(c -> c.userId() == nina.viewer().userId()).findFirst().orElseThrow().caseload();

        EnrollmentId enrollment = enrollments.enroll(hank.viewer(), family, referral,
                new EnrollmentForm(TODAY.minusDays(4), nina.viewer().userId()));

        var mine = households.search(nina.viewer(), new Households.Search("Journeyfull", null, null, true, Households.Sort.NAME, 0, 25));
        assertThat(mine.items()).extracting(Households.Summary::id).containsExactly(family);
        assertThat(enrollments.navigatorsFor(nina.viewer(), family, program)).filteredOn(c -> c.userId() == nina.viewer().userId())
                .singleElement().satisfies(c -> assertThat(c.caseload()).isEqualTo(ninasCaseload + 1));
        var record = records.of(nina.viewer(), family);
        assertThat(record.referrals()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.ENROLLED);
            assertThat(r.contacts()).hasSize(1);
            assertThat(r.assessments()).singleElement().satisfies(a -> assertThat(a.answers()).hasSize(ReadinessQuestion.values().length));
            assertThat(r.enrollment()).isEqualTo(enrollment);
        });
        assertThat(events.stream(HouseholdEnrolled.class)).singleElement()
                .isEqualTo(new HouseholdEnrolled(enrollment, family, program, TODAY.minusDays(4), nina.viewer().userId()));
        assertThat(jdbc.sql("select action from audit.event where household_id = :h order by id").param("h", family.value())
                .query(String.class).list()).contains("REFERRAL_RECEIVED", "CONTACT_RECORDED", "READINESS_ASSESSED", "ENROLLED",
                "CASEWORKER_ASSIGNED", "INTAKE_VIEWED");
        assertThat(jdbc.sql("select referred_on, enrolled_on, navigator_user_id, exited_on from intake.enrollment_facts where household_id = :h")
                .param("h", family.value()).query().singleRow())
                .containsEntry("referred_on", java.sql.Date.valueOf(TODAY.minusDays(10)))
                .containsEntry("enrolled_on", java.sql.Date.valueOf(TODAY.minusDays(4)))
                .containsEntry("navigator_user_id", nina.viewer().userId())
                .containsEntry("exited_on", null);
    }

    @Test
    void anIneligibleReferralIsRefusedWithEveryRuleItFailedUnlessRecordedAsSuch() {
        HouseholdId teen = households.register(hank.viewer(), new NewFamilyForm(
                Fixtures.mother("Kayla", "Journeyteen", TODAY.minusYears(17)),
                new HouseholdForm(null, null, "Hartford", "CT", null, "0", "0", false, null, null)));
        ReferralForm fromFriends = new ReferralForm(program, TODAY, ReferralSource.DIVERSION, null,
                LivingSituation.RENTAL_NO_SUBSIDY.code(), null, false);
        assertThatThrownBy(() -> referrals.refer(hank.viewer(), teen, fromFriends))
                .isInstanceOfSatisfying(NotEligible.class, e -> assertThat(e.failed()).extracting(FailedRule::rule).containsExactly(
                        "Head of household is 18 or older", "Household has at least one child under 18",
                        "Current living situation is homeless or temporary, or referred from rapid re-housing"));
        assertThat(records.of(hank.viewer(), teen).referrals()).isEmpty();

        referrals.refer(hank.viewer(), teen, new ReferralForm(program, TODAY, ReferralSource.DIVERSION, null,
                LivingSituation.RENTAL_NO_SUBSIDY.code(), null, true));
        assertThat(records.of(hank.viewer(), teen).referrals()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.INELIGIBLE);
            assertThat(r.failedRules()).hasSize(3);
            assertThat(r.nextStep()).isNull();
        });
    }

    @Test
    void aFamilyHasOneOpenReferralPerProgramAndOneActiveEnrollment() {
        HouseholdId family = aFamilyFromShelter("Journeytwice");
        ReferralId first = referrals.refer(hank.viewer(), family, fromShelter(program, TODAY));
        assertThatThrownBy(() -> referrals.refer(hank.viewer(), family, fromShelter(program, TODAY)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage()).contains("already has an open referral"));
        referrals.recordContact(nina.viewer(), family, first, reachedByPhone(TODAY));
        referrals.assess(nina.viewer(), family, first, readyToEnroll(TODAY));
        enrollments.enroll(nina.viewer(), family, first, new EnrollmentForm(TODAY, nina.viewer().userId()));
        assertThatThrownBy(() -> referrals.refer(hank.viewer(), family, fromShelter(program, TODAY)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage()).contains("is enrolled in"));
    }

    @Test
    void onlyANavigatorOfTheRegionWhoSeesTheFamilyCanCarryIt() {
        HouseholdId family = aFamilyFromShelter("Journeypick");
        ReferralId referral = intake.readyToEnroll(hank, family, program, TODAY);
        assertThatThrownBy(() -> enrollments.enroll(hank.viewer(), family, referral,
                new EnrollmentForm(TODAY, navigatorWithoutRelease.viewer().userId())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("navigatorUserId");
                    assertThat(e.getMessage()).contains("cannot see this family").contains("Journey Second Employment");
                });
        assertThatThrownBy(() -> enrollments.enroll(hank.viewer(), family, referral,
                new EnrollmentForm(TODAY, navigatorElsewhere.viewer().userId())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage()).contains("program's region"));
        assertThatThrownBy(() -> enrollments.enroll(hank.viewer(), family, referral,
                new EnrollmentForm(TODAY, hank.viewer().userId())))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void eligibilityIsJudgedAgainOnTheStartDateWithTheRulesInForceThen() {
        long strict = intake.program("Secure Jobs Journey Strict", fixtures.region("Journey Region"), true);
        HouseholdId family = aFamilyFromShelter("Journeystrict");
        ReferralId referral = intake.readyToEnroll(hank, family, strict, TODAY);
        programs.addRule(strict, new RuleForm(RuleKind.MAX_MONTHLY_INCOME, null, List.of(), List.of(), "500"), hank.viewer().userId());
        assertThatThrownBy(() -> enrollments.enroll(hank.viewer(), family, referral, new EnrollmentForm(TODAY, nina.viewer().userId())))
                .isInstanceOfSatisfying(NotEligible.class, e -> assertThat(e.failed()).singleElement()
                        .satisfies(f -> assertThat(f.reason()).contains("$610.00").contains("$500.00")));
    }

    @Test
    void aReassignmentKeepsTheHistoryAndAnExitCanBeFollowedByANewEnrollment() {
        HouseholdId family = aFamilyFromShelter("Journeyhandover");
        EnrollmentId enrollment = intake.enrolled(hank, family, program, TODAY.minusDays(40), nina);
        enrollments.reassign(hank.viewer(), family, enrollment,
                new ReassignmentForm(TODAY.minusDays(10), dwayne.viewer().userId(), "Caseload balancing"));

        var record = records.of(hank.viewer(), family);
        assertThat(record.enrollments()).singleElement().satisfies(e -> {
            assertThat(e.navigator()).isEqualTo("Test jy-dwayne");
            assertThat(e.assignments()).extracting(IntakeRecord.AssignmentView::navigator, IntakeRecord.AssignmentView::from,
                    IntakeRecord.AssignmentView::to, IntakeRecord.AssignmentView::assignedBy).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Test jy-nina", TODAY.minusDays(40), TODAY.minusDays(10), "Test jy-hank"),
                    org.assertj.core.groups.Tuple.tuple("Test jy-dwayne", TODAY.minusDays(10), null, "Test jy-hank"));
        });
        assertThat(households.open(hank.viewer(), family).worker()).isEqualTo("Test jy-dwayne");

        assertThatThrownBy(() -> enrollments.exit(hank.viewer(), family, enrollment,
                new ExitForm(TODAY.minusDays(41), ExitReason.COMPLETED, null, 435)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("exitedOn"));
        enrollments.exit(hank.viewer(), family, enrollment, new ExitForm(TODAY, ExitReason.EMPLOYED_AND_STABLE, null, 435));
        assertThatThrownBy(() -> enrollments.exit(hank.viewer(), family, enrollment,
                new ExitForm(TODAY, ExitReason.COMPLETED, null, 435))).isInstanceOf(StepNotAllowed.class);
        assertThat(events.stream(HouseholdExited.class)).singleElement()
                .isEqualTo(new HouseholdExited(enrollment, family, program, TODAY, 435));

        EnrollmentId again = intake.enrolled(hank, family, program, TODAY, nina);
        assertThat(records.of(hank.viewer(), family).enrollments()).extracting(IntakeRecord.EnrollmentView::id, IntakeRecord.EnrollmentView::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(again, true), org.assertj.core.groups.Tuple.tuple(enrollment, false));
    }

    @Test
    void partnerStaffAndOtherAgenciesCannotRecordSteps() {
        HouseholdId family = aFamilyFromShelter("Journeyguard");
        long childCare = fixtures.agency("Journey Child Care", AgencyKind.CHILD_CARE, fixtures.region("Journey Region"));
        StaffUser partner = fixtures.staff("jy-partner", Role.PARTNER_STAFF, childCare, null);
        fixtures.consent(hank, family, TODAY.minusDays(1), TODAY.plusDays(300), Set.of(childCare), false);
        assertThatThrownBy(() -> referrals.refer(partner.viewer(), family, fromShelter(program, TODAY)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.refer(navigatorWithoutRelease.viewer(), family, fromShelter(program, TODAY)))
                .isInstanceOf(org.crosswalk.shared.RecordNotFound.class);
    }
}
