package org.crosswalk.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.Journey;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Jobs on real PostgreSQL: placements, better jobs, check-ins answered once, overdue lists and the published facts. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsTest {

    @Autowired Jobs jobs;
    @Autowired Training training;
    @Autowired Journey journey;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    StaffUser navigator;
    StaffUser partner;
    final LocalDate today = LocalDate.now();

    @BeforeAll
    void staff() {
        long region = fixtures.region("Jobs Region");
        long employment = fixtures.agency("Jobs Employment", AgencyKind.EMPLOYMENT, region);
        long childCare = fixtures.agency("Jobs Child Care", AgencyKind.CHILD_CARE, region);
        navigator = fixtures.staff("jobs-navigator", Role.NAVIGATOR, employment, null);
        partner = fixtures.staff("jobs-partner", Role.PARTNER_STAFF, childCare, null);
    }

    private HouseholdId family(String last) {
        return fixtures.singleMother(navigator, "Imani", last, false);
    }

    private UUID parent(HouseholdId household) {
        return jobs.overview(navigator.viewer(), household).family().head();
    }

    private UUID record(HouseholdId household, String wage, String hours, LocalDate start, boolean held) {
        return jobs.recordPlacement(navigator.viewer(), household, new PlacementForm(parent(household), null,
                "Maple Street Market", "Cashier", wage, hours, Schedule.REGULAR, List.of(Benefit.PAID_LEAVE), start,
                null, null, held));
    }

    @Test
    void aNewJobGetsFourCheckInsAndItsMonthlyEarnings() {
        HouseholdId household = family("Newjob");
        UUID id = record(household, "17.50", "32", today.minusDays(3), false);
        var facts = jdbc.sql("select monthly_earnings_cents, held_at_enrollment, better_job, job_kind from employment.placement_facts where placement_id = :id")
                .param("id", id).query((rs, n) -> List.of(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4))).single();
        assertThat(facts).containsExactly(242_667L, false, false, "NEW_JOB");
        var overview = jobs.overview(navigator.viewer(), household);
        Placement job = overview.placements().getFirst();
        assertThat(job.kind()).isEqualTo(JobKind.NEW_JOB);
        assertThat(job.checkIns()).extracting(RetentionCheckIn::daysAfterStart).containsExactly(30, 90, 180, 365);
        assertThat(job.checkIns()).extracting(RetentionCheckIn::dueOn)
                .containsExactly(job.startedOn().plusDays(30), job.startedOn().plusDays(90), job.startedOn().plusDays(180), job.startedOn().plusDays(365));
        assertThat(jdbc.sql("select count(*) from audit.event where household_id = :h and action = 'PLACEMENT_RECORDED'")
                .param("h", household.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBetterJobIsRecognisedAgainstTheJobHeldAtEnrollment() {
        HouseholdId household = family("Betterjob");
        record(household, "15.00", "30", today.minusYears(2), true);       // 195,000 cents a month
        UUID better = record(household, "18.00", "30", today.minusDays(20), false); // 1800 × 30 × 52 / 12 = 234,000
        UUID notBetter = record(household, "16.00", "28", today.minusDays(10), false); // 194,133
        var byId = jobs.overview(navigator.viewer(), household).placements().stream()
                .collect(java.util.stream.Collectors.toMap(Placement::id, p -> p));
        assertThat(byId.get(better).kind()).isEqualTo(JobKind.BETTER_JOB);
        assertThat(byId.get(better).gainOverEnrollmentJob().cents()).isEqualTo(39_000);
        assertThat(byId.get(notBetter).kind()).isEqualTo(JobKind.NOT_BETTER);
        assertThat(jdbc.sql("select better_job from employment.placement_facts where placement_id in (:a, :b) order by monthly_earnings_cents desc")
                .param("a", better).param("b", notBetter).query(Boolean.class).list()).containsExactly(true, false);
        // The job held at enrollment has no retention check-ins.
        assertThat(jdbc.sql("select count(*) from employment.checkin_facts where household_id = :h").param("h", household.value())
                .query(Integer.class).single()).isEqualTo(8);
    }

    @Test
    void onlyOneJobCountsAsHeldAtEnrollment() {
        HouseholdId household = family("Twoheld");
        record(household, "15.00", "30", today.minusYears(1), true);
        assertThatThrownBy(() -> record(household, "14.00", "10", today.minusYears(1), true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already has a job marked as held at enrollment")
                .extracting("field").isEqualTo("heldAtEnrollment");
    }

    @Test
    void aCheckInIsAnsweredOnceAndASecondAnswerIsRefused() {
        HouseholdId household = family("Answerme");
        record(household, "16.00", "35", today.minusDays(28), false);
        var due = jobs.overview(navigator.viewer(), household).dueNow();
        assertThat(due).hasSize(1);
        UUID checkIn = due.getFirst().checkIn().id();
        CheckInForm answer = new CheckInForm(today, true, true, "35", "16.50", "Likes the morning shift");
        jobs.answerCheckIn(navigator.viewer(), household, checkIn, answer);
        assertThatThrownBy(() -> jobs.answerCheckIn(navigator.viewer(), household, checkIn, answer))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already answered");
        var facts = jdbc.sql("select still_employed, same_employer, monthly_earnings_cents from employment.checkin_facts where checkin_id = :c")
                .param("c", checkIn).query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getLong(3))).single();
        // 1650 × 35 × 52 / 12 = 250,250
        assertThat(facts).containsExactly(true, true, 250_250L);
        assertThat(jobs.overview(navigator.viewer(), household).dueNow()).isEmpty();
    }

    @Test
    void aCheckInCannotBeAnsweredMoreThanSevenDaysEarly() {
        HouseholdId household = family("Tooearly");
        record(household, "16.00", "35", today.minusDays(10), false);
        UUID thirtyDay = jobs.overview(navigator.viewer(), household).placements().getFirst().checkIns().getFirst().id();
        assertThatThrownBy(() -> jobs.answerCheckIn(navigator.viewer(), household, thirtyDay,
                new CheckInForm(today, false, null, null, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("7 days early at most");
    }

    @Test
    void overdueCheckInsAreListedOnTheJobsPageTheHouseholdTimelineAndToday() {
        HouseholdId household = family("Overdue");
        record(household, "16.00", "35", today.minusDays(45), false);
        var overview = jobs.overview(navigator.viewer(), household);
        assertThat(overview.overdue()).extracting(p -> p.checkIn().daysAfterStart()).containsExactly(30);
        assertThat(journey.timeline(navigator.viewer(), household))
                .anySatisfy(e -> assertThat(e.title()).isEqualTo("Overdue: 30-day check-in for Cashier at Maple Street Market"));
        assertThat(journey.today(navigator.viewer()))
                .anySatisfy(a -> {
                    assertThat(a.item().household()).isEqualTo(household);
                    assertThat(a.overdue()).isTrue();
                    assertThat(a.item().link()).contains("/jobs/checkins/");
                });
    }

    @Test
    void endingAJobKeepsItsLaterCheckInsOpen() {
        HouseholdId household = family("Endedjob");
        UUID job = record(household, "16.00", "35", today.minusDays(60), false);
        jobs.endPlacement(navigator.viewer(), household, job, new EndPlacementForm(today.minusDays(5), ReasonLeft.CHILD_CARE));
        assertThatThrownBy(() -> jobs.endPlacement(navigator.viewer(), household, job, new EndPlacementForm(today, ReasonLeft.QUIT)))
                .hasMessageContaining("already ended");
        var placement = jobs.overview(navigator.viewer(), household).placements().getFirst();
        assertThat(placement.reasonLeft()).isEqualTo(ReasonLeft.CHILD_CARE);
        assertThat(placement.checkIns()).extracting(c -> c.status(today))
                .containsExactly(RetentionCheckIn.Status.OVERDUE, RetentionCheckIn.Status.UPCOMING,
                        RetentionCheckIn.Status.UPCOMING, RetentionCheckIn.Status.UPCOMING);
    }

    @Test
    void partnerStaffCannotChangeJobsAndStrangersCannotReadThem() {
        HouseholdId household = family("Partnerless");
        assertThatThrownBy(() -> jobs.overview(partner.viewer(), household)).isInstanceOf(org.crosswalk.shared.RecordNotFound.class);
        fixtures.consent(navigator, household, today.minusDays(1), today.plusDays(30), Set.of(partner.viewer().agencyId()), false);
        assertThat(jobs.overview(partner.viewer(), household).placements()).isEmpty();
        assertThatCode(() -> record(household, "16", "20", today, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> jobs.recordPlacement(partner.viewer(), household, new PlacementForm(parent(household), null,
                "Shop", "Clerk", "16", "20", Schedule.REGULAR, List.of(), today, null, null, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void trainingEndsOnceAndCredentialsAreKept() {
        HouseholdId household = family("Trainee");
        UUID member = parent(household);
        UUID course = training.enroll(navigator.viewer(), household, new TrainingForm(member, "CNA training",
                "Capital Community College", today.minusDays(60), today.plusDays(10), null));
        assertThatThrownBy(() -> training.update(navigator.viewer(), household, course, new TrainingStatusForm(TrainingStatus.COMPLETED, null)))
                .extracting("field").isEqualTo("endsOn");
        training.update(navigator.viewer(), household, course, new TrainingStatusForm(TrainingStatus.COMPLETED, today.minusDays(1)));
        assertThatThrownBy(() -> training.update(navigator.viewer(), household, course, new TrainingStatusForm(TrainingStatus.DID_NOT_COMPLETE, today)))
                .hasMessageContaining("already recorded as completed");
        training.recordCredential(navigator.viewer(), household, new CredentialForm(member, "Certified Nursing Assistant",
                "Connecticut Department of Public Health", today));
        var overview = jobs.overview(navigator.viewer(), household);
        assertThat(overview.training()).extracting(Training.Enrollment::status).containsExactly(TrainingStatus.COMPLETED);
        assertThat(overview.credentials()).extracting(Training.Credential::name).containsExactly("Certified Nursing Assistant");
        assertThat(Map.of("who", overview.credentials().getFirst().memberName())).containsValue("Imani Trainee");
    }
}
