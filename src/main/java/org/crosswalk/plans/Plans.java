package org.crosswalk.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's Individual Employment Plan: reading it, its revision history and what changed
 * between revisions. Changes go through {@link PlanChanges}. Every read is audited.
 */
@Service
public class Plans {

    /** The plan as it stands: the latest revision's goals, and activities and milestones as they are today. */
    public record Plan(HouseholdId household, UUID participantMemberId, String shortTermGoals, String longTermGoals,
                       PlanTrack track, int revision, List<Activity> activities, List<Milestone> milestones) {
        public List<String> shortTermGoalList() {
            return shortTermGoals.isEmpty() ? List.of() : shortTermGoals.lines().toList();
        }

        public List<String> longTermGoalList() {
            return longTermGoals.isEmpty() ? List.of() : longTermGoals.lines().toList();
        }

        public long count(ActivityStatus status) {
            return activities.stream().filter(a -> a.status() == status).count();
        }

        public long overdueCount(LocalDate today) {
            return activities.stream().filter(a -> a.overdueOn(today)).count();
        }

        public Activity activity(UUID id) {
            return activities.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(() -> new RecordNotFound("activity"));
        }

        public Milestone milestone(UUID id) {
            return milestones.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new RecordNotFound("milestone"));
        }
    }

    public record RevisionInfo(int number, OffsetDateTime savedAt, String author, String agency, String changeSummary) {}

    public record SnapshotActivity(UUID id, String what, LocalDate dueOn, Long ownerUserId, String owner, ActivityStatus status) {}

    public record SnapshotMilestone(UUID id, String what, LocalDate targetOn, LocalDate reachedOn) {}

    /** One revision, read-only: the plan exactly as it was saved. */
    public record Revision(RevisionInfo info, UUID participantMemberId, String shortTermGoals, String longTermGoals,
                           PlanTrack track, List<SnapshotActivity> activities, List<SnapshotMilestone> milestones) {
        public List<String> shortTermGoalList() {
            return shortTermGoals.isEmpty() ? List.of() : shortTermGoals.lines().toList();
        }

        public List<String> longTermGoalList() {
            return longTermGoals.isEmpty() ? List.of() : longTermGoals.lines().toList();
        }
    }

    public record ParentWords(UUID id, String words, LocalDate saidOn, String writtenDownBy, String agency, OffsetDateTime recordedAt) {}

    /** The plan page's content: the plan (null before one is written), its last revision and the parent's words. */
    public record Overview(HouseholdId household, Plan plan, RevisionInfo latest, int revisions, List<ParentWords> words,
                           boolean viewerMayEdit) {}

    public record DiffLine(Op op, String text) {
        public enum Op { KEPT, REMOVED, ADDED }
    }

    /** One thing that changed between two revisions; {@code lines} for goals, {@code details} otherwise. */
    public record Change(Kind kind, String label, String subject, List<String> details, List<DiffLine> lines) {
        public enum Kind { SHORT_TERM_GOALS, LONG_TERM_GOALS, TRACK, ACTIVITY_ADDED, ACTIVITY_CHANGED, MILESTONE_ADDED, MILESTONE_CHANGED }
    }

    public record Comparison(RevisionInfo from, RevisionInfo to, boolean participantChanged, UUID participantBefore,
                             UUID participantAfter, List<Change> changes) {
        public boolean same() {
            return !participantChanged && changes.isEmpty();
        }
    }

    private final PlanRepository repository;
    private final RevisionRepository revisions;
    private final HouseholdAccess access;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Plans(PlanRepository repository, RevisionRepository revisions, HouseholdAccess access, Organisation organisation,
          ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.revisions = revisions;
        this.access = access;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Overview open(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        Plan plan = current(household);
        RevisionInfo latest = plan == null ? null : info(revisions.revision(household, plan.revision()).orElseThrow(), names());
        touched(viewer, household, "PLAN_VIEWED", plan == null ? "no plan yet" : "revision " + plan.revision());
        return new Overview(household, plan, latest, plan == null ? 0 : plan.revision(), words(household),
                viewer.mayEditFamilies());
    }

    @Transactional
    public PageOf<RevisionInfo> history(Viewer viewer, HouseholdId household, int page, int size) {
        access.requireReadable(viewer, household);
        int count = latestRevision(viewer, household);
        int pageSize = Math.clamp(size, 1, 100);
        int from = Math.max(0, page);
        Names names = names();
        List<RevisionInfo> items = revisions.revisions(household, pageSize, (long) from * pageSize).stream()
                .map(row -> info(row, names)).toList();
        touched(viewer, household, "PLAN_HISTORY_VIEWED", items.size() + " revisions listed");
        return new PageOf<>(items, from, pageSize, count);
    }

    /** The current revision's number, 0 before a plan is written; for navigating between revisions. */
    @Transactional(readOnly = true)
    public int latestRevision(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        return repository.plan(household).map(PlanRepository.PlanRow::currentRevision).orElse(0);
    }

    @Transactional
    public Revision revision(Viewer viewer, HouseholdId household, int number) {
        access.requireReadable(viewer, household);
        Revision revision = snapshot(household, number);
        touched(viewer, household, "PLAN_REVISION_VIEWED", "revision " + number);
        return revision;
    }

    @Transactional
    public Comparison compare(Viewer viewer, HouseholdId household, int from, int to) {
        access.requireReadable(viewer, household);
        Comparison comparison = RevisionComparison.of(snapshot(household, from), snapshot(household, to));
        touched(viewer, household, "PLAN_REVISIONS_COMPARED", "revisions " + from + " and " + to);
        return comparison;
    }

    /** The live plan, or null; for this module's own checks, after access was decided. */
    Plan current(HouseholdId household) {
        return repository.plan(household).map(row -> {
            Map<Long, String> staff = organisation.staffNames();
            return new Plan(household, row.participantMemberId(), row.shortTermGoals(), row.longTermGoals(), row.track(),
                    row.currentRevision(), repository.activities(household, staff), repository.milestones(household));
        }).orElse(null);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Revision snapshot(HouseholdId household, int number) {
        var row = revisions.revision(household, number).orElseThrow(() -> new RecordNotFound("plan revision"));
        Names names = names();
        return new Revision(info(row, names), row.participantMemberId(), row.shortTermGoals(), row.longTermGoals(), row.track(),
                revisions.activitiesAt(household, number, names.staff()), revisions.milestonesAt(household, number));
    }

    private List<ParentWords> words(HouseholdId household) {
        Names names = names();
        return repository.words(household).stream().map(w -> new ParentWords(w.id(), w.words(), w.saidOn(),
                names.staff().get(w.writtenDownBy()), names.agency(w.agencyId()), w.recordedAt())).toList();
    }

    /** Staff and agency names, read once per request rather than once per row. */
    private record Names(Map<Long, String> staff, Map<Long, String> agencies) {
        String agency(Long id) {
            return id == null ? null : agencies.get(id);
        }
    }

    private Names names() {
        return new Names(organisation.staffNames(), organisation.agencyNames());
    }

    private static RevisionInfo info(RevisionRepository.RevisionRow row, Names names) {
        return new RevisionInfo(row.number(), row.savedAt(), names.staff().get(row.savedBy()),
                names.agency(row.savedByAgencyId()), row.summary());
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
