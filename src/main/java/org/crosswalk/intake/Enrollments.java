package org.crosswalk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.intake.IntakeForms.EnrollmentForm;
import org.crosswalk.intake.IntakeForms.ExitForm;
import org.crosswalk.intake.IntakeForms.ReassignmentForm;
import org.crosswalk.intake.eligibility.Eligibility;
import org.crosswalk.intake.eligibility.Programs;
import org.crosswalk.intake.eligibility.ReferralFacts;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrollment with a navigator, reassignment that keeps who carried the family when, and exit with
 * a HUD destination. Enrolling puts the family on the navigator's caseload ("My families").
 */
@Service
public class Enrollments {

    private final ReferralRepository referrals;
    private final EnrollmentRepository enrollments;
    private final Navigators navigators;
    private final HouseholdAccess access;
    private final Households households;
    private final Programs programs;
    private final Eligibility eligibility;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Enrollments(ReferralRepository referrals, EnrollmentRepository enrollments, Navigators navigators,
                HouseholdAccess access, Households households, Programs programs, Eligibility eligibility,
                ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.enrollments = enrollments;
        this.navigators = navigators;
        this.access = access;
        this.households = households;
        this.programs = programs;
        this.eligibility = eligibility;
        this.events = events;
        this.clock = clock;
    }

    /** The navigators who may carry this family in this program's region, lightest caseload first. */
    public List<NavigatorChoice> navigatorsFor(Viewer viewer, HouseholdId household, long programId) {
        access.requireReadable(viewer, household);
        return navigators.forFamily(programs.program(programId).regionId(), household);
    }

    /**
     * Enrolls the family from a referral whose assessment decided to enroll. Eligibility is judged
     * again on the start date with the rules in force then, since rules and families change.
     */
    @Transactional
    public EnrollmentId enroll(Viewer viewer, HouseholdId household, ReferralId referralId, EnrollmentForm form) {
        access.requireEditable(viewer, household);
        Referral referral = referrals.lock(household, referralId).orElseThrow(() -> new RecordNotFound("referral"));
        referral.enroll(form.startDate(), LocalDate.now(clock));
        Programs.Program program = programs.program(referral.programId());
        if (enrollments.activeIn(household, program.id())) {
            throw new StepNotAllowed("The family is already enrolled in " + program.name() + "; exit that enrollment first.");
        }
        var navigator = navigators.require(program.regionId(), household, form.navigatorUserId(), "navigatorUserId");
        eligibility.require(program.id(), ReferralFacts.of(households.read(viewer, household), form.startDate(),
                referral.situation(), referral.source()));
        EnrollmentId id = EnrollmentId.random();
        enrollments.insert(id, referral, form.startDate(), navigator.userId(), viewer.userId());
        referrals.updateStatus(referral);
        households.assignCaseworker(viewer, household, navigator.userId());
        events.publishEvent(new HouseholdEnrolled(id, household, program.id(), form.startDate(), navigator.userId()));
        touched(viewer, household, "ENROLLED", program.name() + " from " + form.startDate() + " with " + navigator.name());
        return id;
    }

    @Transactional
    public void reassign(Viewer viewer, HouseholdId household, EnrollmentId id, ReassignmentForm form) {
        access.requireEditable(viewer, household);
        Enrollment enrollment = enrollments.lock(household, id).orElseThrow(() -> new RecordNotFound("enrollment"));
        long from = enrollment.navigatorUserId();
        var navigator = navigators.require(programs.program(enrollment.programId()).regionId(), household,
                form.navigatorUserId(), "navigatorUserId");
        enrollment.reassign(navigator.userId(), form.on(), LocalDate.now(clock));
        enrollments.reassign(enrollment, form.on(), viewer.userId(), ReferralRepository.blankToNull(form.reason()));
        households.assignCaseworker(viewer, household, navigator.userId());
        events.publishEvent(new NavigatorReassigned(id, household, form.on(), from, navigator.userId()));
        touched(viewer, household, "NAVIGATOR_REASSIGNED", "to " + navigator.name() + " from " + form.on());
    }

    @Transactional
    public void exit(Viewer viewer, HouseholdId household, EnrollmentId id, ExitForm form) {
        access.requireEditable(viewer, household);
        Enrollment enrollment = enrollments.lock(household, id).orElseThrow(() -> new RecordNotFound("enrollment"));
        LivingSituation destination = LivingSituation.of(form.destination())
                .orElseThrow(() -> new InvalidInput("destination", "Choose a destination from the HUD list."));
        enrollment.exit(form.exitedOn(), form.reason(), form.note(), destination, LocalDate.now(clock));
        enrollments.exit(enrollment, form.reason(), ReferralRepository.blankToNull(form.note()), destination.code(), viewer.userId());
        events.publishEvent(new HouseholdExited(id, household, enrollment.programId(), form.exitedOn(), destination.code()));
        touched(viewer, household, "EXITED", form.reason().label() + " on " + form.exitedOn() + ", destination " + destination.code());
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
