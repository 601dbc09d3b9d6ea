package org.crosswalk.outcomes;

/**
 * The SQL of each measure, over published views only. Every query takes {@code :report} (the report
 * date) and {@code :region} (null for all) and answers one row: numerator, denominator, pending.
 * Dates are PostgreSQL dates, so {@code d + 365} is exactly 365 calendar days later. An enrollment
 * (or placement, or exit) that begins after the report date is not counted at all: as of that day it
 * had not happened.
 */
final class MetricQueries {

    private MetricQueries() {
    }

    /** The enrollments the filter selects that had begun by the report date; each enrollment counts on its own. */
    private static final String ENROLLMENTS = """
            enrollment as (
                select f.household_id, f.enrolled_on, f.exited_on, f.exit_destination
                  from intake.enrollment_facts f
                 where f.enrolled_on <= :report
                   and (cast(:region as bigint) is null or f.region_id = :region))
            """;

    /**
     * A job placement (not the job held at enrollment, and a new or better job) that started on or
     * after the enrollment day and no later than 365 days after it.
     */
    static final String EMPLOYED_WITHIN_12_MONTHS = "with " + ENROLLMENTS + """
            , judged as (
                select e.enrolled_on + 365 <= :report as closed,
                       exists (select 1 from employment.placement_facts p
                                where p.household_id = e.household_id
                                  and not p.held_at_enrollment
                                  and p.job_kind in ('NEW_JOB', 'BETTER_JOB')
                                  and p.start_date between e.enrolled_on and e.enrolled_on + 365) as employed
                  from enrollment e)
            select count(*) filter (where closed and employed) as numerator,
                   count(*) filter (where closed) as denominator,
                   count(*) filter (where not closed) as pending
              from judged
            """;

    /**
     * The first placement after each enrollment (a placement first after two enrollments is one
     * placement), then every job of the household touching the year from its start to its anniversary.
     * Jobs are laid end to end by start date; a job starting more than 31 days after the latest end
     * so far leaves a gap of over 30 days without work (end dates are the last day worked). Retained:
     * no such gap, and some job still held on the anniversary.
     */
    static final String RETAINED_12_MONTHS = "with " + ENROLLMENTS + """
            , first_placement as (
                select distinct p.placement_id, p.household_id, p.start_date as began, p.start_date + 365 as anniversary
                  from enrollment e
                  cross join lateral (select f.placement_id, f.household_id, f.start_date
                                        from employment.placement_facts f
                                       where f.household_id = e.household_id
                                         and not f.held_at_enrollment
                                         and f.start_date >= e.enrolled_on
                                       order by f.start_date, f.placement_id
                                       limit 1) p
                 where p.start_date <= :report),
            span as (
                select fp.placement_id, fp.anniversary,
                       greatest(j.start_date, fp.began) as from_day,
                       coalesce(j.end_date, date '9999-12-31') as to_day
                  from first_placement fp
                  join employment.placement_facts j on j.household_id = fp.household_id
                 where j.start_date <= fp.anniversary
                   and coalesce(j.end_date, date '9999-12-31') >= fp.began),
            gap as (
                select placement_id, anniversary, to_day,
                       from_day > max(to_day) over (partition by placement_id order by from_day, to_day
                                                    rows between unbounded preceding and 1 preceding) + 31 as over_30_days
                  from span),
            retained as (
                select placement_id
                  from gap
                 group by placement_id, anniversary
                having max(to_day) >= anniversary and not bool_or(coalesce(over_30_days, false)))
            select count(*) filter (where fp.anniversary <= :report and r.placement_id is not null) as numerator,
                   count(*) filter (where fp.anniversary <= :report) as denominator,
                   count(*) filter (where fp.anniversary > :report) as pending
              from first_placement fp
              left join retained r on r.placement_id = fp.placement_id
            """;

    /**
     * The living situation on the 24-month point is the last one started on or before it. A homeless
     * situation started on the enrollment day is where the family came from, so only those started
     * after it, up to the point, break stability.
     */
    static final String STABLY_HOUSED_24_MONTHS = "with " + ENROLLMENTS + """
            , judged as (
                select e.enrolled_on + 730 <= :report as closed,
                       (select s.class from housing.living_situation_facts s
                         where s.household_id = e.household_id and s.started_on <= e.enrolled_on + 730
                         order by s.started_on desc limit 1) = 'permanent'
                       and not exists (select 1 from housing.living_situation_facts s
                                        where s.household_id = e.household_id and s.class = 'homeless'
                                          and s.started_on > e.enrolled_on and s.started_on <= e.enrolled_on + 730) as housed
                  from enrollment e)
            select count(*) filter (where closed and coalesce(housed, false)) as numerator,
                   count(*) filter (where closed) as denominator,
                   count(*) filter (where not closed) as pending
              from judged
            """;

    /** Monthly earnings of every job of the household held on the 24-month point, summed. */
    static final String EARNING_OVER_1500_AT_24_MONTHS = "with " + ENROLLMENTS + """
            , judged as (
                select e.enrolled_on + 730 <= :report as closed,
                       (select coalesce(sum(p.monthly_earnings_cents), 0) from employment.placement_facts p
                         where p.household_id = e.household_id
                           and p.start_date <= e.enrolled_on + 730
                           and (p.end_date is null or p.end_date >= e.enrolled_on + 730)) > 150000 as earning
                  from enrollment e)
            select count(*) filter (where closed and earning) as numerator,
                   count(*) filter (where closed) as denominator,
                   count(*) filter (where not closed) as pending
              from judged
            """;

    /**
     * Exits to a permanent destination (4xx) on or before the report date, each with the day of its
     * first homeless situation started 0 to 730 days after the exit. As in HUD SPM 2 an exit returns in
     * one window only, the first; every window shares the denominator of exits whose 730 days have
     * passed, and an exit whose 730 days have not is pending in all three.
     */
    static String returnedBetween(int fromDay, int toDay) {
        return "with " + ENROLLMENTS + """
                , exit as (
                    select e.exited_on + 730 <= :report as closed,
                           (select min(s.started_on) - e.exited_on from housing.living_situation_facts s
                             where s.household_id = e.household_id and s.class = 'homeless'
                               and s.started_on between e.exited_on and e.exited_on + 730) as returned_after_days
                      from enrollment e
                     where e.exited_on <= :report and e.exit_destination / 100 = 4)
                select count(*) filter (where closed and returned_after_days between %d and %d) as numerator,
                       count(*) filter (where closed) as denominator,
                       count(*) filter (where not closed) as pending
                  from exit
                """.formatted(fromDay, toDay);
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
    static final String INCOME_CHANGE = "with " + ENROLLMENTS + """
            , judged as (
                select b.as_of as base_on,
                       f.earned_monthly_cents - b.earned_monthly_cents as earned_change,
                       f.total_monthly_cents - b.total_monthly_cents as total_change
                  from enrollment e
                  left join lateral (select i.as_of, i.total_monthly_cents, i.earned_monthly_cents
                                       from families.income_facts i
                                      where i.household_id = e.household_id
                                        and i.as_of <= e.enrolled_on + 30
                                        and i.as_of <= :report
                                      order by i.as_of > e.enrolled_on, abs(i.as_of - e.enrolled_on),
                                               i.total_monthly_cents desc, i.earned_monthly_cents desc
                                      limit 1) b on true
                  left join lateral (select i.total_monthly_cents, i.earned_monthly_cents
                                       from families.income_facts i
                                      where i.household_id = e.household_id
                                        and i.as_of > b.as_of
                                        and i.as_of <= least(coalesce(e.exited_on, :report), :report)
                                      order by i.as_of desc, i.total_monthly_cents desc, i.earned_monthly_cents desc
                                      limit 1) f on true)
            select cast(round(cast(percentile_cont(0.5) within group (order by earned_change) as numeric)) as bigint)
                       as median_earned_change,
                   cast(round(cast(percentile_cont(0.5) within group (order by total_change) as numeric)) as bigint)
                       as median_total_change,
                   count(*) filter (where base_on is not null and total_change is not null) as counted,
                   count(*) filter (where base_on is null) as no_baseline,
                   count(*) filter (where base_on is not null and total_change is null) as no_follow_up
              from judged
            """;
}
