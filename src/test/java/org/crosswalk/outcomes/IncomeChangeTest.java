package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosswalk.outcomes.OutcomeHistories.income;

import java.time.LocalDate;
import org.crosswalk.intake.LivingSituation;
import org.crosswalk.outcomes.OutcomeHistories.Region;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Median income change (docs/metrics.md section 6) over hand-made income histories; expected figures by hand. */
@CrosswalkIntegrationTest
class IncomeChangeTest {

    @Autowired
    Metrics metrics;

    @Autowired
    OutcomeHistories histories;

    static final LocalDate E = LocalDate.of(2023, 1, 10);
    static final LocalDate R = LocalDate.of(2024, 1, 10);

    @Test
    void anOddCountTakesTheMiddleAndLeavesOutThoseWithoutBaselineOrFollowUp() {
        Region r = histories.region("income odd");
        r.familyWithIncome("OnTheDay", income(E.minusDays(100), 10000, 0), income(E, 50000, 0),
                income(E.plusDays(200), 120000, 80000)).enrolled(E);          // baseline is the report on E: earned +80000, total +70000
        r.familyWithIncome("Before", income(E.minusDays(20), 60000, 20000), income(E.plusDays(300), 65000, 30000),
                income(R.plusDays(10), 999999, 999999)).enrolled(E);          // report after R unseen: earned +10000, total +5000
        r.familyWithIncome("After", income(E.plusDays(25), 40000, 40000),
                income(E.plusDays(100), 30000, 25000)).enrolled(E);           // baseline E + 25 (within 30): earned −15000, total −10000
        r.familyWithIncome("NoBaseline", income(E.plusDays(31), 50000, 0),
                income(E.plusDays(100), 90000, 0)).enrolled(E);               // first report E + 31: no baseline
        r.familyWithIncome("NoFollowUp", income(E.minusDays(5), 50000, 0)).enrolled(E); // nothing later: no follow-up
        r.familyWithIncome("AfterExit", income(E, 10000, 0), income(E.plusDays(200), 200000, 150000))
                .enrolledAndExited(E, E.plusDays(150), LivingSituation.RENTAL_NO_SUBSIDY); // only later report after exit: no follow-up

        // counted OnTheDay, Before, After: earned {−15000, 10000, 80000} → 10000; total {−10000, 5000, 70000} → 5000
        assertThat(metrics.incomeChange(R, r.filter())).isEqualTo(new IncomeChange(10000L, 5000L, 3, 1, 2));
        // on E + 150 only After's follow-up (E + 100) exists: OnTheDay, Before, NoFollowUp, AfterExit have none yet
        assertThat(metrics.incomeChange(E.plusDays(150), r.filter())).isEqualTo(new IncomeChange(-15000L, -10000L, 1, 1, 4));
        // the day before enrollment nobody is enrolled: no median
        assertThat(metrics.incomeChange(E.minusDays(1), r.filter())).isEqualTo(new IncomeChange(null, null, 0, 0, 0));
    }

    @Test
    void anEvenCountTakesTheMeanOfTheTwoMiddleValuesRoundedHalfAwayFromZero() {
        Region r = histories.region("income even");
        r.familyWithIncome("G1", income(E, 100000, 0), income(E.plusDays(100), 70000, 0)).enrolled(E);          // earned 0, total −30000
        r.familyWithIncome("G2", income(E, 100000, 10000), income(E.plusDays(100), 89999, 20001)).enrolled(E);  // earned +10001, total −10001
        r.familyWithIncome("G3", income(E, 100000, 20000), income(E.plusDays(100), 90000, 40000)).enrolled(E);  // earned +20000, total −10000
        r.familyWithIncome("G4", income(E, 100000, 0), income(E.plusDays(100), 105000, 50000)).enrolled(E);     // earned +50000, total +5000

        // earned (10001 + 20000) / 2 = 15000.5 → 15001; total (−10001 − 10000) / 2 = −10000.5 → −10001
        assertThat(metrics.incomeChange(R, r.filter())).isEqualTo(new IncomeChange(15001L, -10001L, 4, 0, 0));
    }

    @Test
    void eachGroupHasItsOwnMedianAsThePortlandComparisonAsks() {
        Region r = histories.region("income by service");
        r.familyWithIncome("J1", income(E, 50000, 0), income(E.plusDays(100), 150000, 120000)).enrolled(E);        // joint: earned +120000, total +100000
        r.familyWithIncome("J2", income(E, 80000, 20000), income(E.plusDays(100), 140000, 90000)).enrolled(E);     // joint: earned +70000, total +60000
        r.familyWithIncome("S1", income(E, 60000, 10000), income(E.plusDays(100), 90000, 40000)).enrolledWithoutHousing(E); // alone: +30000, +30000

        // joint: earned {70000, 120000} → 95000, total {60000, 100000} → 80000; alone: 30000 and 30000
        assertThat(metrics.incomeChangeBy(Dimension.SERVICE, R, r.filter())).isEqualTo(java.util.Map.of(
                "JOINT", new IncomeChange(95000L, 80000L, 2, 0, 0),
                "EMPLOYMENT_ONLY", new IncomeChange(30000L, 30000L, 1, 0, 0)));
        assertThat(new IncomeChange(95000L, -80049L, 2, 0, 0).earned()).isEqualTo("+$950");
        assertThat(new IncomeChange(95000L, -80049L, 2, 0, 0).total()).isEqualTo("−$800");
        assertThat(new IncomeChange(null, 0L, 0, 0, 0).earned()).isEqualTo("—");
    }
}
