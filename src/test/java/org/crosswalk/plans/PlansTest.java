package org.crosswalk.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.families.Journey;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Writing, revising and following a plan on real PostgreSQL, through the facades a page or the API calls. */
@CrosswalkIntegrationTest
class PlansTest {

    @Autowired Fixtures fixtures;
    @Autowired Plans plans;
    @Autowired PlanChanges changes;
    @Autowired Households households;
    @Autowired Journey journey;
    @Autowired JdbcClient jdbc;

    StaffUser navigator;
    StaffUser partner;
    Viewer nina;
    HouseholdId family;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aNavigatorAndAFamily() {
        long region = fixtures.region("Plans Region");
        long employment = fixtures.agency("Plans Employment", AgencyKind.EMPLOYMENT, region);
        long childCare = fixtures.agency("Plans Child Care", AgencyKind.CHILD_CARE, region);
        navigator = fixtures.staff("pl-navigator", Role.NAVIGATOR, employment, null);
        partner = fixtures.staff("pl-partner", Role.PARTNER_STAFF, childCare, null);
        nina = navigator.viewer();
        family = fixtures.singleMother(navigator, "Rosa", "Planwright" + UUID.randomUUID().toString().substring(0, 6), false);
        fixtures.consent(navigator, family, today.minusDays(1), today.plusYears(1), Set.of(childCare), false);
    }

    PlanForm firstPlan() {
        return new PlanForm(null, "Get a state ID\nFind child care", "Work in healthcare", PlanTrack.JOB_READINESS_TRAINING, null, 0,
                List.of(new PlanForm.ActivityLine(null, "Attend the job readiness workshop", today.plusDays(3), null),
                        new PlanForm.ActivityLine(null, "Update resume", today.plusDays(20), navigator.viewer().userId()),
                        new PlanForm.ActivityLine(null, null, null, null)),
                List.of(new PlanForm.MilestoneLine(null, "Resume finished", today.plusDays(30))));
    }

    @Test
    void theFirstSaveIsRevisionOneAndEachRevisionIsKeptAsSaved() {
        assertThat(changes.save(nina, family, firstPlan())).isEqualTo(1);
        Plans.Plan plan = plans.open(nina, family).plan();
        assertThat(plan.shortTermGoalList()).containsExactly("Get a state ID", "Find child care");
        assertThat(plan.activities()).extracting(Activity::what).containsExactly("Attend the job readiness workshop", "Update resume");
        assertThat(plan.activities().get(1).owner()).isEqualTo("Test pl-navigator");

        PlanForm revised = PlanForm.toRevise(plan);
        var lines = new java.util.ArrayList<>(revised.activities().stream().filter(l -> l.id() != null).toList());
        lines.set(0, new PlanForm.ActivityLine(lines.get(0).id(), lines.get(0).what(), today.plusDays(10), null));
        lines.add(new PlanForm.ActivityLine(null, "Mock interview", today.plusDays(25), null));
        assertThat(changes.save(nina, family, new PlanForm(null, plan.shortTermGoals() + "\nGet a bus pass", plan.longTermGoals(),
                PlanTrack.IMMEDIATE_JOB_SEARCH, "Workshop moved; straight to job search", 1, lines, revised.milestones()))).isEqualTo(2);

        Plans.Revision first = plans.revision(nina, family, 1);
        assertThat(first.track()).isEqualTo(PlanTrack.JOB_READINESS_TRAINING);
        assertThat(first.activities()).hasSize(2);
        assertThat(first.activities().getFirst().dueOn()).isEqualTo(today.plusDays(3));
        assertThat(first.info().changeSummary()).isEqualTo(PlanDraft.FIRST_SUMMARY);
        assertThat(plans.revision(nina, family, 2).activities()).hasSize(3);
        assertThat(plans.history(nina, family, 0, 20).items()).extracting(Plans.RevisionInfo::number).containsExactly(2, 1);

        var comparison = plans.compare(nina, family, 1, 2);
        assertThat(comparison.changes()).extracting(Plans.Change::kind).contains(Plans.Change.Kind.SHORT_TERM_GOALS,
                Plans.Change.Kind.TRACK, Plans.Change.Kind.ACTIVITY_CHANGED, Plans.Change.Kind.ACTIVITY_ADDED);
    }

    @Test
    void aRevisionCannotBeRewrittenEvenInTheDatabase() {
        changes.save(nina, family, firstPlan());
        assertThatThrownBy(() -> jdbc.sql("update plans.revision set summary = 'edited' where household_id = :h")
                .param("h", family.value()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from plans.revision_activity where household_id = :h")
                .param("h", family.value()).update()).hasMessageContaining("append-only");
    }

    @Test
    void twoPeopleRevisingAtOnceDoNotOverwriteEachOther() {
        changes.save(nina, family, firstPlan());
        Plans.Plan plan = plans.open(nina, family).plan();
        PlanForm mine = new PlanForm(null, "Goal A", null, null, "Mine", 1, List.of(), List.of());
        PlanForm theirs = new PlanForm(null, "Goal B", null, null, "Theirs", 1, List.of(), List.of());
        changes.save(nina, family, mine);
        assertThatThrownBy(() -> changes.save(nina, family, theirs)).isInstanceOf(ConcurrentChange.class);
        assertThat(plans.open(nina, family).plan().shortTermGoals()).isEqualTo("Goal A");
        assertThat(plan.revision()).isEqualTo(1);
    }

    @Test
    void addingAnActivityMakesARevision() {
        changes.save(nina, family, firstPlan());
        UUID added = changes.addActivity(nina, family, new PlanChanges.NewActivity("Register at the job center", today.plusDays(5), null, null));
        Plans.Plan plan = plans.open(nina, family).plan();
        assertThat(plan.revision()).isEqualTo(2);
        assertThat(plan.activity(added).what()).isEqualTo("Register at the job center");
        assertThat(plans.revision(nina, family, 2).info().changeSummary()).isEqualTo("Added activity: Register at the job center");
        assertThatThrownBy(() -> changes.addActivity(nina, family, new PlanChanges.NewActivity("Late", today.minusDays(1), null, null)))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("dueOn");
    }

    @Test
    void activitiesMoveThroughTheirStatusesAndMilestonesAreReached() {
        changes.save(nina, family, firstPlan());
        Plans.Plan plan = plans.open(nina, family).plan();
        UUID workshop = plan.activities().get(0).id();
        UUID resume = plan.activities().get(1).id();
        changes.changeStatus(nina, family, workshop, new PlanChanges.StatusChange(ActivityStatus.IN_PROGRESS, null, null));
        changes.changeStatus(nina, family, workshop, new PlanChanges.StatusChange(ActivityStatus.DONE, today, null));
        assertThatThrownBy(() -> changes.changeStatus(nina, family, workshop, new PlanChanges.StatusChange(ActivityStatus.DONE, today, null)))
                .hasMessageContaining("already done");
        assertThatThrownBy(() -> changes.changeStatus(nina, family, resume, new PlanChanges.StatusChange(ActivityStatus.DROPPED, null, null)))
                .isInstanceOf(InvalidInput.class);
        changes.changeStatus(nina, family, resume, new PlanChanges.StatusChange(ActivityStatus.DROPPED, null, "Found a job first"));
        changes.reach(nina, family, plan.milestones().getFirst().id(), today);

        Plans.Plan after = plans.open(nina, family).plan();
        assertThat(after.activities()).extracting(Activity::status).containsExactly(ActivityStatus.DONE, ActivityStatus.DROPPED);
        assertThat(after.milestones().getFirst().reachedOn()).isEqualTo(today);
        assertThat(after.revision()).as("progress is not a revision").isEqualTo(1);
        assertThat(journey.timeline(nina, family)).extracting(e -> e.title())
                .contains("Employment plan written", "Activity done", "Milestone reached");
    }

    @Test
    void theParentsOwnWordsAreKeptWithWhoWroteThemDown() {
        changes.recordWords(nina, family, new PlanChanges.NewWords("I want a job where I can be home when the kids get off the bus.", null));
        assertThatThrownBy(() -> changes.recordWords(nina, family, new PlanChanges.NewWords(" ", null)))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("words");
        assertThatThrownBy(() -> changes.recordWords(nina, family, new PlanChanges.NewWords("Later", today.plusDays(1))))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("saidOn");
        var words = plans.open(nina, family).words();
        assertThat(words).singleElement().satisfies(w -> {
            assertThat(w.writtenDownBy()).isEqualTo("Test pl-navigator");
            assertThat(w.saidOn()).isEqualTo(today);
        });
    }

    @Test
    void aPlanIsForAnAdultInTheHousehold() {
        UUID child = households.addMember(nina, family, Fixtures.child("Leo", "Planwright", today.minusYears(4)));
        PlanForm forChild = new PlanForm(child, "Goal", null, null, null, 0, List.of(), List.of());
        assertThatThrownBy(() -> changes.save(nina, family, forChild)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("participantMemberId");
        PlanForm forStranger = new PlanForm(UUID.randomUUID(), "Goal", null, null, null, 0, List.of(), List.of());
        assertThatThrownBy(() -> changes.save(nina, family, forStranger)).hasMessageContaining("Choose someone in this household");
    }

    @Test
    void partnerStaffReadThePlanButDoNotChangeIt() {
        changes.save(nina, family, firstPlan());
        assertThat(plans.open(partner.viewer(), family).viewerMayEdit()).isFalse();
        assertThatThrownBy(() -> changes.save(partner.viewer(), family, firstPlan())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdueActivitiesAndThoseDueWithinAWeekReachToday() {
        changes.save(nina, family, firstPlan());
        UUID workshop = plans.open(nina, family).plan().activities().get(0).id();
        jdbc.sql("update plans.activity set due_on = :due where id = :id").param("due", today.minusDays(2)).param("id", workshop).update();
        var mine = journey.today(nina).stream().filter(a -> a.item().household().equals(family)).toList();
        assertThat(mine).extracting(a -> a.item().what()).containsExactly("Attend the job readiness workshop");
        assertThat(mine.getFirst().overdue()).isTrue();
        assertThat(mine.getFirst().item().link()).endsWith("/plan#activity-" + workshop);

        changes.changeStatus(nina, family, workshop, new PlanChanges.StatusChange(ActivityStatus.DONE, today, null));
        assertThat(journey.today(nina)).noneMatch(a -> a.item().household().equals(family));
    }

    @Test
    void everyReadAndChangeIsAudited() {
        changes.save(nina, family, firstPlan());
        plans.open(nina, family);
        plans.revision(nina, family, 1);
        List<String> actions = jdbc.sql("select action from audit.event where household_id = :h order by id")
                .param("h", family.value()).query(String.class).list();
        assertThat(actions).contains("PLAN_REVISED", "PLAN_VIEWED", "PLAN_REVISION_VIEWED");
    }
}
