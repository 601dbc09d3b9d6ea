package org.crosswalk.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kept judgements ({@code outcomes.enrollment_outcome_snapshot}, docs/adr/0006): every measure is
 * an aggregate over them, and they are recomputed from the live view when older than
 * {@code crosswalk.outcomes.max-age} (0 recomputes before every report, as the tests do). The refresh
 * runs in a transaction of its own, concurrently, so readers keep the previous figures meanwhile.
 */
@Component
class Snapshot {

    static final String TABLE = "outcomes.enrollment_outcome_snapshot";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Duration maxAge;
    private final Clock clock;

    Snapshot(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
             @Value("${crosswalk.outcomes.max-age:PT5M}") Duration maxAge) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The time the figures are as of, after refreshing them if they were older than the allowed age. */
    OffsetDateTime fresh() {
        OffsetDateTime at = refreshedAt();
        if (at == null || maxAge.isZero() || at.plus(maxAge).isBefore(OffsetDateTime.now(clock))) {
            return refresh();
        }
        return at;
    }

    /** The measures' columns, in the order {@link MetricQueries#measures} answers them after the key. */
    static final String MEASURE_COLUMNS = "employed_n, employed_d, employed_p, retained_n, retained_d, retained_p, housed_n, "
            + "housed_d, housed_p, earning_n, earning_d, earning_p, returned180_n, returned365_n, returned730_n, returned_d, returned_p";

    /** Every dimension's groups statewide as of {@code day}, from the snapshot just refreshed, replacing the last cube. */
    private void buildCube(LocalDate day) {
        jdbc.sql("set local work_mem = '64MB'").update();
        for (String statement : cubeStatements()) {
            var spec = jdbc.sql(statement);
            if (statement.contains(":report")) {
                spec = spec.param("report", day).param("region", null, java.sql.Types.BIGINT);
            }
            spec.update();
        }
    }

    /**
     * The statements that refill both cubes for {@code :report} (with {@code :region} null). Measures:
     * the dimensions whose groups partition the enrollments in one pass (grouping sets), race
     * (overlapping groups) in its own. Income: every enrollment's baseline and follow-up picked once
     * into a temporary table, then the medians per dimension. Also run by the outcomes benchmark.
     */
    static List<String> cubeStatements() {
        List<String> statements = new ArrayList<>();
        statements.add("delete from outcomes.measure_cube");
        List<String> measures = new ArrayList<>();
        measures.add(MetricQueries.measuresInOnePass(TABLE, Arrays.stream(Dimension.values()).filter(Dimension::partitions).toList()));
        for (Dimension d : Dimension.values()) {
            if (!d.partitions()) {
                measures.add("select '" + d.name() + "' as dimension, m.* from (" + MetricQueries.measures(TABLE, d.keysSql()) + ") m");
            }
        }
        for (String select : measures) {
            statements.add("insert into outcomes.measure_cube (report_date, dimension, key, " + MEASURE_COLUMNS + ") "
                    + "select :report, c.dimension, c.key, " + MEASURE_COLUMNS.replaceAll("(\\w+)", "c.$1")
                    + " from (" + select + ") c");
        }
        statements.add("delete from outcomes.income_cube");
        statements.add("drop table if exists pg_temp.income_judged");
        statements.add("create temporary table income_judged (like " + TABLE + ")");
        statements.add("alter table income_judged add column follow_up_by date, add column base_on date,"
                + " add column earned_change bigint, add column total_change bigint");
        statements.add("insert into income_judged " + MetricQueries.incomeJudgements(TABLE));
        for (Dimension d : Dimension.values()) {
            statements.add("insert into outcomes.income_cube (report_date, dimension, key, " + INCOME_COLUMNS + ") "
                    + "select :report, '" + d.name() + "', m.key, " + INCOME_COLUMNS.replaceAll("(\\w+)", "m.$1")
                    + " from (" + MetricQueries.incomeMedians("income_judged", d.keysSql()) + ") m");
        }
        statements.add("drop table income_judged");
        return statements;
    }

    /** The income columns, as {@link MetricQueries#incomeMedians} answers them after the key. */
    static final String INCOME_COLUMNS = "median_earned_change, median_total_change, counted, no_baseline, no_follow_up";

    /** The day the cube was computed for, or null before the first refresh. */
    LocalDate cubeDate() {
        return jdbc.sql("select cube_date from outcomes.snapshot_state").query(LocalDate.class).optional().orElse(null);
    }

    OffsetDateTime refreshedAt() {
        return jdbc.sql("select refreshed_at from outcomes.snapshot_state").query(OffsetDateTime.class).optional().orElse(null);
    }

    /** Recomputes every judgement; one at a time in this process, and PostgreSQL serialises refreshes across processes. */
    synchronized OffsetDateTime refresh() {
        return ownTransaction.execute(tx -> {
            long started = System.nanoTime();
            boolean populated = jdbc.sql("select ispopulated from pg_matviews where schemaname = 'outcomes' and matviewname = 'enrollment_outcome_snapshot'")
                    .query(Boolean.class).single();
            jdbc.sql("refresh materialized view " + (populated ? "concurrently " : "") + TABLE).update();
            OffsetDateTime now = OffsetDateTime.now(clock);
            LocalDate today = now.toLocalDate();
            buildCube(today);
            jdbc.sql("update outcomes.snapshot_state set refreshed_at = :now, took_ms = :ms, cube_date = :today")
                    .param("now", now).param("ms", (System.nanoTime() - started) / 1_000_000).param("today", today).update();
            return now;
        });
    }
}
