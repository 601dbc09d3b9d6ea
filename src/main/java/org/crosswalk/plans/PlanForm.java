package org.crosswalk.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The plan as the caseworker and parent write it: goals (one per line), an optional track, the
 * open activities and milestones (with their IDs) and new ones (without). Saving it makes a new
 * revision; {@code basedOnRevision} is the revision the writer started from (0 for a first plan),
 * so two people revising at once do not overwrite each other. Activities and milestones left out
 * stay as they are: an activity is removed from the plan by dropping it, with a reason.
 */
public record PlanForm(
        UUID participantMemberId,
        @Size(max = 2000, message = "Keep the short-term goals under 2,000 characters.") String shortTermGoals,
        @Size(max = 2000, message = "Keep the long-term goals under 2,000 characters.") String longTermGoals,
        PlanTrack track,
        @Size(max = 500, message = "Keep the summary under 500 characters.") String changeSummary,
        Integer basedOnRevision,
        @Valid @Size(max = 100, message = "A plan holds at most 100 activities.") List<ActivityLine> activities,
        @Valid @Size(max = 50, message = "A plan holds at most 50 milestones.") List<MilestoneLine> milestones) {

    /** An activity: {@code id} null for a new one; {@code ownerUserId} null when the parent does it. */
    public record ActivityLine(UUID id,
                               @Size(max = 300, message = "Keep it under 300 characters.") String what,
                               LocalDate dueOn, Long ownerUserId) {

        boolean blank() {
            return id == null && (what == null || what.isBlank()) && dueOn == null;
        }
    }

    public record MilestoneLine(UUID id,
                                @Size(max = 300, message = "Keep it under 300 characters.") String what,
                                LocalDate targetOn) {

        boolean blank() {
            return id == null && (what == null || what.isBlank()) && targetOn == null;
        }
    }

    static final int NEW_ACTIVITY_ROWS = 3;
    static final int NEW_MILESTONE_ROWS = 2;

    /** The form for revising {@code plan} (or writing the first), with blank rows for new lines. */
    static PlanForm toRevise(Plans.Plan plan) {
        List<ActivityLine> activities = new ArrayList<>();
        List<MilestoneLine> milestones = new ArrayList<>();
        if (plan != null) {
            plan.activities().stream().filter(a -> a.status().open())
                    .forEach(a -> activities.add(new ActivityLine(a.id(), a.what(), a.dueOn(), a.ownerUserId())));
            plan.milestones().stream().filter(m -> !m.reached())
                    .forEach(m -> milestones.add(new MilestoneLine(m.id(), m.what(), m.targetOn())));
        }
        return new PlanForm(plan == null ? null : plan.participantMemberId(),
                plan == null ? null : plan.shortTermGoals(), plan == null ? null : plan.longTermGoals(),
                plan == null ? null : plan.track(), null, plan == null ? 0 : plan.revision(),
                activities, milestones).withBlankRows();
    }

    /** The same form with empty rows appended, so a re-shown form still offers room for new lines. */
    PlanForm withBlankRows() {
        List<ActivityLine> a = new ArrayList<>(activities == null ? List.of() : activities);
        List<MilestoneLine> m = new ArrayList<>(milestones == null ? List.of() : milestones);
        long blankActivities = a.stream().filter(ActivityLine::blank).count();
        for (long i = blankActivities; i < NEW_ACTIVITY_ROWS; i++) {
            a.add(new ActivityLine(null, null, null, null));
        }
        long blankMilestones = m.stream().filter(MilestoneLine::blank).count();
        for (long i = blankMilestones; i < NEW_MILESTONE_ROWS; i++) {
            m.add(new MilestoneLine(null, null, null));
        }
        return new PlanForm(participantMemberId, shortTermGoals, longTermGoals, track, changeSummary, basedOnRevision, a, m);
    }
}
