package org.crosswalk.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What a caseworker fills in at each step, the same for the pages and the JSON API. */
public final class IntakeForms {

    private IntakeForms() {
    }

    /** {@code livingSituation} is the HUD code; {@code recordIfIneligible} keeps a refused referral for the funnel. */
    public record ReferralForm(@NotNull(message = "Choose the program.") Long programId,
                               @NotNull(message = "Enter the date of the referral.") LocalDate referredOn,
                               @NotNull(message = "Choose where the family is referred from.") ReferralSource source,
                               @Size(max = 120, message = "At most 120 characters.") String sourceOther,
                               @NotNull(message = "Choose the family's current living situation.") Integer livingSituation,
                               @Size(max = 2000, message = "At most 2,000 characters.") String note,
                               Boolean recordIfIneligible) {

        public static ReferralForm blank(LocalDate today) {
            return new ReferralForm(null, today, null, null, null, null, false);
        }

        /** Missing from a JSON body means no: a refused referral is not kept unless asked. */
        public boolean keepsIneligible() {
            return Boolean.TRUE.equals(recordIfIneligible);
        }
    }

    public record ContactForm(@NotNull(message = "Enter the date of the attempt.") LocalDate attemptedOn,
                              @NotNull(message = "Choose how you contacted the family.") ContactMethod method,
                              @NotNull(message = "Say whether you reached the family.") Boolean reached,
                              @Size(max = 2000, message = "At most 2,000 characters.") String note) {

        public static ContactForm blank(LocalDate today) {
            return new ContactForm(today, ContactMethod.PHONE, null, null);
        }
    }

    /** One readiness question answered yes or no, with an optional comment. */
    public record Answer(ReadinessQuestion question, Boolean yes,
                         @Size(max = 500, message = "At most 500 characters.") String comment) {}

    public record AssessmentForm(@NotNull(message = "Enter the date of the assessment.") LocalDate assessedOn,
                                 @Valid List<Answer> answers,
                                 @NotNull(message = "Choose the decision.") Decision decision,
                                 LocalDate followUpOn,
                                 DeclineReason declineReason,
                                 @Size(max = 500, message = "At most 500 characters.") String declineDetail) {

        public static AssessmentForm blank(LocalDate today) {
            return new AssessmentForm(today, Arrays.stream(ReadinessQuestion.values())
                    .map(q -> new Answer(q, null, null)).toList(), null, null, null, null);
        }
    }

    public record EnrollmentForm(@NotNull(message = "Enter the enrollment's start date.") LocalDate startDate,
                                 @NotNull(message = "Choose the navigator.") Long navigatorUserId) {

        public static EnrollmentForm blank(LocalDate today) {
            return new EnrollmentForm(today, null);
        }
    }

    public record ReassignmentForm(@NotNull(message = "Enter the date the new navigator takes over.") LocalDate on,
                                   @NotNull(message = "Choose the new navigator.") Long navigatorUserId,
                                   @Size(max = 500, message = "At most 500 characters.") String reason) {

        public static ReassignmentForm blank(LocalDate today) {
            return new ReassignmentForm(today, null, null);
        }
    }

    /** {@code destination} is the HUD destination code. */
    public record ExitForm(@NotNull(message = "Enter the exit date.") LocalDate exitedOn,
                           @NotNull(message = "Choose why the family is leaving.") ExitReason reason,
                           @Size(max = 500, message = "At most 500 characters.") String note,
                           @NotNull(message = "Choose where the family is going (HUD destination).") Integer destination) {

        public static ExitForm blank(LocalDate today) {
            return new ExitForm(today, null, null, null);
        }
    }
}
