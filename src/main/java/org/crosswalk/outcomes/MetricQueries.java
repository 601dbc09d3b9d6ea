package org.crosswalk.outcomes;

/**
 * The SQL of the measures, over the per-enrollment judgements (and families.income_facts). Every
 * query takes {@code :report} (the report date) and {@code :region} (null for all) and answers one
 * row per group key.
 * Dates are PostgreSQL dates, so {@code d + 365} is exactly 365 calendar days later. An enrollment
 * (or placement, or exit) that begins after the report date is not counted at all: as of that day it
 * had not happened.
 */
final class MetricQueries {

    private MetricQueries() {
    }

    /** Each measure's numerator, denominator and pending count over the rows {@code o} of a group. */
    private static final String COUNTS = """
                       count(*) filter (where o.enrolled_on + 365 <= :report and o.employed_on is not null) as employed_n,
                       count(*) filter (where o.enrolled_on + 365 <= :report) as employed_d,
                       count(*) filter (where o.enrolled_on + 365 > :report) as employed_p,
                       count(*) filter (where o.counts_first_placement and o.first_placement_on + 365 <= :report
                                          and o.retained) as retained_n,
                       count(*) filter (where o.counts_first_placement and o.first_placement_on + 365 <= :report) as retained_d,
                       count(*) filter (where o.counts_first_placement and o.first_placement_on <= :report
                                          and o.first_placement_on + 365 > :report) as retained_p,
                       count(*) filter (where o.enrolled_on + 730 <= :report and o.housed_at_24_months) as housed_n,
                       count(*) filter (where o.enrolled_on + 730 <= :report) as housed_d,
                       count(*) filter (where o.enrolled_on + 730 > :report) as housed_p,
                       count(*) filter (where o.enrolled_on + 730 <= :report and o.earning_over_1500_at_24_months) as earning_n,
                       count(*) filter (where o.enrolled_on + 730 <= :report) as earning_d,
                       count(*) filter (where o.enrolled_on + 730 > :report) as earning_p,
                       count(*) filter (where o.exited_to_permanent and o.exited_on + 730 <= :report
                                          and o.returned_after_days between 0 and 180) as returned180_n,
                       count(*) filter (where o.exited_to_permanent and o.exited_on + 730 <= :report
                                          and o.returned_after_days between 181 and 365) as returned365_n,
                       count(*) filter (where o.exited_to_permanent and o.exited_on + 730 <= :report
                                          and o.returned_after_days between 366 and 730) as returned730_n,
                       count(*) filter (where o.exited_to_permanent and o.exited_on + 730 <= :report) as returned_d,
                       count(*) filter (where o.exited_to_permanent and o.exited_on <= :report
                                          and o.exited_on + 730 > :report) as returned_p
            """;

    /**
     * Every measure at once, over {@code relation}: the view {@code outcomes.enrollment_outcome}
     * (migration V200, where each judgement is defined) or its kept snapshot, one row per key of {@code dimension}: a SQL expression over the view's
     * row {@code o} giving the text keys the enrollment counts under (one for most dimensions,
     * several for race "alone or in combination"). Whether a window has closed is the only part that
     * depends on the report date. Each first placement is counted once, under the latest enrollment
     * that began on or before it ({@code counts_first_placement}, migration V203); an enrollment that began after the report date is not counted at all.
     */
    static String measures(String relation, String dimension) {
        return """
                select k.key,
%s                  from %s o
                  cross join lateral unnest(%s) as k(key)
                 where o.enrolled_on <= :report
                   and (cast(:region as bigint) is null or o.region_id = :region)
                 group by k.key
                """.formatted(COUNTS, relation, dimension);
    }

    /**
     * The same measures for several dimensions whose groups partition the enrollments (one key each),
     * in one pass: {@code group by grouping sets}, one hash table per dimension over a single scan,
     * instead of a scan per dimension. Answers {@code dimension}, {@code key} and the measures.
     */
    static String measuresInOnePass(String relation, java.util.List<Dimension> dimensions) {
        StringBuilder which = new StringBuilder();
        StringBuilder key = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        StringBuilder sets = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension d = dimensions.get(i);
            if (!d.partitions()) {
                throw new IllegalArgumentException(d + " has overlapping groups: it needs its own pass");
            }
            which.append(" when grouping(k_").append(i).append(") = 0 then '").append(d.name()).append("'");
            key.append(" when grouping(k_").append(i).append(") = 0 then k_").append(i);
            keys.append(", (").append(d.keysSql()).append(")[1] as k_").append(i);
            sets.append(i == 0 ? "" : ", ").append("(k_").append(i).append(")");
        }
        return """
                select case%s end as dimension,
                       case%s end as key,
                %s                  from (select o.*%s
                          from %s o
                         where o.enrolled_on <= :report
                           and (cast(:region as bigint) is null or o.region_id = :region)) o
                 group by grouping sets (%s)
                """.formatted(which, key, COUNTS, keys, relation, sets);
    }

    /**
     * Income change from enrollment to follow-up. Baseline: the latest report on or before the
     * enrollment day, else the earliest within 30 days after it. End point: the latest report after the
     * baseline's day and on or before the exit or the report date, whichever is earlier. Reports dated
     * after the report date are not seen. Two reports on one day: the larger total (then earned) wins,
     * since the published view carries no other order. Medians are PostgreSQL's
     * {@code percentile_cont(0.5)} (mean of the two middle values for an even count) rounded half away
     * from zero to whole cents; null when nobody is counted.
     */
    static String incomeChange(String relation, String dimension) {
        return "with judged as (" + incomeJudgements(relation) + ")\n" + incomeMedians("judged", dimension);
    }

    /**
     * Each enrollment's row of {@code relation} (as of {@code :report}, in {@code :region} or all) with
     * its income baseline day and the earned and total change to the follow-up (null without one).
     * Set-based: the baseline and the latest report are each picked by a hash join and distinct on, not
     * by two index probes per enrollment (a million enrollments: seconds, not a minute). The latest
     * report by the follow-up day is the follow-up when it is later than the baseline.
     */
    static String incomeJudgements(String relation) {
        return """
                with enrollment as materialized (
                    select o.*, least(coalesce(o.exited_on, :report), :report) as follow_up_by
                      from %s o
                     where o.enrolled_on <= :report
                       and (cast(:region as bigint) is null or o.region_id = :region)),
                base as (
                    select distinct on (e.enrollment_id) e.enrollment_id, i.as_of, i.total_monthly_cents, i.earned_monthly_cents
                      from enrollment e
                      join families.income_facts i on i.household_id = e.household_id
                                                  and i.as_of <= e.enrolled_on + 30
                                                  and i.as_of <= :report
                     order by e.enrollment_id, i.as_of > e.enrolled_on, abs(i.as_of - e.enrolled_on),
                              i.total_monthly_cents desc, i.earned_monthly_cents desc),
                latest as (
                    select distinct on (e.enrollment_id) e.enrollment_id, i.as_of, i.total_monthly_cents, i.earned_monthly_cents
                      from enrollment e
                      join families.income_facts i on i.household_id = e.household_id
                                                  and i.as_of <= e.follow_up_by
                     order by e.enrollment_id, i.as_of desc, i.total_monthly_cents desc, i.earned_monthly_cents desc)
                select e.*, b.as_of as base_on,
                       f.earned_monthly_cents - b.earned_monthly_cents as earned_change,
                       f.total_monthly_cents - b.total_monthly_cents as total_change
                  from enrollment e
                  left join base b on b.enrollment_id = e.enrollment_id
                  left join latest f on f.enrollment_id = e.enrollment_id and f.as_of > b.as_of
                """.formatted(relation);
    }

    /** The medians and counts of {@link #incomeJudgements} rows in {@code judged}, per key of {@code dimension}. */
    static String incomeMedians(String judged, String dimension) {
        return """
                select k.key,
                       cast(round(cast(percentile_cont(0.5) within group (order by o.earned_change) as numeric)) as bigint)
                           as median_earned_change,
                       cast(round(cast(percentile_cont(0.5) within group (order by o.total_change) as numeric)) as bigint)
                           as median_total_change,
                       count(*) filter (where o.base_on is not null and o.total_change is not null) as counted,
                       count(*) filter (where o.base_on is null) as no_baseline,
                       count(*) filter (where o.base_on is not null and o.total_change is null) as no_follow_up
                  from %s o
                  cross join lateral unnest(%s) as k(key)
                 group by k.key
                """.formatted(judged, dimension);
    }
}
