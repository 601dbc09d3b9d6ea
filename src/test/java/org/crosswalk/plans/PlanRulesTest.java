package org.crosswalk.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.plans.Plans.DiffLine;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The plan's rules without a database: activity and milestone changes, what a save may contain, and diffs. */
class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static Activity planned(String what, LocalDate due) {
        return new Activity(UUID.randomUUID(), 1, what, due, null, "The parent", ActivityStatus.PLANNED, null, null, null, null);
    }

    @Nested
    class Activities {

        @Test
        void aPlannedActivityIsStartedThenDone() {
            Activity started = planned("Get a state ID", TODAY.plusDays(5)).changeTo(ActivityStatus.IN_PROGRESS, null, null, TODAY);
            assertThat(started.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
            assertThat(started.startedOn()).isEqualTo(TODAY);
            Activity done = started.changeTo(ActivityStatus.DONE, TODAY, null, TODAY);
            assertThat(done.status()).isEqualTo(ActivityStatus.DONE);
            assertThat(done.completedOn()).isEqualTo(TODAY);
            assertThat(done.startedOn()).isEqualTo(TODAY);
        }

        @Test
        void doneNeedsACompletionDateThatIsNotInTheFuture() {
            Activity activity = planned("Get a state ID", TODAY);
            assertThatThrownBy(() -> activity.changeTo(ActivityStatus.DONE, null, null, TODAY))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("date it was done")
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("on");
            assertThatThrownBy(() -> activity.changeTo(ActivityStatus.DONE, TODAY.plusDays(1), null, TODAY))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("future");
            assertThat(activity.changeTo(ActivityStatus.DONE, TODAY.minusDays(3), null, TODAY).completedOn()).isEqualTo(TODAY.minusDays(3));
        }

        @Test
        void cannotBeDoneBeforeItStarted() {
            Activity started = planned("Resume", TODAY).changeTo(ActivityStatus.IN_PROGRESS, TODAY.minusDays(2), null, TODAY);
            assertThatThrownBy(() -> started.changeTo(ActivityStatus.DONE, TODAY.minusDays(5), null, TODAY))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("cannot be done before that");
        }

        @Test
        void droppingNeedsAReason() {
            Activity activity = planned("Forklift course", TODAY);
            assertThatThrownBy(() -> activity.changeTo(ActivityStatus.DROPPED, null, "  ", TODAY))
                    .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("reason");
            Activity dropped = activity.changeTo(ActivityStatus.DROPPED, null, " The class was cancelled ", TODAY);
            assertThat(dropped.droppedReason()).isEqualTo("The class was cancelled");
            assertThat(dropped.droppedOn()).isEqualTo(TODAY);
        }

        @Test
        void doneAndDroppedAreFinal() {
            Activity done = planned("Resume", TODAY).changeTo(ActivityStatus.DONE, TODAY, null, TODAY);
            assertThatThrownBy(() -> done.changeTo(ActivityStatus.DONE, TODAY, null, TODAY)).hasMessageContaining("already done");
            assertThatThrownBy(() -> done.changeTo(ActivityStatus.DROPPED, null, "x", TODAY)).hasMessageContaining("already done");
            Activity dropped = planned("Resume", TODAY).changeTo(ActivityStatus.DROPPED, null, "Moved", TODAY);
            assertThatThrownBy(() -> dropped.changeTo(ActivityStatus.IN_PROGRESS, null, null, TODAY)).hasMessageContaining("dropped");
        }

        @Test
        void cannotGoBackToPlannedOrStartTwice() {
            Activity started = planned("Resume", TODAY).changeTo(ActivityStatus.IN_PROGRESS, null, null, TODAY);
            assertThatThrownBy(() -> started.changeTo(ActivityStatus.PLANNED, null, null, TODAY)).hasMessageContaining("cannot go back");
            assertThatThrownBy(() -> started.changeTo(ActivityStatus.IN_PROGRESS, null, null, TODAY)).hasMessageContaining("already in progress");
            assertThatThrownBy(() -> started.changeTo(null, null, null, TODAY)).extracting(e -> ((InvalidInput) e).field()).isEqualTo("status");
        }

        @Test
        void overdueMeansOpenAndPastItsDueDate() {
            assertThat(planned("a", TODAY.minusDays(1)).overdueOn(TODAY)).isTrue();
            assertThat(planned("a", TODAY).overdueOn(TODAY)).isFalse();
            assertThat(planned("a", TODAY.minusDays(1)).changeTo(ActivityStatus.DONE, TODAY, null, TODAY).overdueOn(TODAY)).isFalse();
            assertThat(planned("a", TODAY.plusDays(7)).dueWithin(7, TODAY)).isTrue();
            assertThat(planned("a", TODAY.plusDays(8)).dueWithin(7, TODAY)).isFalse();
        }
    }

    @Nested
    class Milestones {

        @Test
        void aMilestoneIsReachedOnceOnADayNotInTheFuture() {
            Milestone interview = new Milestone(UUID.randomUUID(), 1, "First interview", TODAY.plusDays(10), null);
            assertThatThrownBy(() -> interview.reach(TODAY.plusDays(1), TODAY)).hasMessageContaining("future");
            assertThatThrownBy(() -> interview.reach(null, TODAY)).hasMessageContaining("Enter the date");
            Milestone reached = interview.reach(TODAY, TODAY);
            assertThat(reached.reached()).isTrue();
            assertThatThrownBy(() -> reached.reach(TODAY, TODAY)).hasMessageContaining("already reached on 03/02/2026");
        }
    }

    @Nested
    class Saving {

        static PlanForm form(String shortTerm, String summary, Integer basedOn, List<PlanForm.ActivityLine> activities) {
            return new PlanForm(null, shortTerm, null, PlanTrack.SKILLS_TRAINING, summary, basedOn, activities, List.of());
        }

        static Plans.Plan plan(List<Activity> activities) {
            return new Plans.Plan(HouseholdId.random(), null, "Enroll in CNA course", "", PlanTrack.SKILLS_TRAINING, 2, activities, List.of());
        }

        @Test
        void aPlanNeedsAGoal() {
            assertThatThrownBy(() -> PlanDraft.check(form(" \n ", null, 0, List.of()), null, TODAY, id -> true))
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("shortTermGoals");
        }

        @Test
        void goalsAreOnePerLineWithEmptyLinesDropped() {
            PlanDraft draft = PlanDraft.check(form("  Get ID \n\n Open a bank account  ", null, 0, List.of()), null, TODAY, id -> true);
            assertThat(draft.shortTermGoals()).isEqualTo("Get ID\nOpen a bank account");
            assertThat(draft.summary()).isEqualTo(PlanDraft.FIRST_SUMMARY);
        }

        @Test
        void emptyActivityRowsAreSkippedAndHalfFilledOnesAreNot() {
            var lines = List.of(new PlanForm.ActivityLine(null, null, null, null),
                    new PlanForm.ActivityLine(null, "Get a state ID", TODAY.plusDays(7), null),
                    new PlanForm.ActivityLine(null, "", TODAY.plusDays(7), null));
            assertThatThrownBy(() -> PlanDraft.check(form("Goal", null, 0, lines), null, TODAY, id -> true))
                    .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("activities[2].what");
            var draft = PlanDraft.check(form("Goal", null, 0, lines.subList(0, 2)), null, TODAY, id -> true);
            assertThat(draft.newActivities()).extracting(PlanDraft.ActivityLine::what).containsExactly("Get a state ID");
        }

        @Test
        void aNewActivityNeedsADueDateThatIsNotPastAndSomeoneFromTheList() {
            assertThatThrownBy(() -> PlanDraft.check(form("Goal", null, 0, List.of(new PlanForm.ActivityLine(null, "Resume", null, null))), null, TODAY, id -> true))
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("activities[0].dueOn");
            assertThatThrownBy(() -> PlanDraft.check(form("Goal", null, 0, List.of(new PlanForm.ActivityLine(null, "Resume", TODAY.minusDays(1), null))), null, TODAY, id -> true))
                    .hasMessageContaining("past");
            assertThatThrownBy(() -> PlanDraft.check(form("Goal", null, 0, List.of(new PlanForm.ActivityLine(null, "Resume", TODAY.plusYears(4), null))), null, TODAY, id -> true))
                    .hasMessageContaining("Check the year");
            assertThatThrownBy(() -> PlanDraft.check(form("Goal", null, 0, List.of(new PlanForm.ActivityLine(null, "Resume", TODAY, 999L))), null, TODAY, id -> false))
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("activities[0].ownerUserId");
        }

        @Test
        void anOverdueActivityKeepsItsDueDateWhenOtherThingsChange() {
            Activity late = planned("Get a state ID", TODAY.minusDays(3));
            var lines = List.of(new PlanForm.ActivityLine(late.id(), "Get a state ID at the DMV", late.dueOn(), null));
            var draft = PlanDraft.check(form("Enroll in CNA course", "Clearer wording", 2, lines), plan(List.of(late)), TODAY, id -> true);
            assertThat(draft.changedActivities()).extracting(PlanDraft.ActivityLine::what).containsExactly("Get a state ID at the DMV");
        }

        @Test
        void aDoneActivityCannotBeRewritten() {
            Activity done = planned("Resume", TODAY).changeTo(ActivityStatus.DONE, TODAY, null, TODAY);
            var lines = List.of(new PlanForm.ActivityLine(done.id(), "Resume, second version", TODAY.plusDays(3), null));
            assertThatThrownBy(() -> PlanDraft.check(form("Goal", "x", 2, lines), plan(List.of(done)), TODAY, id -> true))
                    .hasMessageContaining("done; it can no longer be changed");
        }

        @Test
        void aRevisionSaysWhatChangedAndMustChangeSomething() {
            assertThatThrownBy(() -> PlanDraft.check(form("Enroll in CNA course", " ", 2, List.of()), plan(List.of()), TODAY, id -> true))
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("changeSummary");
            assertThatThrownBy(() -> PlanDraft.check(form("Enroll in CNA course", "Nothing really", 2, List.of()), plan(List.of()), TODAY, id -> true))
                    .hasMessageContaining("Nothing in the plan changed since revision 2");
        }

        @Test
        void anActivityFromAnotherPlanIsRefused() {
            var lines = List.of(new PlanForm.ActivityLine(UUID.randomUUID(), "Resume", TODAY, null));
            assertThatThrownBy(() -> PlanDraft.check(form("Goal", "x", 2, lines), plan(List.of()), TODAY, id -> true))
                    .hasMessageContaining("not on the plan");
        }
    }

    @Nested
    class Differences {

        @Test
        void linesKeptRemovedAndAdded() {
            assertThat(LineDiff.between("Get ID\nOpen a bank account\nFind child care", "Get ID\nFind child care\nGet a bus pass"))
                    .containsExactly(new DiffLine(DiffLine.Op.KEPT, "Get ID"), new DiffLine(DiffLine.Op.REMOVED, "Open a bank account"),
                            new DiffLine(DiffLine.Op.KEPT, "Find child care"), new DiffLine(DiffLine.Op.ADDED, "Get a bus pass"));
            assertThat(LineDiff.between("", "New goal")).containsExactly(new DiffLine(DiffLine.Op.ADDED, "New goal"));
        }

        @Test
        void aComparisonNamesEachChangeInTheCaseworkersWords() {
            UUID id = UUID.randomUUID();
            var info1 = new Plans.RevisionInfo(1, null, "Nina", null, "First");
            var info2 = new Plans.RevisionInfo(2, null, "Nina", null, "Second");
            var before = new Plans.Revision(info1, null, "Get ID", "", PlanTrack.JOB_READINESS_TRAINING,
                    List.of(new Plans.SnapshotActivity(id, "Resume", TODAY, null, "The parent", ActivityStatus.PLANNED)), List.of());
            var after = new Plans.Revision(info2, null, "Get ID\nGet a bus pass", "", PlanTrack.IMMEDIATE_JOB_SEARCH,
                    List.of(new Plans.SnapshotActivity(id, "Resume", TODAY.plusDays(14), null, "The parent", ActivityStatus.DONE),
                            new Plans.SnapshotActivity(UUID.randomUUID(), "Mock interview", TODAY, 7L, "Nina", ActivityStatus.PLANNED)),
                    List.of(new Plans.SnapshotMilestone(UUID.randomUUID(), "First interview", TODAY, null)));
            var comparison = RevisionComparison.of(before, after);
            assertThat(comparison.same()).isFalse();
            assertThat(comparison.changes()).extracting(Plans.Change::kind).containsExactly(Plans.Change.Kind.SHORT_TERM_GOALS,
                    Plans.Change.Kind.TRACK, Plans.Change.Kind.ACTIVITY_CHANGED, Plans.Change.Kind.ACTIVITY_ADDED, Plans.Change.Kind.MILESTONE_ADDED);
            assertThat(comparison.changes().get(1).details()).containsExactly("Job readiness training → Immediate job search");
            assertThat(comparison.changes().get(2).details()).containsExactly("due: 03/02/2026 → 03/16/2026", "status: Planned → Done");
            assertThat(RevisionComparison.of(before, before).same()).isTrue();
        }
    }
}
