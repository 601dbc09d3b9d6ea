package org.crosswalk.employment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.employment.employers.Employers;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's jobs: placements, "better job" recognition and retention check-ins. Every read
 * and change is access-checked through families and audited.
 */
@Service
public class Jobs {

    private final PlacementRepository placements;
    private final TrainingRepository training;
    private final FamilyReader families;
    private final Organisation organisation;
    private final Employers employers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Jobs(PlacementRepository placements, TrainingRepository training, FamilyReader families, Organisation organisation,
         Employers employers, ApplicationEventPublisher events, Clock clock) {
        this.placements = placements;
        this.training = training;
        this.families = families;
        this.organisation = organisation;
        this.employers = employers;
        this.events = events;
        this.clock = clock;
    }

    /** A check-in with the job it asks about. */
    public record Pending(Placement placement, RetentionCheckIn checkIn) {}

    public record Overview(Family family, List<Placement> placements, List<Pending> overdue, List<Pending> dueNow,
                           List<Training.Enrollment> training, List<Training.Credential> credentials, LocalDate today) {}

    public record JobOf(Family family, Placement placement) {}

    public record CheckInOf(Family family, Placement placement, RetentionCheckIn checkIn) {}

    @Transactional
    public Overview overview(Viewer viewer, HouseholdId household) {
        Family family = families.readable(viewer, household);
        LocalDate today = LocalDate.now(clock);
        List<Placement> jobs = assemble(family);
        List<Pending> pending = jobs.stream()
                .flatMap(p -> p.checkIns().stream().map(c -> new Pending(p, c)))
                .sorted(Comparator.comparing((Pending p) -> p.checkIn().dueOn()))
                .toList();
        touched(viewer, household, "JOBS_VIEWED", null);
        return new Overview(family, jobs,
                pending.stream().filter(p -> p.checkIn().status(today) == RetentionCheckIn.Status.OVERDUE).toList(),
                pending.stream().filter(p -> p.checkIn().status(today) == RetentionCheckIn.Status.DUE).toList(),
                training.enrollments(household, family), training.credentials(household, family), today);
    }

    /** The household and the people who may hold a job, for the forms. */
    @Transactional
    public Family familyForEditing(Viewer viewer, HouseholdId household) {
        return families.editable(viewer, household);
    }

    @Transactional
    public UUID recordPlacement(Viewer viewer, HouseholdId household, PlacementForm form) {
        Family family = families.editable(viewer, household);
        NewPlacement job = NewPlacement.checked(form, family.workingAge(), employers::nameOf, LocalDate.now(clock));
        if (job.heldAtEnrollment()) {
            placements.heldAtEnrollment(job.memberId()).ifPresent(held -> {
                throw heldAlready(held.occupation(), held.employerName());
            });
        }
        UUID id = UUID.randomUUID();
        try {
            placements.insert(id, household, job, viewer.userId());
        } catch (DuplicateKeyException e) {
            throw heldAlready("another job", "an employer");
        }
        touched(viewer, household, "PLACEMENT_RECORDED", job.occupation() + " at " + job.employerName() + " from "
                + job.startedOn() + (job.heldAtEnrollment() ? " (held at enrollment)" : ""));
        return id;
    }

    @Transactional
    public JobOf placement(Viewer viewer, HouseholdId household, UUID placement) {
        Family family = families.editable(viewer, household);
        return new JobOf(family, find(family, placement));
    }

    @Transactional
    public void endPlacement(Viewer viewer, HouseholdId household, UUID placement, EndPlacementForm form) {
        families.editable(viewer, household);
        var row = placements.placement(household, placement).orElseThrow(() -> new RecordNotFound("job"));
        Placement.Ending ending = Placement.checkedEnd(row.startedOn(), row.endedOn(), form, LocalDate.now(clock));
        if (!placements.end(household, placement, ending, viewer.userId())) {
            throw new InvalidInput("endedOn", "This job was ended by someone else meanwhile. Reload to see it.");
        }
        touched(viewer, household, "PLACEMENT_ENDED", row.occupation() + " at " + row.employerName() + ", last day "
                + ending.endedOn() + ": " + ending.reasonLeft().label());
    }

    @Transactional
    public CheckInOf checkIn(Viewer viewer, HouseholdId household, UUID checkIn) {
        Family family = families.editable(viewer, household);
        return assemble(family).stream().flatMap(p -> p.checkIns().stream().map(c -> new CheckInOf(family, p, c)))
                .filter(p -> p.checkIn().id().equals(checkIn)).findFirst()
                .orElseThrow(() -> new RecordNotFound("check-in"));
    }

    @Transactional
    public void answerCheckIn(Viewer viewer, HouseholdId household, UUID checkIn, CheckInForm form) {
        families.editable(viewer, household);
        RetentionCheckIn current = placements.checkIn(household, checkIn, Map.of())
                .orElseThrow(() -> new RecordNotFound("check-in"));
        RetentionCheckIn.Answer answer = current.checkedAnswer(form, LocalDate.now(clock));
        if (!placements.answer(checkIn, answer, viewer.userId())) {
            throw new InvalidInput("answeredOn", "This check-in was answered by someone else meanwhile; an answer is kept as given.");
        }
        touched(viewer, household, "CHECKIN_ANSWERED", current.label() + ": " + (answer.stillEmployed()
                ? "working" + (answer.sameEmployer() ? ", same employer" : ", another employer") : "not working"));
    }

    /** Placements with their meaning for the goal and their check-ins, newest first. */
    private List<Placement> assemble(Family family) {
        Map<Long, String> staff = organisation.staffNames();
        var rows = placements.placements(family.id());
        Map<UUID, List<RetentionCheckIn>> checkIns = placements.checkIns(family.id(), staff).stream()
                .collect(Collectors.groupingBy(RetentionCheckIn::placementId));
        Map<UUID, Money> atEnrollment = rows.stream().filter(PlacementRepository.PlacementRow::heldAtEnrollment)
                .collect(Collectors.toMap(PlacementRepository.PlacementRow::memberId,
                        PlacementRepository.PlacementRow::monthlyEarnings));
        return rows.stream().map(r -> {
            Money before = atEnrollment.get(r.memberId());
            JobKind kind = JobKind.of(r.heldAtEnrollment(), r.monthlyEarnings(), before);
            Money gain = r.heldAtEnrollment() || before == null ? null
                    : new Money(r.monthlyEarnings().cents() - before.cents());
            return new Placement(r.id(), r.memberId(), family.nameOf(r.memberId()), r.employerId(), r.employerName(),
                    r.occupation(), r.hourlyWage(), r.hoursPerWeek(), r.monthlyEarnings(), r.schedule(), r.benefits(),
                    r.startedOn(), r.endedOn(), r.reasonLeft(), r.heldAtEnrollment(), kind, gain,
                    checkIns.getOrDefault(r.id(), List.of()));
        }).toList();
    }

    private Placement find(Family family, UUID placement) {
        return assemble(family).stream().filter(p -> p.id().equals(placement)).findFirst()
                .orElseThrow(() -> new RecordNotFound("job"));
    }

    private static InvalidInput heldAlready(String occupation, String employer) {
        return new InvalidInput("heldAtEnrollment", "This person already has a job marked as held at enrollment ("
                + occupation + " at " + employer + "). Only that one job counts as the job at enrollment.");
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
