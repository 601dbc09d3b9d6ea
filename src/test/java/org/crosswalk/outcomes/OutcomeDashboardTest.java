package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.crosswalk.outcomes.OutcomeDashboard.Cell;
import org.crosswalk.outcomes.OutcomeDashboard.Dashboard;
import org.junit.jupiter.api.Test;

/** The dashboard's small-cell rule, CSV quoting and export, computed by hand. */
class OutcomeDashboardTest {

    static Cell cell(String region, long numerator, long denominator, long pending) {
        return new Cell(region, numerator, denominator, pending, denominator == 0 ? null : (double) numerator / denominator, false);
    }

    @Test
    void regionsCountingElevenOrMoreAreShownWithTheirTotal() {
        var line = OutcomeDashboard.suppressed(Metric.EMPLOYED_WITHIN_12_MONTHS,
                List.of(cell("A", 9, 11, 3), cell("B", 24, 30, 5)), cell("All regions", 33, 41, 8));
        assertThat(line.regions()).noneMatch(Cell::suppressed);
        assertThat(line.regions().get(0).percent()).isEqualTo(82); // 9/11 = 81.8 %
        assertThat(line.total().suppressed()).isFalse();
        assertThat(line.total().percent()).isEqualTo(80); // 33/41 = 80.5 %
        assertThat(line.goal().goalPercent()).isEqualTo(80);
        // 3 and 5 families pending are small counts too; the total of 8 would reveal them
        assertThat(line.regions()).allMatch(Cell::pendingSuppressed);
        assertThat(line.total().pendingSuppressed()).isTrue();
    }

    @Test
    void pendingCountsOfElevenOrMoreStayShownAndNoneIsNotASmallCell() {
        var line = OutcomeDashboard.suppressed(Metric.EMPLOYED_WITHIN_12_MONTHS,
                List.of(cell("A", 9, 11, 0), cell("B", 24, 30, 12)), cell("All regions", 33, 41, 12));
        assertThat(line.regions()).noneMatch(Cell::pendingSuppressed);
        assertThat(line.regions().get(1).pending()).isEqualTo(12);
        assertThat(line.total().pendingSuppressed()).isFalse();
        assertThat(line.total().pending()).isEqualTo(12);
    }

    @Test
    void aRegionUnderElevenIsHiddenAndSoIsTheTotalItCouldBeDerivedFrom() {
        var line = OutcomeDashboard.suppressed(Metric.STABLY_HOUSED_24_MONTHS,
                List.of(cell("A", 10, 10, 2), cell("B", 29, 30, 0)), cell("All regions", 39, 40, 2));
        Cell a = line.regions().get(0);
        assertThat(a.suppressed()).isTrue();
        assertThat(a.numerator()).isZero();
        assertThat(a.denominator()).isZero();
        assertThat(a.rate()).isNull();
        assertThat(a.percent()).isNull();
        assertThat(line.regions().get(1).percent()).isEqualTo(97);
        // 40 is over 10, yet 40 - 30 would give region A away
        assertThat(line.total().suppressed()).isTrue();
        assertThat(line.total().percent()).isNull();
    }

    @Test
    void aSingleRegionUnderElevenHidesItsTotalButALargeOneShowsIt() {
        var small = OutcomeDashboard.suppressed(Metric.RETAINED_12_MONTHS, List.of(cell("A", 1, 4, 0)), cell("All regions", 1, 4, 0));
        assertThat(small.total().suppressed()).isTrue();
        var large = OutcomeDashboard.suppressed(Metric.RETAINED_12_MONTHS, List.of(cell("A", 5, 20, 0)), cell("All regions", 5, 20, 0));
        assertThat(large.total().suppressed()).isFalse();
        // a region nobody has finished yet (denominator 0) describes nobody: shown as 0 with no rate, and
        // the total stays; its 7 pending families are a small count, hidden, and so is the total pending
        var empty = OutcomeDashboard.suppressed(Metric.RETAINED_12_MONTHS,
                List.of(cell("A", 0, 0, 7), cell("B", 5, 20, 0)), cell("All regions", 5, 20, 7));
        assertThat(empty.regions().get(0).suppressed()).isFalse();
        assertThat(empty.regions().get(0).percent()).isNull();
        assertThat(empty.regions().get(0).pendingSuppressed()).isTrue();
        assertThat(empty.total().suppressed()).isFalse();
        assertThat(empty.total().pendingSuppressed()).isTrue();
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenRfc4180RequiresIt() {
        assertThat(Csv.field("Greater Hartford")).isEqualTo("Greater Hartford");
        assertThat(Csv.field("Earning over $1,500")).isEqualTo("\"Earning over $1,500\"");
        assertThat(Csv.field("the \"north\" region")).isEqualTo("\"the \"\"north\"\" region\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.record(List.of("a", "b,c", ""))).isEqualTo("a,\"b,c\",\r\n");
    }

    @Test
    void theCsvCarriesTheSameSuppressionAsThePage() {
        var line = OutcomeDashboard.suppressed(Metric.EARNING_OVER_1500_AT_24_MONTHS,
                List.of(cell("A", 3, 5, 1), cell("B", 15, 30, 2)), cell("All regions", 18, 35, 3));
        // region A's income change counted 4 (hidden); all regions 40 counted, its count hidden since A's is
        var income = List.of(new OutcomeDashboard.IncomeCell("A", null, false),
                new OutcomeDashboard.IncomeCell("All regions", new IncomeChange(95000L, -80049L, 40, 1, 2), true));
        String csv = OutcomeDashboardController.csvOf(new Dashboard(LocalDate.of(2026, 3, 1), List.of(line), income, true));
        assertThat(csv.split("\r\n")).containsExactly(
                "report_date,measure,measure_name,region,numerator,denominator,rate_percent,pending,goal_percent,goal_source,median_cents",
                "2026-03-01,EARNING_OVER_1500_AT_24_MONTHS,\"Earning over $1,500 a month 24 months after enrollment\",A,n<11,n<11,n<11,n<11,48,Connecticut reported,",
                "2026-03-01,EARNING_OVER_1500_AT_24_MONTHS,\"Earning over $1,500 a month 24 months after enrollment\",B,15,30,50,n<11,48,Connecticut reported,",
                "2026-03-01,EARNING_OVER_1500_AT_24_MONTHS,\"Earning over $1,500 a month 24 months after enrollment\",All regions,n<11,n<11,n<11,n<11,48,Connecticut reported,",
                "2026-03-01,MEDIAN_EARNED_INCOME_CHANGE,Median change in earned monthly income,A,,n<11,,,,,n<11",
                "2026-03-01,MEDIAN_TOTAL_INCOME_CHANGE,Median change in total monthly income,A,,n<11,,,,,n<11",
                "2026-03-01,MEDIAN_EARNED_INCOME_CHANGE,Median change in earned monthly income,All regions,,n<11,,,,,95000",
                "2026-03-01,MEDIAN_TOTAL_INCOME_CHANGE,Median change in total monthly income,All regions,,n<11,,,,,-80049");
    }
}
