package org.crosswalk.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.intake.IntakeForms.Answer;
import org.crosswalk.intake.IntakeForms.AssessmentForm;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;

/**
 * A referral and the rules of the recruitment funnel: contact before assessment, a decision to
 * enroll before enrollment, nothing dated in the future or before the step it follows.
 */
final class Referral {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final ReferralId id;
    private final HouseholdId household;
    private final long programId;
    private final LocalDate referredOn;
    private final ReferralSource source;
    private final LivingSituation situation;
    private ReferralStatus status;
    private LocalDate lastReachedOn;
    private LocalDate lastAssessedOn;
    private LocalDate followUpOn;

    Referral(ReferralId id, HouseholdId household, long programId, LocalDate referredOn, ReferralSource source,
             LivingSituation situation, ReferralStatus status, LocalDate lastReachedOn, LocalDate lastAssessedOn,
             LocalDate followUpOn) {
        this.id = id;
        this.household = household;
        this.programId = programId;
        this.referredOn = referredOn;
        this.source = source;
        this.situation = situation;
        this.status = status;
        this.lastReachedOn = lastReachedOn;
        this.lastAssessedOn = lastAssessedOn;
        this.followUpOn = followUpOn;
    }

    /** Reached, the family moves on to assessment; not reached, it is unreachable until a later attempt reaches it. */
    void recordContact(LocalDate on, boolean reached, LocalDate today) {
        if (status != ReferralStatus.REFERRED && status != ReferralStatus.UNREACHABLE) {
            throw new StepNotAllowed("The family has already been contacted about this referral (it is "
                    + status.label().toLowerCase() + ").");
        }
        notFuture("attemptedOn", on, today);
        notBefore("attemptedOn", on, referredOn, "the referral");
        if (reached) {
            lastReachedOn = on;
            status = ReferralStatus.CONTACTED;
        } else {
            status = ReferralStatus.UNREACHABLE;
        }
    }

    /**
     * The readiness assessment. Allowed once the family has been reached; again after "not now"
     * (at the follow-up) or to change a decision to enroll before the enrollment is made.
     */
    void assess(AssessmentForm form, LocalDate today) {
        switch (status) {
            case REFERRED, UNREACHABLE -> throw new StepNotAllowed(
                    "Record a contact that reached the family before the readiness assessment.");
            case ENROLLED, DECLINED, INELIGIBLE -> throw new StepNotAllowed(
                    "This referral is closed (" + status.label().toLowerCase() + "); a new assessment needs a new referral.");
            default -> { }
        }
        notFuture("assessedOn", form.assessedOn(), today);
        notBefore("assessedOn", form.assessedOn(), lastReachedOn, "the contact that reached the family");
        checkAnswers(form.answers());
        switch (form.decision()) {
            case ENROLL -> status = ReferralStatus.ASSESSED;
            case NOT_NOW -> {
                if (form.followUpOn() == null) {
                    throw new InvalidInput("followUpOn", "\"Not now\" needs a follow-up date.");
                }
                if (!form.followUpOn().isAfter(form.assessedOn())) {
                    throw new InvalidInput("followUpOn", "The follow-up date is after the assessment.");
                }
                if (form.followUpOn().isAfter(form.assessedOn().plusYears(1))) {
                    throw new InvalidInput("followUpOn", "Follow up within a year of the assessment.");
                }
                status = ReferralStatus.NOT_NOW;
            }
            case DECLINED -> {
                if (form.declineReason() == null) {
                    throw new InvalidInput("declineReason", "Choose why the family declined.");
                }
                if (form.declineReason() == DeclineReason.OTHER && (form.declineDetail() == null || form.declineDetail().isBlank())) {
                    throw new InvalidInput("declineDetail", "Say why the family declined.");
                }
                status = ReferralStatus.DECLINED;
            }
        }
        followUpOn = status == ReferralStatus.NOT_NOW ? form.followUpOn() : null;
        lastAssessedOn = form.assessedOn();
    }

    /** Every question answered yes or no, each once. */
    static Map<ReadinessQuestion, Answer> checkAnswers(List<Answer> answers) {
        Map<ReadinessQuestion, Answer> byQuestion = new EnumMap<>(ReadinessQuestion.class);
        List<Answer> given = answers == null ? List.of() : answers;
        for (int i = 0; i < given.size(); i++) {
            Answer a = given.get(i);
            if (a == null || a.question() == null) {
                throw new InvalidInput("answers[" + i + "].question", "Answer the questions on the form.");
            }
            if (a.yes() == null) {
                throw new InvalidInput("answers[" + i + "].yes", "Answer yes or no.");
            }
            if (byQuestion.put(a.question(), a) != null) {
                throw new InvalidInput("answers[" + i + "].question", "This question is answered twice.");
            }
        }
        for (ReadinessQuestion q : ReadinessQuestion.values()) {
            if (!byQuestion.containsKey(q)) {
                throw new InvalidInput("answers", "Answer every question: \"" + q.text() + "\" is missing.");
            }
        }
        return byQuestion;
    }

    /** Enrollment needs the latest assessment to have decided to enroll. */
    void enroll(LocalDate startDate, LocalDate today) {
        switch (status) {
            case ASSESSED -> { }
            case ENROLLED -> throw new StepNotAllowed("The family is already enrolled from this referral.");
            case NOT_NOW, DECLINED -> throw new StepNotAllowed("The latest readiness assessment did not decide to enroll ("
                    + status.label().toLowerCase() + "). Record a new assessment first.");
            default -> throw new StepNotAllowed("Enrollment needs a readiness assessment that decided to enroll.");
        }
        notFuture("startDate", startDate, today);
        notBefore("startDate", startDate, lastAssessedOn, "the readiness assessment");
        status = ReferralStatus.ENROLLED;
    }

    private static void notFuture(String field, LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw new InvalidInput(field, "The date cannot be in the future.");
        }
    }

    private static void notBefore(String field, LocalDate on, LocalDate earliest, String what) {
        if (earliest != null && on.isBefore(earliest)) {
            throw new InvalidInput(field, "The date cannot be before " + what + " (" + earliest.format(US_DATE) + ").");
        }
    }

    ReferralId id() { return id; }
    HouseholdId household() { return household; }
    long programId() { return programId; }
    LocalDate referredOn() { return referredOn; }
    ReferralSource source() { return source; }
    LivingSituation situation() { return situation; }
    ReferralStatus status() { return status; }
    LocalDate followUpOn() { return followUpOn; }
    LocalDate lastAssessedOn() { return lastAssessedOn; }
}
