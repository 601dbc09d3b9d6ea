-- intake publishes each enrollment's window alone, for whole-population reports (outcomes): one table
-- read, where enrollment_facts also joins the program and the referral for every row.
create view intake.enrollment_windows as
select id as enrollment_id, household_id, start_date as enrolled_on, exited_on, exit_destination
  from intake.enrollment;
