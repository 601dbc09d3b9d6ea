package org.crosswalk.employment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Training programs household members enroll in, and the credentials they earn. */
@Service
public class Training {

    static final int DAYS_AHEAD = 90;

    private final TrainingRepository repository;
    private final FamilyReader families;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Training(TrainingRepository repository, FamilyReader families, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.families = families;
        this.events = events;
        this.clock = clock;
    }

    public record Enrollment(UUID id, UUID memberId, String memberName, String program, String provider,
                             LocalDate startedOn, LocalDate endsOn, TrainingStatus status) {}

    public record Credential(UUID id, UUID memberId, String memberName, String name, String issuer, LocalDate earnedOn) {}

    public record EnrollmentOf(Family family, Enrollment enrollment) {}

    @Transactional
    public EnrollmentOf enrollment(Viewer viewer, HouseholdId household, UUID training) {
        Family family = families.editable(viewer, household);
        return repository.enrollments(household, family).stream().filter(e -> e.id().equals(training)).findFirst()
                .map(e -> new EnrollmentOf(family, e)).orElseThrow(() -> new RecordNotFound("training"));
    }

    @Transactional
    public UUID enroll(Viewer viewer, HouseholdId household, TrainingForm form) {
        Family family = families.editable(viewer, household);
        LocalDate today = LocalDate.now(clock);
        requireMember(family, form.memberId());
        if (form.program() == null || form.program().isBlank()) {
            throw new InvalidInput("program", "Enter the program, like Certified nursing assistant training.");
        }
        if (form.provider() == null || form.provider().isBlank()) {
            throw new InvalidInput("provider", "Enter who provides the training.");
        }
        if (form.startedOn() == null) {
            throw new InvalidInput("startedOn", "Enter the first day of training.");
        }
        if (form.startedOn().isAfter(today.plusDays(DAYS_AHEAD))) {
            throw new InvalidInput("startedOn", "Record a training at most " + DAYS_AHEAD + " days before it starts.");
        }
        TrainingStatus status = form.status() == null ? TrainingStatus.ENROLLED : form.status();
        checkEnd(status, form.startedOn(), form.endsOn(), today);
        UUID id = UUID.randomUUID();
        repository.insert(id, household, new TrainingForm(form.memberId(), form.program(), form.provider(),
                form.startedOn(), form.endsOn(), status), viewer.userId());
        touched(viewer, household, "TRAINING_RECORDED", form.program().strip() + " at " + form.provider().strip()
                + ", " + status.label().toLowerCase());
        return id;
    }

    /** Records how a training under way ended, or moves its planned end. A finished training stays as it is. */
    @Transactional
    public void update(Viewer viewer, HouseholdId household, UUID training, TrainingStatusForm form) {
        families.editable(viewer, household);
        var current = repository.enrollment(household, training).orElseThrow(() -> new RecordNotFound("training"));
        if (current.status().finished()) {
            throw new InvalidInput("status", "This training is already recorded as " + current.status().label().toLowerCase() + ".");
        }
        if (form.status() == null) {
            throw new InvalidInput("status", "Choose how the training stands.");
        }
        checkEnd(form.status(), current.startedOn(), form.endsOn(), LocalDate.now(clock));
        if (!repository.update(household, training, form.status(), form.endsOn())) {
            throw new InvalidInput("status", "Someone else recorded this training's end meanwhile. Reload to see it.");
        }
        touched(viewer, household, "TRAINING_UPDATED", current.program() + ": " + form.status().label().toLowerCase());
    }

    @Transactional
    public UUID recordCredential(Viewer viewer, HouseholdId household, CredentialForm form) {
        Family family = families.editable(viewer, household);
        requireMember(family, form.memberId());
        if (form.name() == null || form.name().isBlank()) {
            throw new InvalidInput("name", "Enter the credential, like ServSafe Food Handler.");
        }
        if (form.issuer() == null || form.issuer().isBlank()) {
            throw new InvalidInput("issuer", "Enter who issued it.");
        }
        if (form.earnedOn() == null) {
            throw new InvalidInput("earnedOn", "Enter the date it was earned.");
        }
        if (form.earnedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("earnedOn", "A credential earned in the future cannot be recorded yet.");
        }
        if (form.earnedOn().isBefore(NewPlacement.EARLIEST_START)) {
            throw new InvalidInput("earnedOn", "Check the year: before 1970 is not plausible.");
        }
        UUID id = UUID.randomUUID();
        repository.insertCredential(id, household, form, viewer.userId());
        touched(viewer, household, "CREDENTIAL_RECORDED", form.name().strip() + " from " + form.issuer().strip());
        return id;
    }

    private static void requireMember(Family family, UUID member) {
        if (member == null || !family.workingAge().contains(member)) {
            throw new InvalidInput("memberId", "Choose someone in this household.");
        }
    }

    private static void checkEnd(TrainingStatus status, LocalDate startedOn, LocalDate endsOn, LocalDate today) {
        if (status.finished() && endsOn == null) {
            throw new InvalidInput("endsOn", "Enter the day the training ended.");
        }
        if (endsOn != null && endsOn.isBefore(startedOn)) {
            throw new InvalidInput("endsOn", "The end cannot be before the start.");
        }
        if (status.finished() && endsOn.isAfter(today)) {
            throw new InvalidInput("endsOn", "A finished training cannot end in the future.");
        }
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
