package org.crosswalk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crosswalk.intake.IntakeForms.Answer;
import org.crosswalk.intake.IntakeForms.AssessmentForm;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The funnel's order, guarded by the referral itself. */
class ReferralStepsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);

    static Referral aNewReferral() {
        return new Referral(ReferralId.random(), HouseholdId.random(), 1, REFERRED, ReferralSource.SHELTER,
                LivingSituation.EMERGENCY_SHELTER, ReferralStatus.REFERRED, null, null, null);
    }

    static Referral aContactedReferral() {
        Referral r = aNewReferral();
        r.recordContact(REFERRED.plusDays(2), true, TODAY);
        return r;
    }

    static List<Answer> allYes() {
        return Arrays.stream(ReadinessQuestion.values()).map(q -> new Answer(q, true, null)).toList();
    }

    static AssessmentForm assessment(LocalDate on, Decision decision) {
        return new AssessmentForm(on, allYes(), decision, null, null, null);
    }

    @Test
    void aFamilyCannotBeAssessedBeforeItHasBeenReached() {
        Referral r = aNewReferral();
        assertThatThrownBy(() -> r.assess(assessment(REFERRED.plusDays(1), Decision.ENROLL), TODAY))
                .isInstanceOf(StepNotAllowed.class).hasMessageContaining("contact that reached the family");
        r.recordContact(REFERRED.plusDays(1), false, TODAY);
        assertThat(r.status()).isEqualTo(ReferralStatus.UNREACHABLE);
        assertThatThrownBy(() -> r.assess(assessment(REFERRED.plusDays(2), Decision.ENROLL), TODAY))
                .isInstanceOf(StepNotAllowed.class);
    }

    @Test
    void anUnreachableFamilyCanStillBeReachedLaterButNotContactedTwice() {
        Referral r = aNewReferral();
        r.recordContact(REFERRED.plusDays(1), false, TODAY);
        r.recordContact(REFERRED.plusDays(4), true, TODAY);
        assertThat(r.status()).isEqualTo(ReferralStatus.CONTACTED);
        assertThatThrownBy(() -> r.recordContact(REFERRED.plusDays(5), true, TODAY))
                .isInstanceOf(StepNotAllowed.class).hasMessageContaining("already been contacted");
    }

    @Test
    void aContactIsNotDatedBeforeTheReferralNorInTheFuture() {
        assertThatThrownBy(() -> aNewReferral().recordContact(REFERRED.minusDays(1), true, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("attemptedOn"));
        assertThatThrownBy(() -> aNewReferral().recordContact(TODAY.plusDays(1), true, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage()).contains("future"));
    }

    @Test
    void everyReadinessQuestionIsAnsweredOnce() {
        List<Answer> missingOne = new ArrayList<>(allYes());
        missingOne.removeLast();
        assertThatThrownBy(() -> aContactedReferral().assess(new AssessmentForm(TODAY, missingOne, Decision.ENROLL, null, null, null), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers"));
        List<Answer> unanswered = new ArrayList<>(allYes());
        unanswered.set(2, new Answer(unanswered.get(2).question(), null, "thinking"));
        assertThatThrownBy(() -> aContactedReferral().assess(new AssessmentForm(TODAY, unanswered, Decision.ENROLL, null, null, null), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers[2].yes"));
        List<Answer> twice = new ArrayList<>(allYes());
        twice.add(twice.getFirst());
        assertThatThrownBy(() -> aContactedReferral().assess(new AssessmentForm(TODAY, twice, Decision.ENROLL, null, null, null), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage()).contains("twice"));
    }

    @Test
    void notNowNeedsAFollowUpDateAfterTheAssessment() {
        Referral r = aContactedReferral();
        assertThatThrownBy(() -> r.assess(assessment(TODAY, Decision.NOT_NOW), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("followUpOn"));
        assertThatThrownBy(() -> r.assess(new AssessmentForm(TODAY, allYes(), Decision.NOT_NOW, TODAY, null, null), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("followUpOn"));
        r.assess(new AssessmentForm(TODAY, allYes(), Decision.NOT_NOW, TODAY.plusDays(30), null, null), TODAY);
        assertThat(r.status()).isEqualTo(ReferralStatus.NOT_NOW);
        assertThat(r.followUpOn()).isEqualTo(TODAY.plusDays(30));
        // At the follow-up the family is assessed again, and the follow-up date is cleared.
        r.assess(assessment(TODAY, Decision.ENROLL), TODAY);
        assertThat(r.status()).isEqualTo(ReferralStatus.ASSESSED);
        assertThat(r.followUpOn()).isNull();
    }

    @Test
    void declinedNeedsAReasonAndOtherNeedsItInWords() {
        assertThatThrownBy(() -> aContactedReferral().assess(assessment(TODAY, Decision.DECLINED), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("declineReason"));
        assertThatThrownBy(() -> aContactedReferral().assess(new AssessmentForm(TODAY, allYes(), Decision.DECLINED, null, DeclineReason.OTHER, " "), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("declineDetail"));
        Referral r = aContactedReferral();
        r.assess(new AssessmentForm(TODAY, allYes(), Decision.DECLINED, null, DeclineReason.MOVING_AWAY, null), TODAY);
        assertThat(r.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThatThrownBy(() -> r.assess(assessment(TODAY, Decision.ENROLL), TODAY))
                .isInstanceOf(StepNotAllowed.class).hasMessageContaining("closed");
    }

    @Test
    void anAssessmentIsNotBeforeTheContactThatReachedTheFamily() {
        assertThatThrownBy(() -> aContactedReferral().assess(assessment(REFERRED.plusDays(1), Decision.ENROLL), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage()).contains("03/04/2026"));
    }

    @Test
    void enrollmentNeedsAnAssessmentThatDecidedToEnroll() {
        assertThatThrownBy(() -> aContactedReferral().enroll(TODAY, TODAY))
                .isInstanceOf(StepNotAllowed.class).hasMessageContaining("decided to enroll");
        Referral notNow = aContactedReferral();
        notNow.assess(new AssessmentForm(REFERRED.plusDays(5), allYes(), Decision.NOT_NOW, TODAY.plusDays(10), null, null), TODAY);
        assertThatThrownBy(() -> notNow.enroll(TODAY, TODAY)).isInstanceOf(StepNotAllowed.class).hasMessageContaining("did not decide");

        Referral ready = aContactedReferral();
        ready.assess(assessment(REFERRED.plusDays(5), Decision.ENROLL), TODAY);
        assertThatThrownBy(() -> ready.enroll(REFERRED.plusDays(4), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        ready.enroll(REFERRED.plusDays(5), TODAY);
        assertThat(ready.status()).isEqualTo(ReferralStatus.ENROLLED);
        assertThatThrownBy(() -> ready.enroll(TODAY, TODAY)).isInstanceOf(StepNotAllowed.class).hasMessageContaining("already enrolled");
    }
}
