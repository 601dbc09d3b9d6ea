-- intake publishes each referral's steps for the recruitment funnel on the outcomes dashboard:
-- the first day each step was reached. No names.
create view intake.referral_facts as
select r.id as referral_id,
       r.household_id,
       r.program_id,
       p.region_id,
       r.referred_on,
       r.status,
       (select min(c.attempted_on) from intake.contact_attempt c where c.referral_id = r.id and c.reached) as contacted_on,
       (select min(a.assessed_on) from intake.assessment a where a.referral_id = r.id) as assessed_on,
       (select e.start_date from intake.enrollment e where e.referral_id = r.id) as enrolled_on
  from intake.referral r
  join intake.program p on p.id = r.program_id;
