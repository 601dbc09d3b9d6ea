package org.crosswalk.outcomes;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome measures (docs/metrics.md), computed from the views intake, employment and housing
 * publish. Aggregates only: no household is named, so nothing here is audited. Figures are those of
 * the records as they stand now, judged as of the report date.
 */
@Service
public class Metrics {

    private final JdbcClient jdbc;

    Metrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public MetricResult compute(Metric metric, LocalDate reportDate, Filter filter) {
        Objects.requireNonNull(reportDate, "report date");
        return jdbc.sql(sqlOf(metric))
                .param("report", reportDate)
                .param("region", filter.regionId())
                .query((rs, n) -> MetricResult.of(metric, rs.getLong("numerator"), rs.getLong("denominator"),
                        rs.getLong("pending")))
                .single();
    }

    /** Median income change from enrollment to the latest report by exit or the report date (section 6). */
    @Transactional(readOnly = true)
    public IncomeChange incomeChange(LocalDate reportDate, Filter filter) {
        Objects.requireNonNull(reportDate, "report date");
        return jdbc.sql(MetricQueries.INCOME_CHANGE)
                .param("report", reportDate)
                .param("region", filter.regionId())
                .query((rs, n) -> new IncomeChange(rs.getObject("median_earned_change", Long.class),
                        rs.getObject("median_total_change", Long.class), rs.getLong("counted"),
                        rs.getLong("no_baseline"), rs.getLong("no_follow_up")))
                .single();
    }

    private static String sqlOf(Metric metric) {
        return switch (metric) {
            case EMPLOYED_WITHIN_12_MONTHS -> MetricQueries.EMPLOYED_WITHIN_12_MONTHS;
            case RETAINED_12_MONTHS -> MetricQueries.RETAINED_12_MONTHS;
            case STABLY_HOUSED_24_MONTHS -> MetricQueries.STABLY_HOUSED_24_MONTHS;
            case EARNING_OVER_1500_AT_24_MONTHS -> MetricQueries.EARNING_OVER_1500_AT_24_MONTHS;
            case RETURNED_WITHIN_180_DAYS -> MetricQueries.returnedBetween(0, 180);
            case RETURNED_181_TO_365_DAYS -> MetricQueries.returnedBetween(181, 365);
            case RETURNED_366_TO_730_DAYS -> MetricQueries.returnedBetween(366, 730);
        };
    }
}
