-- HUD HMIS CSV import: every source row staged (by source, file and the file's own key), each import run with
-- its progress per file and its validation problems, and the HMIS household each Crosswalk household came from.
create schema if not exists interop;

create table interop.hmis_run (
    id                 bigint generated always as identity primary key,
    fingerprint        text not null,              -- SHA-256 over the files' names and bytes: the same export twice has the same
    source_id          text,
    export_id          text,
    csv_version        text,
    agency_id          bigint not null,            -- new households are held by this agency
    started_by         bigint not null,
    status             text not null default 'VALIDATING',
    message            text,
    started_at         timestamptz not null default now(),
    finished_at        timestamptz,
    households_mapped  integer not null default 0,
    households_removed integer not null default 0,
    constraint hmis_run_status_known check (status in ('VALIDATING', 'REFUSED', 'STAGING', 'MAPPING', 'DONE', 'FAILED'))
);
create index hmis_run_fingerprint_idx on interop.hmis_run (fingerprint, status);

create table interop.hmis_run_file (
    run_id        bigint not null references interop.hmis_run on delete cascade,
    file          text not null,
    position      integer not null,
    kind          text not null,                   -- MAPPED, KEPT (staged raw, not mapped), SKIPPED (not read)
    rows_total    integer,
    rows_done     integer not null default 0,
    rows_skipped  integer not null default 0,
    chunks_done   integer not null default 0,
    finished      boolean not null default false,
    primary key (run_id, file)
);

create table interop.hmis_problem (
    id           bigint generated always as identity primary key,
    run_id       bigint not null references interop.hmis_run on delete cascade,
    file         text not null,
    line         integer,                          -- line in the file, header = 1; null for a whole-file problem
    record_id    text,
    column_name  text,
    severity     text not null,                    -- STRUCTURE stops the import, ERROR skips the row, WARNING keeps it
    problem      text not null,
    value        text,
    constraint hmis_problem_severity_known check (severity in ('STRUCTURE', 'ERROR', 'WARNING'))
);
create index hmis_problem_run_idx on interop.hmis_problem (run_id, id);

-- Every source row, as it last arrived (newer DateUpdated wins; DateDeleted kept). SSN is never stored here in clear:
-- the Client row carries it sealed by access.SsnVault.
create table interop.hmis_row (
    source_id      text not null,
    file           text not null,
    record_id      text not null,
    export_id      text not null,
    personal_id    text,
    enrollment_id  text,
    household_key  text,                           -- Enrollment rows: HouseholdID
    date_updated   timestamp,
    date_deleted   timestamp,
    row_hash       text not null,
    data           jsonb not null,
    primary key (source_id, file, record_id)
);
create index hmis_row_enrollment_idx on interop.hmis_row (source_id, enrollment_id) where enrollment_id is not null;
create index hmis_row_personal_idx on interop.hmis_row (source_id, personal_id) where personal_id is not null;
create index hmis_row_household_idx on interop.hmis_row (source_id, household_key) where household_key is not null;

-- The Crosswalk household each HMIS household became, with a checksum of the staged rows it was built from.
create table interop.hmis_household (
    source_id          text not null,
    hmis_household_id  text not null,
    household_id       uuid not null unique,
    agency_id          bigint not null,
    checksum           text not null,
    mapped_by_run      bigint not null,
    primary key (source_id, hmis_household_id)
);

-- Published: where imported households came from (for reports and other modules).
create view interop.hmis_household_facts as
select household_id, source_id, hmis_household_id, agency_id
  from interop.hmis_household;
