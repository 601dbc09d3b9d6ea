-- families publishes every income report (no names) so outcome reports can measure income change.
create view families.income_facts as
select household_id, as_of, total_monthly_cents, earned_monthly_cents
  from families.income_report;
