package org.crosswalk.intake;

import java.time.LocalDate;
import java.util.List;
import org.crosswalk.shared.HouseholdId;

/** A household's referrals, assessments, enrollments and navigator history, as the viewer may see them. */
public record IntakeRecord(HouseholdId household, String family, boolean viewerMayEdit,
                           List<ReferralView> referrals, List<EnrollmentView> enrollments) {

    /**
     * A HUD living situation or destination as shown. Psychiatric and substance use facilities are
     * shown as "Institutional setting", without their code, to viewers who may not see sensitive
     * information.
     */
    public record Situation(Integer code, String label, String situationClass) {
        static Situation of(LivingSituation s, boolean maySeeSensitive) {
            if (s.sensitive() && !maySeeSensitive) {
                return new Situation(null, "Institutional setting (details restricted)", s.situationClass().label());
            }
            return new Situation(s.code(), s.codeAndLabel(), s.situationClass().label());
        }
    }

    public record ReferralView(ReferralId id, long programId, String program, LocalDate referredOn, ReferralSource source,
                               String sourceLabel, Situation livingSituation, String note, String referredBy,
                               String referrerAgency, ReferralStatus status, String statusLabel, List<String> failedRules,
                               LocalDate followUpOn, List<ContactView> contacts, List<AssessmentView> assessments,
                               EnrollmentId enrollment) {

        /** The step this referral waits for: contact, assessment or enrollment; null once closed. */
        public String nextStep() {
            return switch (status) {
                case REFERRED, UNREACHABLE -> "contact";
                case CONTACTED, NOT_NOW -> "assessment";
                case ASSESSED -> "enrollment";
                case ENROLLED, DECLINED, INELIGIBLE -> null;
            };
        }
    }

    public record ContactView(LocalDate on, ContactMethod method, boolean reached, String note, String by) {}

    public record AssessmentView(LocalDate on, Decision decision, LocalDate followUpOn, DeclineReason declineReason,
                                 String declineDetail, String by, List<AnswerView> answers) {}

    public record AnswerView(ReadinessQuestion question, String text, boolean yes, String comment) {}

    public record EnrollmentView(EnrollmentId id, ReferralId referral, long programId, String program, LocalDate startDate,
                                 long navigatorUserId, String navigator, String enrolledBy, LocalDate exitedOn,
                                 ExitReason exitReason, String exitNote, Situation destination,
                                 List<AssignmentView> assignments) {
        public boolean active() {
            return exitedOn == null;
        }
    }

    /** Who carried the family from when to when; {@code to} is null for the current navigator. */
    public record AssignmentView(String navigator, LocalDate from, LocalDate to, String assignedBy, String reason) {}
}
