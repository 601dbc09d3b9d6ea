-- Staging at scale (issue 6): a file's first load into an empty staging (nothing of that source and file staged yet) is
-- COPied straight into interop.hmis_row, skipping the temporary table and the merge. The choice is recorded at the
-- file's first chunk so that a resumed run stages the rest the same way.
alter table interop.hmis_run_file add column direct boolean;
