package org.crosswalk.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.crosswalk.shared.Money;
import org.junit.jupiter.api.Test;

/** Monthly earnings = hourly wage × hours a week × 52 / 12, in cents, rounded half up once. Worked by hand. */
class EarningsTest {

    private static long monthlyCents(String wage, String hours) {
        return Earnings.monthly(Money.ofDollars(new BigDecimal(wage)), new BigDecimal(hours)).cents();
    }

    @Test
    void fortyHoursAtFifteenDollarsIsTwentySixHundredAMonth() {
        // 1500 × 40 × 52 = 3,120,000; ÷ 12 = 260,000 cents
        assertThat(monthlyCents("15.00", "40")).isEqualTo(260_000);
    }

    @Test
    void aThirdOfACentRoundsDown() {
        // 1750 × 32 × 52 = 2,912,000; ÷ 12 = 242,666.67 → 242,667
        assertThat(monthlyCents("17.50", "32")).isEqualTo(242_667);
        // 1633 × 25 × 52 = 2,122,900; ÷ 12 = 176,908.33 → 176,908
        assertThat(monthlyCents("16.33", "25")).isEqualTo(176_908);
    }

    @Test
    void halfACentRoundsUpAndOnlyOnceAtTheEnd() {
        // 1505 × 37.5 × 52 = 2,934,750; ÷ 12 = 244,562.5 → 244,563 ($2,445.63)
        assertThat(monthlyCents("15.05", "37.5")).isEqualTo(244_563);
        assertThat(Earnings.monthly(new Money(1505), new BigDecimal("37.5")).format()).isEqualTo("$2,445.63");
    }

    @Test
    void theTopOfTheProgramsWageRange() {
        // 2400 × 20 × 52 = 2,496,000; ÷ 12 = 208,000
        assertThat(monthlyCents("24.00", "20")).isEqualTo(208_000);
    }
}
