package org.crosswalk.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.crosswalk.shared.Money;
import org.junit.jupiter.api.Test;

/** A better job earns more a month than the job held at enrollment; hourly wage alone does not decide. */
class JobKindTest {

    // $15.00 × 30 h: 1500 × 30 × 52 / 12 = 195,000 cents ($1,950.00)
    private static final Money AT_ENROLLMENT = Earnings.monthly(new Money(1500), BigDecimal.valueOf(30));

    @Test
    void withoutAJobAtEnrollmentAnyNewJobIsANewJob() {
        assertThat(JobKind.of(false, new Money(100_000), null)).isEqualTo(JobKind.NEW_JOB);
        assertThat(JobKind.NEW_JOB.countsAsNewOrBetter()).isTrue();
    }

    @Test
    void theJobHeldAtEnrollmentIsNeitherNewNorBetter() {
        assertThat(AT_ENROLLMENT.cents()).isEqualTo(195_000);
        assertThat(JobKind.of(true, AT_ENROLLMENT, AT_ENROLLMENT)).isEqualTo(JobKind.HELD_AT_ENROLLMENT);
        assertThat(JobKind.HELD_AT_ENROLLMENT.countsAsNewOrBetter()).isFalse();
    }

    @Test
    void oneCentMoreAMonthIsABetterJob() {
        // $15.01 × 30 h: 1501 × 30 × 52 / 12 = 195,130 cents
        Money better = Earnings.monthly(new Money(1501), BigDecimal.valueOf(30));
        assertThat(better.cents()).isEqualTo(195_130);
        assertThat(JobKind.of(false, better, AT_ENROLLMENT)).isEqualTo(JobKind.BETTER_JOB);
        assertThat(JobKind.of(false, new Money(195_001), AT_ENROLLMENT)).isEqualTo(JobKind.BETTER_JOB);
    }

    @Test
    void theSameEarningsAreNotABetterJob() {
        assertThat(JobKind.of(false, new Money(195_000), AT_ENROLLMENT)).isEqualTo(JobKind.NOT_BETTER);
    }

    @Test
    void aHigherWageForFewerHoursCanBeNoBetter() {
        // $16.00 × 28 h: 1600 × 28 × 52 / 12 = 194,133.33 → 194,133 cents, less than $1,950.00
        Money fewerHours = Earnings.monthly(new Money(1600), BigDecimal.valueOf(28));
        assertThat(fewerHours.cents()).isEqualTo(194_133);
        assertThat(JobKind.of(false, fewerHours, AT_ENROLLMENT)).isEqualTo(JobKind.NOT_BETTER);
        assertThat(JobKind.NOT_BETTER.countsAsNewOrBetter()).isFalse();
    }
}
