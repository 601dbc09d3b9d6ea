package org.crosswalk.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.crosswalk.shared.Money;
import org.junit.jupiter.api.Test;

/** Rent burden, the income cliff and the end alerts, with figures worked by hand. */
class HousingRulesTest {

    private static Money dollars(String amount) {
        return Money.ofDollars(new BigDecimal(amount));
    }

    @Test
    void rentBurdenWithAndWithoutTheSubsidy() {
        // $420 of $1,200 = 35.0%; the full $1,400 of $1,200 = 116.67 → 116.7%
        RentBurden burden = RentBurden.of(dollars("420"), dollars("1400"), dollars("1200"));
        assertThat(burden.noIncome()).isFalse();
        assertThat(burden.withSubsidy()).isEqualByComparingTo("35.0");
        assertThat(burden.withoutSubsidy()).isEqualByComparingTo("116.7");
        // $420 of $610 = 68.852 → 68.9%; $1,400 of $610 = 229.508 → 229.5%
        RentBurden cohort = RentBurden.of(dollars("420"), dollars("1400"), dollars("610"));
        assertThat(cohort.withSubsidy()).isEqualByComparingTo("68.9");
        assertThat(cohort.withoutSubsidy()).isEqualByComparingTo("229.5");
    }

    @Test
    void rentBurdenRoundsHalfUpToOneDecimal() {
        // $100 of $1,600 = 6.25% → 6.3%
        assertThat(RentBurden.of(dollars("100"), dollars("100"), dollars("1600")).withSubsidy()).isEqualByComparingTo("6.3");
    }

    @Test
    void withoutIncomeThereIsNoBurdenToDivideOut() {
        assertThat(RentBurden.of(dollars("420"), dollars("1400"), null)).isEqualTo(new RentBurden(true, null, null));
        assertThat(RentBurden.of(dollars("420"), dollars("1400"), Money.ZERO)).isEqualTo(new RentBurden(true, null, null));
        assertThat(new RentBurden(true, null, null).level()).isNull();
    }

    @Test
    void hudsCostBurdenLevels() {
        assertThat(RentBurden.describe(new BigDecimal("30.0"))).isEqualTo("Affordable");
        assertThat(RentBurden.describe(new BigDecimal("30.1"))).isEqualTo("Cost-burdened");
        assertThat(RentBurden.describe(new BigDecimal("50.0"))).isEqualTo("Cost-burdened");
        assertThat(RentBurden.describe(new BigDecimal("50.1"))).isEqualTo("Severely cost-burdened");
    }

    @Test
    void earningExactlyTheLimitIsNotPastIt() {
        assertThat(IncomeCliff.applies(dollars("2500"), dollars("2500"), dollars("1400"), dollars("3000"))).isFalse();
        assertThat(IncomeCliff.applies(dollars("2500.01"), dollars("2500"), dollars("1400"), dollars("3000"))).isTrue();
    }

    @Test
    void rentOfExactlyThirtyPercentDoesNotExceedIt() {
        // 30% of $3,000 is $900: 10 × 90,000 = 3 × 300,000
        assertThat(IncomeCliff.applies(dollars("2600"), dollars("2500"), dollars("900"), dollars("3000"))).isFalse();
        assertThat(IncomeCliff.applies(dollars("2600"), dollars("2500"), dollars("900.01"), dollars("3000"))).isTrue();
        assertThat(IncomeCliff.applies(dollars("2600"), dollars("2500"), dollars("800"), dollars("3000"))).isFalse();
    }

    @Test
    void noLimitOrNoIncomeMeansNoCliff() {
        assertThat(IncomeCliff.applies(dollars("2600"), null, dollars("1400"), dollars("3000"))).isFalse();
        assertThat(IncomeCliff.applies(null, dollars("2500"), dollars("1400"), null)).isFalse();
    }

    @Test
    void alertsAtNinetySixtyAndThirtyDaysBeforeTheEnd() {
        LocalDate today = LocalDate.of(2027, 6, 1);
        assertThat(SubsidyAlert.of(today.plusDays(45), today)).contains(60);
        assertThat(SubsidyAlert.of(today, today)).contains(30);
        assertThat(SubsidyAlert.of(today.plusDays(30), today)).contains(30);
        assertThat(SubsidyAlert.of(today.plusDays(31), today)).contains(60);
        assertThat(SubsidyAlert.of(today.plusDays(60), today)).contains(60);
        assertThat(SubsidyAlert.of(today.plusDays(61), today)).contains(90);
        assertThat(SubsidyAlert.of(today.plusDays(90), today)).contains(90);
        assertThat(SubsidyAlert.of(today.plusDays(91), today)).isEmpty();
        assertThat(SubsidyAlert.of(today.minusDays(1), today)).isEmpty();
        assertThat(SubsidyAlert.of(null, today)).isEmpty();
    }

    @Test
    void subsidiesOverlapWhenTheyShareADay() {
        LocalDate jan1 = LocalDate.of(2027, 1, 1);
        LocalDate jun30 = LocalDate.of(2027, 6, 30);
        assertThat(Housing.overlaps(jan1, jun30, jun30.plusDays(1), null)).isFalse();
        assertThat(Housing.overlaps(jan1, jun30, jun30, null)).isTrue();
        assertThat(Housing.overlaps(jan1, null, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1))).isTrue();
    }

    @Test
    void theHundredsDigitGivesTheClass() {
        assertThat(LivingSituation.of(101).orElseThrow().housingClass()).isEqualTo(HousingClass.HOMELESS);
        assertThat(LivingSituation.of(207).orElseThrow().housingClass()).isEqualTo(HousingClass.INSTITUTIONAL);
        assertThat(LivingSituation.of(314).orElseThrow().housingClass()).isEqualTo(HousingClass.TEMPORARY);
        assertThat(LivingSituation.of(435).orElseThrow().housingClass()).isEqualTo(HousingClass.PERMANENT);
        assertThat(LivingSituation.of(99).orElseThrow().housingClass()).isEqualTo(HousingClass.NOT_KNOWN);
        assertThat(LivingSituation.of(17)).isEmpty();
        assertThat(LivingSituation.values()).hasSize(25);
    }
}
