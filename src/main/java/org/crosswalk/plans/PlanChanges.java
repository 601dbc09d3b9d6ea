package org.crosswalk.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and revising a household's plan. Every change to what the plan says (goals, track,
 * activities, milestones) is a new revision; progress (an activity started, done or dropped, a
 * milestone reached) and the parent's words are recorded on the live plan without one.
 */
@Service
public class PlanChanges {

    public record NewActivity(String what, LocalDate dueOn, Long ownerUserId, String changeSummary) {}

    public record StatusChange(ActivityStatus status, LocalDate on, String reason) {}

    public record NewWords(String words, LocalDate saidOn) {}

    static final int MAX_WORDS = 2000;

    private final Plans plans;
    private final PlanRepository repository;
    private final RevisionRepository revisions;
    private final HouseholdAccess access;
    private final Households households;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;

    PlanChanges(Plans plans, PlanRepository repository, RevisionRepository revisions, HouseholdAccess access,
                Households households, Organisation organisation, ApplicationEventPublisher events) {
        this.plans = plans;
        this.repository = repository;
        this.revisions = revisions;
        this.access = access;
        this.households = households;
        this.organisation = organisation;
        this.events = events;
    }

    /** Saves the plan as a new revision and returns its number. */
    @Transactional
    public int save(Viewer viewer, HouseholdId household, PlanForm form) {
        access.requireEditable(viewer, household);
        Plans.Plan current = plans.current(household);
        int basedOn = form.basedOnRevision() == null ? -1 : form.basedOnRevision();
        if (current == null && basedOn > 0 || current != null && basedOn != current.revision()) {
            if (current != null && basedOn < 0) {
                throw new InvalidInput("basedOnRevision", "Send the revision this change starts from (now " + current.revision() + ").");
            }
            throw new ConcurrentChange("This plan");
        }
        PlanDraft draft = PlanDraft.check(form, current, plans.today(), this::mayOwnActivities);
        draft = new PlanDraft(participant(viewer, household, draft.participantMemberId()), draft.shortTermGoals(),
                draft.longTermGoals(), draft.track(), draft.summary(), draft.newActivities(), draft.changedActivities(),
                draft.newMilestones(), draft.changedMilestones());
        int revision = current == null ? 1 : current.revision() + 1;
        boolean saved = current == null ? repository.insertPlan(household, draft) : repository.advancePlan(household, current.revision(), draft);
        if (!saved) {
            throw new ConcurrentChange("This plan");
        }
        draft.changedActivities().forEach(line -> repository.updateActivity(household, line));
        int position = current == null ? 0 : current.activities().stream().mapToInt(Activity::position).max().orElse(0);
        for (PlanDraft.ActivityLine line : draft.newActivities()) {
            repository.insertActivity(household, UUID.randomUUID(), ++position, line, revision);
        }
        draft.changedMilestones().forEach(line -> repository.updateMilestone(household, line));
        position = current == null ? 0 : current.milestones().stream().mapToInt(Milestone::position).max().orElse(0);
        for (PlanDraft.MilestoneLine line : draft.newMilestones()) {
            repository.insertMilestone(household, UUID.randomUUID(), ++position, line, revision);
        }
        revisions.snapshot(household, revision, viewer, draft.summary());
        touched(viewer, household, "PLAN_REVISED", "revision " + revision);
        return revision;
    }

    /** Adds one activity to the plan: a revision like any other change to what the plan says. */
    @Transactional
    public UUID addActivity(Viewer viewer, HouseholdId household, NewActivity activity) {
        access.requireEditable(viewer, household);
        Plans.Plan current = plans.current(household);
        if (current == null) {
            throw new InvalidInput("what", "Write the plan's goals first; activities belong to a plan.");
        }
        if (activity.what() == null || activity.what().isBlank()) {
            throw new InvalidInput("what", "Describe the activity.");
        }
        PlanForm form = PlanForm.toRevise(current);
        List<PlanForm.ActivityLine> lines = new ArrayList<>(form.activities().stream().filter(l -> l.id() != null).toList());
        lines.add(new PlanForm.ActivityLine(null, activity.what(), activity.dueOn(), activity.ownerUserId()));
        String summary = activity.changeSummary() == null || activity.changeSummary().isBlank()
                ? "Added activity: " + abbreviate(activity.what().strip()) : activity.changeSummary();
        try {
            save(viewer, household, new PlanForm(current.participantMemberId(), current.shortTermGoals(), current.longTermGoals(),
                    current.track(), summary, current.revision(), lines, form.milestones().stream().filter(l -> l.id() != null).toList()));
        } catch (InvalidInput e) {
            // The form's row names mean nothing to a caller who sent one activity.
            throw new InvalidInput(e.field().replaceFirst("^activities\\[\\d+]\\.", ""), e.getMessage());
        }
        return plans.current(household).activities().getLast().id();
    }

    @Transactional
    public Activity changeStatus(Viewer viewer, HouseholdId household, UUID activityId, StatusChange change) {
        access.requireEditable(viewer, household);
        Activity before = plan(household).activity(activityId);
        Activity after = before.changeTo(change.status(), change.on(), change.reason(), plans.today());
        if (!repository.changeStatus(household, before.status(), after, viewer)) {
            throw new ConcurrentChange("This activity");
        }
        touched(viewer, household, "PLAN_ACTIVITY_" + after.status().name(), "activity " + activityId);
        return after;
    }

    @Transactional
    public Milestone reach(Viewer viewer, HouseholdId household, UUID milestoneId, LocalDate on) {
        access.requireEditable(viewer, household);
        Milestone reached = plan(household).milestone(milestoneId).reach(on, plans.today());
        if (!repository.reach(household, reached, viewer)) {
            throw new ConcurrentChange("This milestone");
        }
        touched(viewer, household, "PLAN_MILESTONE_REACHED", "milestone " + milestoneId);
        return reached;
    }

    /** "In my words": what the parent said, on the day they said it, and who wrote it down. */
    @Transactional
    public UUID recordWords(Viewer viewer, HouseholdId household, NewWords words) {
        access.requireEditable(viewer, household);
        if (words.words() == null || words.words().isBlank()) {
            throw new InvalidInput("words", "Write down what the parent said, in their words.");
        }
        if (words.words().strip().length() > MAX_WORDS) {
            throw new InvalidInput("words", "Keep it under 2,000 characters.");
        }
        LocalDate today = plans.today();
        LocalDate saidOn = words.saidOn() == null ? today : words.saidOn();
        if (saidOn.isAfter(today)) {
            throw new InvalidInput("saidOn", "The day they said it cannot be in the future.");
        }
        UUID id = UUID.randomUUID();
        repository.insertWords(household, id, words.words().strip(), saidOn, viewer);
        touched(viewer, household, "PARENT_WORDS_RECORDED", "said on " + saidOn);
        return id;
    }

    private Plans.Plan plan(HouseholdId household) {
        Plans.Plan plan = plans.current(household);
        if (plan == null) {
            throw new RecordNotFound("plan");
        }
        return plan;
    }

    /** The plan is for the head of household (null) unless it names another adult in the household. */
    private UUID participant(Viewer viewer, HouseholdId household, UUID memberId) {
        if (memberId == null) {
            return null;
        }
        Households.Member member;
        try {
            member = households.forEditing(viewer, household).member(memberId);
        } catch (RecordNotFound e) {
            throw new InvalidInput("participantMemberId", "Choose someone in this household.");
        }
        if (member.relationship() == Relationship.SELF) {
            return null;
        }
        if (member.relationship() == Relationship.CHILD || member.age() != null && member.age() < 18) {
            throw new InvalidInput("participantMemberId", "A plan is for an adult in the household.");
        }
        return memberId;
    }

    /** Activities are done by the parent or by staff who work with families. */
    private boolean mayOwnActivities(long userId) {
        try {
            var staff = organisation.staffMember(userId);
            return staff.enabled() && staff.role().worksWithFamilies();
        } catch (RecordNotFound e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
