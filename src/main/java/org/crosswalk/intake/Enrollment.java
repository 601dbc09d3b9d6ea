package org.crosswalk.intake;

import static org.crosswalk.intake.Referral.US_DATE;

import java.time.LocalDate;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;

/** An enrollment and its rules: reassignments keep their order, an exit comes after the start and only once. */
final class Enrollment {

    private final EnrollmentId id;
    private final HouseholdId household;
    private final long programId;
    private final LocalDate startDate;
    private long navigatorUserId;
    private LocalDate assignedSince;
    private LocalDate exitedOn;

    Enrollment(EnrollmentId id, HouseholdId household, long programId, LocalDate startDate, long navigatorUserId,
               LocalDate assignedSince, LocalDate exitedOn) {
        this.id = id;
        this.household = household;
        this.programId = programId;
        this.startDate = startDate;
        this.navigatorUserId = navigatorUserId;
        this.assignedSince = assignedSince;
        this.exitedOn = exitedOn;
    }

    /** Hands the family to another navigator from {@code on}; the current assignment ends that day. */
    void reassign(long toNavigator, LocalDate on, LocalDate today) {
        requireActive();
        if (toNavigator == navigatorUserId) {
            throw new InvalidInput("navigatorUserId", "This navigator already works with the family; choose another.");
        }
        if (on.isAfter(today)) {
            throw new InvalidInput("on", "The date cannot be in the future.");
        }
        if (on.isBefore(assignedSince)) {
            throw new InvalidInput("on", "The current navigator has worked with the family since "
                    + assignedSince.format(US_DATE) + "; the handover cannot be earlier.");
        }
        navigatorUserId = toNavigator;
        assignedSince = on;
    }

    void exit(LocalDate on, ExitReason reason, String note, LivingSituation destination, LocalDate today) {
        requireActive();
        if (on.isAfter(today)) {
            throw new InvalidInput("exitedOn", "The exit date cannot be in the future.");
        }
        if (on.isBefore(startDate)) {
            throw new InvalidInput("exitedOn", "The exit cannot be before the enrollment started (" + startDate.format(US_DATE) + ").");
        }
        if (reason == ExitReason.OTHER && (note == null || note.isBlank())) {
            throw new InvalidInput("note", "Say why the family is leaving.");
        }
        if (destination == null) {
            throw new InvalidInput("destination", "Choose a destination from the HUD list.");
        }
        exitedOn = on;
    }

    private void requireActive() {
        if (exitedOn != null) {
            throw new StepNotAllowed("The family exited this enrollment on " + exitedOn.format(US_DATE)
                    + "; to work with them again, refer and enroll them anew.");
        }
    }

    EnrollmentId id() { return id; }
    HouseholdId household() { return household; }
    long programId() { return programId; }
    LocalDate startDate() { return startDate; }
    long navigatorUserId() { return navigatorUserId; }
    LocalDate exitedOn() { return exitedOn; }
}
