-- outcomes: one row per enrollment with everything the measures need, judged from the published
-- views only. Each judgement below is fixed by the records alone; only whether its window has closed
-- depends on the report date, so every measure is one aggregate over this view (docs/metrics.md).

-- intake publishes the enrollment's own ID and who referred the family (appended columns).
create or replace view intake.enrollment_facts as
select e.household_id,
       e.program_id,
       p.region_id,
       r.referred_on,
       e.start_date as enrolled_on,
       e.exited_on,
       e.exit_destination,
       e.navigator_user_id,
       e.id as enrollment_id,
       r.referrer_agency_id,
       r.source as referral_source
  from intake.enrollment e
  join intake.program p on p.id = e.program_id
  join intake.referral r on r.id = e.referral_id;

-- access publishes staff for per-navigator and per-agency reports: no family data, no credentials.
create view access.staff_directory as
select s.id as user_id, s.display_name, s.role, s.agency_id, s.region_id
  from access.staff_user s;

create schema if not exists outcomes;

create view outcomes.enrollment_outcome as
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
       -- Served jointly: a housing agency referred the family, or a rental subsidy overlapped the enrollment.
       (coalesce(ref.kind = 'HOUSING', false) or exists (
            select 1 from housing.subsidy_facts s
             where s.household_id = e.household_id
               and s.started_on <= coalesce(e.exited_on, date '9999-12-31')
               and coalesce(s.ended_on, date '9999-12-31') >= e.enrolled_on)) as served_jointly,
       -- Employed within 12 months: the first new or better job started on day 0 to 365.
       (select min(p.start_date) from employment.placement_facts p
         where p.household_id = e.household_id
           and not p.held_at_enrollment
           and p.job_kind in ('NEW_JOB', 'BETTER_JOB')
           and p.start_date between e.enrolled_on and e.enrolled_on + 365) as employed_on,
       fp.placement_id as first_placement_id,
       fp.start_date as first_placement_on,
       -- Retained: from the first placement's start to its anniversary no gap over 30 days without
       -- work, and some job held on the anniversary (jobs laid end to end by start date).
       case when fp.placement_id is null then null else coalesce((
            select max(g.to_day) >= fp.start_date + 365 and not bool_or(coalesce(g.over_30_days, false))
              from (select sp.to_day,
                           sp.from_day > max(sp.to_day) over (order by sp.from_day, sp.to_day
                                                              rows between unbounded preceding and 1 preceding) + 31
                               as over_30_days
                      from (select greatest(j.start_date, fp.start_date) as from_day,
                                   coalesce(j.end_date, date '9999-12-31') as to_day
                              from employment.placement_facts j
                             where j.household_id = e.household_id
                               and j.start_date <= fp.start_date + 365
                               and coalesce(j.end_date, date '9999-12-31') >= fp.start_date) sp) g), false)
       end as retained,
       -- Stably housed at 24 months: the last situation started by day 730 is permanent, and no
       -- homeless situation started after the enrollment day up to day 730.
       coalesce((select s.class from housing.living_situation_facts s
                  where s.household_id = e.household_id and s.started_on <= e.enrolled_on + 730
                  order by s.started_on desc limit 1) = 'permanent'
                and not exists (select 1 from housing.living_situation_facts s
                                 where s.household_id = e.household_id and s.class = 'homeless'
                                   and s.started_on > e.enrolled_on and s.started_on <= e.enrolled_on + 730), false)
           as housed_at_24_months,
       -- Earning over $1,500 a month at 24 months: every job held on day 730, summed.
       (select coalesce(sum(p.monthly_earnings_cents), 0) from employment.placement_facts p
         where p.household_id = e.household_id
           and p.start_date <= e.enrolled_on + 730
           and (p.end_date is null or p.end_date >= e.enrolled_on + 730)) > 150000 as earning_over_1500_at_24_months,
       e.exit_destination / 100 = 4 as exited_to_permanent,
       -- Days from an exit to a permanent destination to the first homeless situation within 730 days.
       case when e.exit_destination / 100 = 4 then
            (select min(s.started_on) - e.exited_on from housing.living_situation_facts s
              where s.household_id = e.household_id and s.class = 'homeless'
                and s.started_on between e.exited_on and e.exited_on + 730) end as returned_after_days
  from intake.enrollment_facts e
  left join families.household_facts h on h.household_id = e.household_id
  left join access.staff_directory nav on nav.user_id = e.navigator_user_id
  left join access.agency_directory ref on ref.agency_id = e.referrer_agency_id
  left join lateral (select f.placement_id, f.start_date
                       from employment.placement_facts f
                      where f.household_id = e.household_id
                        and not f.held_at_enrollment
                        and f.start_date >= e.enrolled_on
                      order by f.start_date, f.placement_id
                      limit 1) fp on true;

-- The judgements kept, so a dashboard over a million enrollments is an aggregate, not a recomputation:
-- refreshed when older than crosswalk.outcomes.max-age (docs/adr/0006), never edited by hand.
create materialized view outcomes.enrollment_outcome_snapshot as
select * from outcomes.enrollment_outcome
with no data;
create unique index enrollment_outcome_snapshot_pk on outcomes.enrollment_outcome_snapshot (enrollment_id);

create table outcomes.snapshot_state (
    one            boolean primary key default true check (one),
    refreshed_at   timestamptz,
    took_ms        bigint
);
insert into outcomes.snapshot_state (one) values (true);
