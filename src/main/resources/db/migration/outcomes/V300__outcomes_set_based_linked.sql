-- outcomes: the same judgements as V200/V203, written set-based, and following the person across
-- agencies' records (docs/metrics.md "Linked records", docs/adr/0008).
-- (Numbered after linkage's range, V280–V299: it reads linkage.active_link_facts, so it must run after it.)
--
-- Set-based: V200 judged each enrollment with correlated subqueries (index lookups per enrollment and
-- per judgement). Here each kind of record is joined to the enrollments once by household and
-- aggregated per enrollment, so PostgreSQL hash-joins and hash-aggregates a million enrollments
-- instead of probing indexes five million times (docs/outcomes-benchmark.md). The inputs are inlined
-- (not materialized), so the planner sees the tables' statistics; the first placements, read twice,
-- are computed once.
--
-- Linked records: a household "sees" the jobs, living situations and rental subsidies of every
-- household one of whose members is the same person as one of its members (linkage.active_link_facts,
-- connected components: a person is the set of records joined by active links). Demographics stay
-- the enrollment's own household's. Served jointly also when a member is linked to a record held by a
-- housing agency. With no links, every judgement equals V200/V203's (MetricsTest, the benchmark).
drop materialized view outcomes.enrollment_outcome_snapshot;
drop view outcomes.enrollment_outcome;

create or replace view outcomes.enrollment_judgement as
with recursive
household_edge (household_id, other) as (
    select household_a, household_b from linkage.active_link_facts where household_a <> household_b
    union
    select household_b, household_a from linkage.active_link_facts where household_a <> household_b),
-- every other household a household reaches through links (transitively; union stops at cycles)
reach (household_id, other) as (
    select household_id, other from household_edge
    union
    select r.household_id, e.other
      from reach r join household_edge e on e.household_id = r.other
     where e.other <> r.household_id),
-- each record seen from its own household and from every household linked to it
job as not materialized (
    select household_id, placement_id, start_date, end_date, monthly_earnings_cents, held_at_enrollment, job_kind
      from employment.placement_facts
    union all
    select r.household_id, p.placement_id, p.start_date, p.end_date, p.monthly_earnings_cents, p.held_at_enrollment, p.job_kind
      from reach r join employment.placement_facts p on p.household_id = r.other),
situation as (
    select household_id, class, started_on from housing.living_situation_facts
    union all
    select r.household_id, s.class, s.started_on
      from reach r join housing.living_situation_facts s on s.household_id = r.other),
subsidy as (
    select household_id, started_on, ended_on from housing.subsidy_facts
    union all
    select r.household_id, s.started_on, s.ended_on
      from reach r join housing.subsidy_facts s on s.household_id = r.other),
known_to_housing as (
    select distinct r.household_id
      from reach r
      join families.household_facts h on h.household_id = r.other
      join access.agency_directory a on a.agency_id = h.owner_agency_id and a.kind = 'HOUSING'),
enrollment as not materialized (
    select enrollment_id, household_id, enrolled_on, exited_on, exit_destination from intake.enrollment_windows),
-- Employed within 12 months: the first new or better job started on day 0 to 365.
-- Earning over $1,500 a month at 24 months: every job held on day 730, summed.
job_judgement as (
    select e.enrollment_id,
           min(j.start_date) filter (where not j.held_at_enrollment and j.job_kind in ('NEW_JOB', 'BETTER_JOB')
                                       and j.start_date between e.enrolled_on and e.enrolled_on + 365) as employed_on,
           coalesce(sum(j.monthly_earnings_cents) filter (where j.start_date <= e.enrolled_on + 730
                                       and (j.end_date is null or j.end_date >= e.enrolled_on + 730)), 0) > 150000
               as earning_over_1500_at_24_months
      from enrollment e join job j on j.household_id = e.household_id
     group by e.enrollment_id),
-- The first placement: the earliest job not held at enrollment that started on or after the enrollment.
first_job as materialized (
    select distinct on (e.enrollment_id) e.enrollment_id, e.household_id, j.placement_id, j.start_date
      from enrollment e
      join job j on j.household_id = e.household_id and not j.held_at_enrollment and j.start_date >= e.enrolled_on
     order by e.enrollment_id, j.start_date, j.placement_id),
-- Retained: from the first placement's start to its anniversary no gap over 30 days without work, and
-- some job held on the anniversary (jobs laid end to end by start date). Judged once per placement.
span as (
    select f.household_id, f.placement_id, f.start_date as first_on,
           greatest(j.start_date, f.start_date) as from_day,
           coalesce(j.end_date, date '9999-12-31') as to_day
      from (select distinct household_id, placement_id, start_date from first_job) f
      join job j on j.household_id = f.household_id
                and j.start_date <= f.start_date + 365
                and coalesce(j.end_date, date '9999-12-31') >= f.start_date),
retention as (
    select household_id, placement_id,
           max(to_day) >= first_on + 365 and not bool_or(coalesce(over_30_days, false)) as retained
      from (select household_id, placement_id, first_on, to_day,
                   from_day > max(to_day) over (partition by household_id, placement_id order by from_day, to_day
                                                rows between unbounded preceding and 1 preceding) + 31 as over_30_days
              from span) g
     group by household_id, placement_id, first_on),
-- Stably housed at 24 months: the last situation started by day 730 is permanent, and no homeless
-- situation started after the enrollment day up to day 730. (Within a household one situation per
-- day; across linked records a permanent one on the same day as the last counts.)
-- Returned: days from an exit to a permanent destination to the first homeless situation within 730.
housing_judgement as (
    select e.enrollment_id,
           coalesce(max(s.started_on) filter (where s.started_on <= e.enrolled_on + 730)
                    = max(s.started_on) filter (where s.started_on <= e.enrolled_on + 730 and s.class = 'permanent'), false)
           and not coalesce(bool_or(s.class = 'homeless' and s.started_on > e.enrolled_on
                                    and s.started_on <= e.enrolled_on + 730), false) as housed_at_24_months,
           case when e.exit_destination / 100 = 4 then
                min(s.started_on) filter (where s.class = 'homeless'
                                            and s.started_on between e.exited_on and e.exited_on + 730) - e.exited_on
           end as returned_after_days
      from enrollment e join situation s on s.household_id = e.household_id
     group by e.enrollment_id, e.exit_destination, e.exited_on),
-- A rental subsidy of the family (or of a linked record) overlapped the enrollment.
subsidised as (
    select distinct e.enrollment_id
      from enrollment e
      join subsidy s on s.household_id = e.household_id
                    and s.started_on <= coalesce(e.exited_on, date '9999-12-31')
                    and coalesce(s.ended_on, date '9999-12-31') >= e.enrolled_on)
select e.enrollment_id,
       e.household_id,
       e.program_id,
       e.region_id,
       e.navigator_user_id,
       nav.agency_id as navigator_agency_id,
       e.enrolled_on,
       e.exited_on,
       e.exit_destination,
       h.head_race,
       h.head_sex,
       case when h.has_partner then 'TWO_PARENTS' when h.children > 0 then 'SINGLE_PARENT' else 'NO_CHILDREN' end
           as household_type,
       -- Served jointly: a housing agency referred the family, a rental subsidy overlapped the
       -- enrollment, or a member is linked to a record a housing agency holds.
       (coalesce(ref.kind = 'HOUSING', false) or sub.enrollment_id is not null or kh.household_id is not null)
           as served_jointly,
       jj.employed_on,
       fj.placement_id as first_placement_id,
       fj.start_date as first_placement_on,
       case when fj.placement_id is null then null else coalesce(rt.retained, false) end as retained,
       coalesce(hj.housed_at_24_months, false) as housed_at_24_months,
       coalesce(jj.earning_over_1500_at_24_months, false) as earning_over_1500_at_24_months,
       e.exit_destination / 100 = 4 as exited_to_permanent,
       hj.returned_after_days
  from intake.enrollment_facts e
  left join families.household_composition h on h.household_id = e.household_id
  left join access.staff_directory nav on nav.user_id = e.navigator_user_id
  left join access.agency_directory ref on ref.agency_id = e.referrer_agency_id
  left join job_judgement jj on jj.enrollment_id = e.enrollment_id
  left join first_job fj on fj.enrollment_id = e.enrollment_id
  left join retention rt on rt.household_id = fj.household_id and rt.placement_id = fj.placement_id
  left join housing_judgement hj on hj.enrollment_id = e.enrollment_id
  left join subsidised sub on sub.enrollment_id = e.enrollment_id
  left join known_to_housing kh on kh.household_id = e.household_id;

-- Each first placement is counted under one enrollment only (V203): the latest that began on or before
-- the job started, among the enrollments of the household and of the records linked to it.
create view outcomes.enrollment_outcome as
with recursive
household_edge (household_id, other) as (
    select household_a, household_b from linkage.active_link_facts where household_a <> household_b
    union
    select household_b, household_a from linkage.active_link_facts where household_a <> household_b),
reach (household_id, other) as (
    select household_id, other from household_edge
    union
    select r.household_id, e.other
      from reach r join household_edge e on e.household_id = r.other
     where e.other <> r.household_id),
-- each enrollment seen from its own household and from every household linked to it
seen as (
    select household_id as seen_from, enrollment_id, enrolled_on, true as own from intake.enrollment_facts
    union all
    select r.household_id, f.enrollment_id, f.enrolled_on, false
      from reach r join intake.enrollment_facts f on f.household_id = r.other),
next_enrollment as (
    select enrollment_id, next_enrolled_on
      from (select enrollment_id, own,
                   lead(enrolled_on) over (partition by seen_from order by enrolled_on, enrollment_id) as next_enrolled_on
              from seen) n
     where own)
select j.*,
       j.first_placement_id is not null
           and (n.next_enrolled_on is null or n.next_enrolled_on > j.first_placement_on) as counts_first_placement
  from outcomes.enrollment_judgement j
  join next_enrollment n on n.enrollment_id = j.enrollment_id;

create materialized view outcomes.enrollment_outcome_snapshot as
select * from outcomes.enrollment_outcome
with no data;
create unique index enrollment_outcome_snapshot_pk on outcomes.enrollment_outcome_snapshot (enrollment_id);
update outcomes.snapshot_state set refreshed_at = null, took_ms = null, cube_date = null;
delete from outcomes.measure_cube;
