-- outcomes: each first placement is counted under one enrollment only — the latest that began on or
-- before the job started (the enrollment during which the job was found) — so retention is a plain
-- count: groups add up to the total, and PostgreSQL can hash-aggregate and parallelise it instead of
-- sorting for count(distinct) (docs/outcomes-benchmark.md). The judgements of V200 stay as they are,
-- under a new name; the snapshot is rebuilt over the widened view.
drop materialized view outcomes.enrollment_outcome_snapshot;
alter view outcomes.enrollment_outcome rename to enrollment_judgement;

create view outcomes.enrollment_outcome as
select j.*,
       j.first_placement_id is not null and not exists (
           select 1 from intake.enrollment_facts later
            where later.household_id = j.household_id
              and (later.enrolled_on, later.enrollment_id) > (j.enrolled_on, j.enrollment_id)
              and later.enrolled_on <= j.first_placement_on) as counts_first_placement
  from outcomes.enrollment_judgement j;

create materialized view outcomes.enrollment_outcome_snapshot as
select * from outcomes.enrollment_outcome
with no data;
create unique index enrollment_outcome_snapshot_pk on outcomes.enrollment_outcome_snapshot (enrollment_id);
update outcomes.snapshot_state set refreshed_at = null, took_ms = null;
