package org.crosswalk.services.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The closed loop's rules, without a database: sent → accepted or declined → service delivered, or withdrawn. */
class ReferralTest {

    static final LocalDate SENT = LocalDate.of(2026, 3, 2);
    static final long PARTNER = 7;
    static final long NAVIGATOR = 3;

    static Referral aReferralSentOnTheSecondOfMarch() {
        return Referral.sent(UUID.randomUUID(), SENT, 1, 2);
    }

    static OffsetDateTime on(LocalDate day) {
        return day.atTime(10, 0).atOffset(ZoneOffset.ofHours(-5));
    }

    @Test
    void thePartnerAcceptsOnceWithWhoAndWhen() {
        Referral referral = aReferralSentOnTheSecondOfMarch();
        referral.accept(PARTNER, on(SENT.plusDays(2)), SENT.plusDays(2), "  Intake Tuesday 10:00  ");
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.answeredBy()).isEqualTo(PARTNER);
        assertThat(referral.answeredOn()).isEqualTo(SENT.plusDays(2));
        assertThat(referral.answeredAt()).isEqualTo(on(SENT.plusDays(2)));
        assertThat(referral.answerNote()).isEqualTo("Intake Tuesday 10:00");
    }

    @Test
    void cannotAcceptTwice() {
        Referral referral = aReferralSentOnTheSecondOfMarch();
        referral.accept(PARTNER, on(SENT), SENT, null);
        assertThatThrownBy(() -> referral.accept(PARTNER, on(SENT.plusDays(1)), SENT.plusDays(1), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already accepted on 03/02/2026")
                .extracting("field").isEqualTo(Referral.STATE);
    }

    @Test
    void cannotDeclineWhatWasAccepted() {
        Referral referral = aReferralSentOnTheSecondOfMarch();
        referral.accept(PARTNER, on(SENT), SENT, null);
        assertThatThrownBy(() -> referral.decline(PARTNER, on(SENT), SENT, "No openings"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("cannot be declined again");
    }

    @Test
    void cannotAcceptWhatWasDeclined() {
        Referral referral = aReferralSentOnTheSecondOfMarch();
        referral.decline(PARTNER, on(SENT), SENT, "No openings for infants");
        assertThatThrownBy(() -> referral.accept(PARTNER, on(SENT), SENT, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already declined");
    }

    @Test
    void aDeclineNeedsAReason() {
        Referral referral = aReferralSentOnTheSecondOfMarch();
        assertThatThrownBy(() -> referral.decline(PARTNER, on(SENT), SENT, "  "))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("reason");
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        referral.decline(PARTNER, on(SENT), SENT, "Outside our service area");
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referral.declineReason()).isEqualTo("Outside our service area");
    }

    @Test
    void cannotDeliverBeforeTheReferralIsAccepted() {
        Referral referral = aReferralSentOnTheSecondOfMarch();
        assertThatThrownBy(() -> referral.deliver(PARTNER, on(SENT), SENT, SENT.plusDays(5)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Accept the referral before")
                .extracting("field").isEqualTo(Referral.STATE);
    }

    @Test
    void theDeliveryDateIsNotBeforeTheAcceptanceNorInTheFuture() {
        Referral referral = aReferralSentOnTheSecondOfMarch();
        LocalDate accepted = SENT.plusDays(3);
        LocalDate today = SENT.plusDays(10);
        referral.accept(PARTNER, on(accepted), accepted, null);
        assertThatThrownBy(() -> referral.deliver(PARTNER, on(today), accepted.minusDays(1), today))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("before the referral was accepted (03/05/2026)")
                .extracting("field").isEqualTo("deliveredOn");
        assertThatThrownBy(() -> referral.deliver(PARTNER, on(today), today.plusDays(1), today))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("future");
        assertThatThrownBy(() -> referral.deliver(PARTNER, on(today), null, today))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("deliveredOn");
        referral.deliver(PARTNER, on(today), accepted, today);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SERVICE_DELIVERED);
        assertThat(referral.deliveredOn()).isEqualTo(accepted);
        assertThat(referral.deliveredBy()).isEqualTo(PARTNER);
    }

    @Test
    void aServiceIsDeliveredOnlyOnce() {
        Referral referral = aReferralSentOnTheSecondOfMarch();
        referral.accept(PARTNER, on(SENT), SENT, null);
        referral.deliver(PARTNER, on(SENT.plusDays(4)), SENT.plusDays(4), SENT.plusDays(4));
        assertThatThrownBy(() -> referral.deliver(PARTNER, on(SENT.plusDays(5)), SENT.plusDays(5), SENT.plusDays(5)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already recorded as delivered on 03/06/2026");
    }

    @Test
    void theSenderWithdrawsBeforeDeliveryWithAReason() {
        Referral waiting = aReferralSentOnTheSecondOfMarch();
        assertThatThrownBy(() -> waiting.withdraw(NAVIGATOR, on(SENT), ""))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("reason");
        waiting.withdraw(NAVIGATOR, on(SENT.plusDays(1)), "Family found care elsewhere");
        assertThat(waiting.status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(waiting.withdrawnBy()).isEqualTo(NAVIGATOR);
        assertThatThrownBy(() -> waiting.accept(PARTNER, on(SENT.plusDays(2)), SENT.plusDays(2), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("withdrew this referral on 03/03/2026");

        Referral accepted = aReferralSentOnTheSecondOfMarch();
        accepted.accept(PARTNER, on(SENT), SENT, null);
        accepted.withdraw(NAVIGATOR, on(SENT.plusDays(3)), "Family moved");
        assertThat(accepted.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void aDeliveredOrDeclinedReferralCannotBeWithdrawn() {
        Referral delivered = aReferralSentOnTheSecondOfMarch();
        delivered.accept(PARTNER, on(SENT), SENT, null);
        delivered.deliver(PARTNER, on(SENT), SENT, SENT);
        assertThatThrownBy(() -> delivered.withdraw(NAVIGATOR, on(SENT), "Changed mind"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already delivered");

        Referral declined = aReferralSentOnTheSecondOfMarch();
        declined.decline(PARTNER, on(SENT), SENT, "Not eligible");
        assertThatThrownBy(() -> declined.withdraw(NAVIGATOR, on(SENT), "Changed mind"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("nothing to withdraw");
    }

    @Test
    void daysPendingCountUntilTheAnswerAndAReferralStallsAfterSevenDaysWithoutOne() {
        assertThat(Referral.daysPending(SENT, null, null, SENT.plusDays(9))).isEqualTo(9);
        assertThat(Referral.daysPending(SENT, SENT.plusDays(2), null, SENT.plusDays(30))).isEqualTo(2);
        assertThat(Referral.daysPending(SENT, null, SENT.plusDays(4), SENT.plusDays(30))).isEqualTo(4);
        assertThat(Referral.stalled(ReferralStatus.SENT, SENT, SENT.plusDays(6))).isFalse();
        assertThat(Referral.stalled(ReferralStatus.SENT, SENT, SENT.plusDays(7))).isTrue();
        assertThat(Referral.stalled(ReferralStatus.ACCEPTED, SENT, SENT.plusDays(30))).isFalse();
    }

    @Test
    void longAnswersAreRefusedWithTheirField() {
        Referral referral = aReferralSentOnTheSecondOfMarch();
        assertThatThrownBy(() -> referral.accept(PARTNER, on(SENT), SENT, "x".repeat(2001)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("note");
    }
}
