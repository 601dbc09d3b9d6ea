package org.crosswalk.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosswalk.plans.Plans.Change;
import org.crosswalk.plans.Plans.Change.Kind;
import org.crosswalk.plans.Plans.Revision;
import org.crosswalk.plans.Plans.SnapshotActivity;
import org.crosswalk.plans.Plans.SnapshotMilestone;

/** What changed from one revision of a plan to another, in the words a caseworker would use. */
final class RevisionComparison {

    private RevisionComparison() {
    }

    static Plans.Comparison of(Revision from, Revision to) {
        List<Change> changes = new ArrayList<>();
        if (!from.shortTermGoals().equals(to.shortTermGoals())) {
            changes.add(new Change(Kind.SHORT_TERM_GOALS, "Short-term goals", null, List.of(),
                    LineDiff.between(from.shortTermGoals(), to.shortTermGoals())));
        }
        if (!from.longTermGoals().equals(to.longTermGoals())) {
            changes.add(new Change(Kind.LONG_TERM_GOALS, "Long-term goals", null, List.of(),
                    LineDiff.between(from.longTermGoals(), to.longTermGoals())));
        }
        if (from.track() != to.track()) {
            changes.add(new Change(Kind.TRACK, "Track", null,
                    List.of(track(from.track()) + " → " + track(to.track())), List.of()));
        }
        Map<UUID, SnapshotActivity> before = from.activities().stream()
                .collect(Collectors.toMap(SnapshotActivity::id, Function.identity()));
        for (SnapshotActivity after : to.activities()) {
            SnapshotActivity was = before.get(after.id());
            if (was == null) {
                changes.add(new Change(Kind.ACTIVITY_ADDED, "Activity added", after.what(),
                        List.of("due " + date(after.dueOn()) + ", " + after.owner() + ", " + after.status().label().toLowerCase()), List.of()));
                continue;
            }
            List<String> details = new ArrayList<>();
            difference(details, "description", was.what(), after.what());
            difference(details, "due", date(was.dueOn()), date(after.dueOn()));
            difference(details, "who", was.owner(), after.owner());
            difference(details, "status", was.status().label(), after.status().label());
            if (!details.isEmpty()) {
                changes.add(new Change(Kind.ACTIVITY_CHANGED, "Activity changed", after.what(), details, List.of()));
            }
        }
        Map<UUID, SnapshotMilestone> steps = from.milestones().stream()
                .collect(Collectors.toMap(SnapshotMilestone::id, Function.identity()));
        for (SnapshotMilestone after : to.milestones()) {
            SnapshotMilestone was = steps.get(after.id());
            if (was == null) {
                changes.add(new Change(Kind.MILESTONE_ADDED, "Milestone added", after.what(),
                        List.of("target " + date(after.targetOn())
                                + (after.reachedOn() == null ? "" : ", reached " + date(after.reachedOn()))), List.of()));
                continue;
            }
            List<String> details = new ArrayList<>();
            difference(details, "description", was.what(), after.what());
            difference(details, "target", date(was.targetOn()), date(after.targetOn()));
            difference(details, "reached", date(was.reachedOn()), date(after.reachedOn()));
            if (!details.isEmpty()) {
                changes.add(new Change(Kind.MILESTONE_CHANGED, "Milestone changed", after.what(), details, List.of()));
            }
        }
        boolean participantChanged = !Objects.equals(from.participantMemberId(), to.participantMemberId());
        return new Plans.Comparison(from.info(), to.info(), participantChanged, from.participantMemberId(),
                to.participantMemberId(), changes);
    }

    private static void difference(List<String> details, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            details.add(what + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    private static String track(PlanTrack track) {
        return track == null ? "no track" : track.label();
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.format(Activity.US_DATE);
    }
}
