-- employment publishes facts for outcome reports. No names; households and people by ID.

-- One row per placement. job_kind: HELD_AT_ENROLLMENT; NEW_JOB (the person held no job at
-- enrollment); BETTER_JOB (monthly earnings above the job held at enrollment); NOT_BETTER.
create view employment.placement_facts as
select p.id as placement_id,
       p.household_id,
       p.member_id,
       p.employer_id,
       p.started_on as start_date,
       p.ended_on as end_date,
       p.monthly_earnings_cents,
       p.held_at_enrollment,
       (not p.held_at_enrollment and e.id is not null
            and p.monthly_earnings_cents > e.monthly_earnings_cents) as better_job,
       case when p.held_at_enrollment then 'HELD_AT_ENROLLMENT'
            when e.id is null then 'NEW_JOB'
            when p.monthly_earnings_cents > e.monthly_earnings_cents then 'BETTER_JOB'
            else 'NOT_BETTER' end as job_kind,
       p.hourly_wage_cents,
       p.hours_per_week,
       p.schedule,
       p.reason_left
  from employment.placement p
  left join employment.placement e on e.member_id = p.member_id and e.held_at_enrollment;

-- One row per retention check-in, answered or not.
create view employment.checkin_facts as
select c.id as checkin_id,
       c.placement_id,
       c.household_id,
       p.member_id,
       c.days_after_start,
       c.due_on,
       c.answered_on,
       c.still_employed,
       c.same_employer,
       c.hours_per_week,
       c.hourly_wage_cents,
       c.monthly_earnings_cents
  from employment.checkin c
  join employment.placement p on p.id = c.placement_id;
