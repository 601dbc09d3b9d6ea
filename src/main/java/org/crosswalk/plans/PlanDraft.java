package org.crosswalk.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.crosswalk.shared.InvalidInput;

/**
 * A {@link PlanForm} checked against the plan it revises: what is new, what changed, and whether
 * anything changed at all. Every rule names the form field it is about.
 */
record PlanDraft(UUID participantMemberId, String shortTermGoals, String longTermGoals, PlanTrack track,
                 String summary, List<ActivityLine> newActivities, List<ActivityLine> changedActivities,
                 List<MilestoneLine> newMilestones, List<MilestoneLine> changedMilestones) {

    record ActivityLine(UUID id, String what, LocalDate dueOn, Long ownerUserId) {}

    record MilestoneLine(UUID id, String what, LocalDate targetOn) {}

    static final String FIRST_SUMMARY = "First plan written with the parent.";
    static final int YEARS_AHEAD = 3;

    /** {@code current} is null for a first plan; {@code knownStaff} says whether a user may own an activity. */
    static PlanDraft check(PlanForm form, Plans.Plan current, LocalDate today, Predicate<Long> knownStaff) {
        String shortTerm = goals(form.shortTermGoals());
        String longTerm = goals(form.longTermGoals());
        if (shortTerm.isEmpty() && longTerm.isEmpty()) {
            throw new InvalidInput("shortTermGoals", "Write at least one goal, short-term or long-term.");
        }
        String summary = form.changeSummary() == null ? "" : form.changeSummary().strip();
        if (summary.isEmpty()) {
            if (current != null) {
                throw new InvalidInput("changeSummary", "Say in a few words what changed (for example: moved the GED class to March).");
            }
            summary = FIRST_SUMMARY;
        }
        Map<UUID, Activity> activities = current == null ? Map.of()
                : current.activities().stream().collect(Collectors.toMap(Activity::id, Function.identity()));
        Map<UUID, Milestone> milestones = current == null ? Map.of()
                : current.milestones().stream().collect(Collectors.toMap(Milestone::id, Function.identity()));
        List<ActivityLine> added = new ArrayList<>();
        List<ActivityLine> changed = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<PlanForm.ActivityLine> lines = form.activities() == null ? List.of() : form.activities();
        for (int i = 0; i < lines.size(); i++) {
            PlanForm.ActivityLine line = lines.get(i);
            if (line == null || line.blank()) {
                continue;
            }
            String field = "activities[" + i + "].";
            Activity before = line.id() == null ? null : activities.get(line.id());
            if (line.id() != null && (before == null || !seen.add(line.id()))) {
                throw new InvalidInput(field + "what", "This activity is not on the plan; reload the page and try again.");
            }
            if (before != null && !before.status().open()) {
                throw new InvalidInput(field + "what", "This activity is " + before.status().label().toLowerCase() + "; it can no longer be changed.");
            }
            String what = text(line.what(), field + "what", before == null ? "Describe the activity, or leave the row empty."
                    : "An activity needs a description; to take it off the plan, drop it with a reason.");
            boolean newDue = before == null || !Objects.equals(before.dueOn(), line.dueOn());
            checkDate(line.dueOn(), newDue, today, field + "dueOn", "Give it a due date.", "A due date cannot be in the past.");
            if (line.ownerUserId() != null && !knownStaff.test(line.ownerUserId())) {
                throw new InvalidInput(field + "ownerUserId", "Choose who does it from the list.");
            }
            ActivityLine checked = new ActivityLine(line.id(), what, line.dueOn(), line.ownerUserId());
            if (before == null) {
                added.add(checked);
            } else if (!what.equals(before.what()) || newDue || !Objects.equals(before.ownerUserId(), line.ownerUserId())) {
                changed.add(checked);
            }
        }
        List<MilestoneLine> addedMilestones = new ArrayList<>();
        List<MilestoneLine> changedMilestones = new ArrayList<>();
        List<PlanForm.MilestoneLine> steps = form.milestones() == null ? List.of() : form.milestones();
        for (int i = 0; i < steps.size(); i++) {
            PlanForm.MilestoneLine line = steps.get(i);
            if (line == null || line.blank()) {
                continue;
            }
            String field = "milestones[" + i + "].";
            Milestone before = line.id() == null ? null : milestones.get(line.id());
            if (line.id() != null && (before == null || !seen.add(line.id()))) {
                throw new InvalidInput(field + "what", "This milestone is not on the plan; reload the page and try again.");
            }
            if (before != null && before.reached()) {
                throw new InvalidInput(field + "what", "This milestone was reached; it can no longer be changed.");
            }
            String what = text(line.what(), field + "what", "Describe the milestone, or leave the row empty.");
            boolean newTarget = before == null || !Objects.equals(before.targetOn(), line.targetOn());
            checkDate(line.targetOn(), newTarget, today, field + "targetOn", "Give it a target date.", "A target date cannot be in the past.");
            MilestoneLine checked = new MilestoneLine(line.id(), what, line.targetOn());
            if (before == null) {
                addedMilestones.add(checked);
            } else if (!what.equals(before.what()) || newTarget) {
                changedMilestones.add(checked);
            }
        }
        PlanDraft draft = new PlanDraft(form.participantMemberId(), shortTerm, longTerm, form.track(), summary,
                added, changed, addedMilestones, changedMilestones);
        if (current != null && !draft.changes(current)) {
            throw new InvalidInput("changeSummary", "Nothing in the plan changed since revision " + current.revision() + ", so there is nothing to save.");
        }
        return draft;
    }

    boolean changes(Plans.Plan current) {
        return !Objects.equals(participantMemberId, current.participantMemberId())
                || !shortTermGoals.equals(current.shortTermGoals()) || !longTermGoals.equals(current.longTermGoals())
                || track != current.track() || !newActivities.isEmpty() || !changedActivities.isEmpty()
                || !newMilestones.isEmpty() || !changedMilestones.isEmpty();
    }

    /** One goal per line: lines trimmed, empty lines dropped. */
    static String goals(String text) {
        if (text == null) {
            return "";
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static String text(String value, String field, String whenMissing) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, whenMissing);
        }
        return value.strip();
    }

    /** A date the caseworker sets now must be ahead of us, and not absurdly far. */
    private static void checkDate(LocalDate date, boolean setNow, LocalDate today, String field, String whenMissing, String whenPast) {
        if (date == null) {
            throw new InvalidInput(field, whenMissing);
        }
        if (setNow && date.isBefore(today)) {
            throw new InvalidInput(field, whenPast);
        }
        if (setNow && date.isAfter(today.plusYears(YEARS_AHEAD))) {
            throw new InvalidInput(field, "Check the year: that is more than " + YEARS_AHEAD + " years ahead.");
        }
    }
}
