package org.crosswalk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.intake.IntakeForms.AssessmentForm;
import org.crosswalk.intake.IntakeForms.ContactForm;
import org.crosswalk.intake.IntakeForms.ReferralForm;
import org.crosswalk.intake.eligibility.Eligibility;
import org.crosswalk.intake.eligibility.EligibilityRule;
import org.crosswalk.intake.eligibility.FailedRule;
import org.crosswalk.intake.eligibility.NotEligible;
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
 * Referrals in: a housing worker refers a family to a program, the navigator reaches the family
 * and assesses whether they are ready, willing and able to work. Every step checks access, guards
 * the funnel's order (see {@link Referral}) and is audited.
 */
@Service
public class Referrals {

    static final LocalDate EARLIEST = LocalDate.of(2010, 1, 1);

    private final ReferralRepository referrals;
    private final EnrollmentRepository enrollments;
    private final HouseholdAccess access;
    private final Households households;
    private final Programs programs;
    private final Eligibility eligibility;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(ReferralRepository referrals, EnrollmentRepository enrollments, HouseholdAccess access, Households households,
              Programs programs, Eligibility eligibility, ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.enrollments = enrollments;
        this.access = access;
        this.households = households;
        this.programs = programs;
        this.eligibility = eligibility;
        this.events = events;
        this.clock = clock;
    }

    /** A program taking referrals and the rules a family must meet, as the referral form lists them. */
    public record ProgramOffer(long id, String name, String region, List<String> rules) {}

    public List<ProgramOffer> programsOpenTo(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        return programs.active().stream().map(p -> new ProgramOffer(p.id(), p.name(), p.regionName(),
                programs.activeRules(p.id()).stream().map(EligibilityRule::describe).toList())).toList();
    }

    /**
     * Refers the family. A family that does not meet the program's rules is refused with every
     * failed rule ({@link NotEligible}), unless the worker asks to record the referral as
     * ineligible, which keeps it (closed) so the recruitment funnel counts it.
     */
    @Transactional
    public ReferralId refer(Viewer viewer, HouseholdId household, ReferralForm form) {
        access.requireEditable(viewer, household);
        LocalDate today = LocalDate.now(clock);
        Programs.Program program = programs.all().stream().filter(p -> p.id() == form.programId()).findFirst()
                .orElseThrow(() -> new InvalidInput("programId", "Choose a program from the list."));
        if (!program.active()) {
            throw new InvalidInput("programId", program.name() + " is not taking referrals now.");
        }
        if (form.referredOn().isAfter(today)) {
            throw new InvalidInput("referredOn", "The referral date cannot be in the future.");
        }
        if (form.referredOn().isBefore(EARLIEST)) {
            throw new InvalidInput("referredOn", "Check the year: Crosswalk holds referrals from 2010 on.");
        }
        if (form.source() == ReferralSource.OTHER && (form.sourceOther() == null || form.sourceOther().isBlank())) {
            throw new InvalidInput("sourceOther", "Say where the family is referred from.");
        }
        LivingSituation situation = LivingSituation.of(form.livingSituation()).filter(s -> !s.destinationOnly())
                .orElseThrow(() -> new InvalidInput("livingSituation", "Choose a living situation from the HUD list."));
        referrals.openReferralStatus(household, program.id()).ifPresent(status -> {
            throw new InvalidInput("programId", "The family already has an open referral to " + program.name() + " ("
                    + status.label().toLowerCase() + "); work on that one instead of referring again.");
        });
        if (enrollments.activeIn(household, program.id())) {
            throw new InvalidInput("programId", "The family is enrolled in " + program.name() + " now.");
        }
        var family = households.read(viewer, household);
        List<FailedRule> failed = eligibility.failures(program.id(),
                ReferralFacts.of(family, form.referredOn(), situation, form.source()));
        if (!failed.isEmpty() && !form.keepsIneligible()) {
            throw new NotEligible(program.name(), failed);
        }
        ReferralId id = ReferralId.random();
        ReferralStatus status = failed.isEmpty() ? ReferralStatus.REFERRED : ReferralStatus.INELIGIBLE;
        referrals.insert(id, household, form, status, failed.stream().map(FailedRule::rule).toList(),
                viewer.userId(), viewer.agencyId());
        touched(viewer, household, failed.isEmpty() ? "REFERRAL_RECEIVED" : "REFERRAL_RECORDED_INELIGIBLE",
                program.name() + " from " + form.source().label() + ", living situation " + situation.code());
        return id;
    }

    @Transactional
    public void recordContact(Viewer viewer, HouseholdId household, ReferralId id, ContactForm form) {
        access.requireEditable(viewer, household);
        Referral referral = referrals.lock(household, id).orElseThrow(() -> new RecordNotFound("referral"));
        referral.recordContact(form.attemptedOn(), form.reached(), LocalDate.now(clock));
        referrals.insertContact(id, form, viewer.userId());
        referrals.updateStatus(referral);
        touched(viewer, household, "CONTACT_RECORDED", form.method().label() + ", "
                + (form.reached() ? "reached" : "unable to reach") + " on " + form.attemptedOn());
    }

    @Transactional
    public void assess(Viewer viewer, HouseholdId household, ReferralId id, AssessmentForm form) {
        access.requireEditable(viewer, household);
        Referral referral = referrals.lock(household, id).orElseThrow(() -> new RecordNotFound("referral"));
        referral.assess(form, LocalDate.now(clock));
        referrals.insertAssessment(UUID.randomUUID(), id, form, viewer.userId());
        referrals.updateStatus(referral);
        touched(viewer, household, "READINESS_ASSESSED", form.decision().label() + " on " + form.assessedOn());
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
