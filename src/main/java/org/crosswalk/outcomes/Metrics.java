package org.crosswalk.outcomes;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome measures (docs/metrics.md), computed from the views intake, employment and housing
 * publish, through {@code outcomes.enrollment_outcome}. Aggregates only: no household is named, so
 * nothing here is audited. Figures are those of the records as they stand now, judged as of the
 * report date.
 */
@Service
public class Metrics {

    private final JdbcClient jdbc;
    private final Snapshot snapshot;

    Metrics(JdbcClient jdbc, Snapshot snapshot) {
        this.jdbc = jdbc;
        this.snapshot = snapshot;
    }

    /** When the figures last reported were computed, or null before the first report. */
    public java.time.OffsetDateTime computedAt() {
        return snapshot.refreshedAt();
    }

    @Transactional(readOnly = true)
    public MetricResult compute(Metric metric, LocalDate reportDate, Filter filter) {
        Map<Metric, MetricResult> all = by(Dimension.ALL, reportDate, filter).get("ALL");
        return all == null ? MetricResult.of(metric, 0, 0, 0) : all.get(metric);
    }

    /**
     * Every measure for each group of {@code dimension}, keyed as {@link Dimension} defines; groups with
     * no enrollment are absent. Statewide figures for the day of the last refresh come from the cube
     * computed then; any other date or a region's figures are computed from the snapshot.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<Metric, MetricResult>> by(Dimension dimension, LocalDate reportDate, Filter filter) {
        Objects.requireNonNull(reportDate, "report date");
        snapshot.fresh();
        if (filter.regionId() == null && reportDate.equals(snapshot.cubeDate())) {
            return results(jdbc.sql("select key, " + Snapshot.MEASURE_COLUMNS + " from outcomes.measure_cube where dimension = :dimension")
                    .param("dimension", dimension.name()));
        }
        return computed(dimension, reportDate, filter);
    }

    /** The same figures computed from the snapshot, never from the cube (the cube's own test compares the two). */
    @Transactional(readOnly = true)
    Map<String, Map<Metric, MetricResult>> computed(Dimension dimension, LocalDate reportDate, Filter filter) {
        reportingMemory();
        return results(jdbc.sql(MetricQueries.measures(Snapshot.TABLE, dimension.keysSql()))
                .param("report", reportDate)
                .param("region", filter.regionId(), java.sql.Types.BIGINT));
    }

    private static Map<String, Map<Metric, MetricResult>> results(JdbcClient.StatementSpec statement) {
        Map<String, Map<Metric, MetricResult>> groups = new LinkedHashMap<>();
        statement.query(rs -> {
            Map<Metric, MetricResult> m = new EnumMap<>(Metric.class);
            put(m, Metric.EMPLOYED_WITHIN_12_MONTHS, rs.getLong("employed_n"), rs.getLong("employed_d"), rs.getLong("employed_p"));
            put(m, Metric.RETAINED_12_MONTHS, rs.getLong("retained_n"), rs.getLong("retained_d"), rs.getLong("retained_p"));
            put(m, Metric.STABLY_HOUSED_24_MONTHS, rs.getLong("housed_n"), rs.getLong("housed_d"), rs.getLong("housed_p"));
            put(m, Metric.EARNING_OVER_1500_AT_24_MONTHS, rs.getLong("earning_n"), rs.getLong("earning_d"), rs.getLong("earning_p"));
            long returnedD = rs.getLong("returned_d"), returnedP = rs.getLong("returned_p");
            put(m, Metric.RETURNED_WITHIN_180_DAYS, rs.getLong("returned180_n"), returnedD, returnedP);
            put(m, Metric.RETURNED_181_TO_365_DAYS, rs.getLong("returned365_n"), returnedD, returnedP);
            put(m, Metric.RETURNED_366_TO_730_DAYS, rs.getLong("returned730_n"), returnedD, returnedP);
            groups.put(rs.getString("key"), m);
        });
        return groups;
    }

    /**
     * Grouping a million judgements by a few thousand keys needs more than PostgreSQL's default 4 MB to
     * hash instead of sorting on disk; for this transaction only.
     */
    private void reportingMemory() {
        jdbc.sql("set local work_mem = '64MB'").update();
    }

    private static void put(Map<Metric, MetricResult> m, Metric metric, long numerator, long denominator, long pending) {
        m.put(metric, MetricResult.of(metric, numerator, denominator, pending));
    }

    /** Median income change from enrollment to the latest report by exit or the report date (section 6). */
    @Transactional(readOnly = true)
    public IncomeChange incomeChange(LocalDate reportDate, Filter filter) {
        return incomeChangeBy(Dimension.ALL, reportDate, filter).getOrDefault("ALL", new IncomeChange(null, null, 0, 0, 0));
    }

    /**
     * The income change for each group of {@code dimension}; groups with no enrollment are absent.
     * Statewide figures for the day of the last refresh come from the income cube computed then.
     */
    @Transactional(readOnly = true)
    public Map<String, IncomeChange> incomeChangeBy(Dimension dimension, LocalDate reportDate, Filter filter) {
        Objects.requireNonNull(reportDate, "report date");
        snapshot.fresh();
        if (filter.regionId() == null && reportDate.equals(snapshot.cubeDate())) {
            return incomes(jdbc.sql("select key, " + Snapshot.INCOME_COLUMNS + " from outcomes.income_cube where dimension = :dimension")
                    .param("dimension", dimension.name()));
        }
        return incomeComputed(dimension, reportDate, filter);
    }

    /** The same computed from the snapshot, never from the cube (the cube's own test compares the two). */
    @Transactional(readOnly = true)
    Map<String, IncomeChange> incomeComputed(Dimension dimension, LocalDate reportDate, Filter filter) {
        reportingMemory();
        return incomes(jdbc.sql(MetricQueries.incomeChange(Snapshot.TABLE, dimension.keysSql()))
                .param("report", reportDate)
                .param("region", filter.regionId(), java.sql.Types.BIGINT));
    }

    private static Map<String, IncomeChange> incomes(JdbcClient.StatementSpec statement) {
        Map<String, IncomeChange> groups = new LinkedHashMap<>();
        statement.query(rs -> {
            groups.put(rs.getString("key"), new IncomeChange(rs.getObject("median_earned_change", Long.class),
                    rs.getObject("median_total_change", Long.class), rs.getLong("counted"),
                    rs.getLong("no_baseline"), rs.getLong("no_follow_up")));
        });
        return groups;
    }
}
