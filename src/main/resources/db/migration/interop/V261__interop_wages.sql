-- Quarterly UI wage records, matched to participants by a keyed hash of the SSN computed in access
-- (access.SsnVault.matchKey): no SSN is stored here, in clear or sealed.
create table interop.wage_load (
    id          bigint generated always as identity primary key,
    file_name   text not null,
    loaded_by   bigint,
    loaded_at   timestamptz not null default now(),
    rows_read   integer not null default 0,
    rows_loaded integer not null default 0,
    rows_skipped integer not null default 0
);

create table interop.wage_problem (
    id        bigint generated always as identity primary key,
    load_id   bigint not null references interop.wage_load on delete cascade,
    line      integer not null,
    column_name text,
    problem   text not null,
    value     text
);

-- One row per person, employer and quarter; a later load of the same key replaces the wages.
create table interop.wage_record (
    match_key    text not null,
    employer_id  text not null,
    year         smallint not null,
    quarter      smallint not null,
    wages_cents  bigint not null,
    load_id      bigint not null,
    primary key (match_key, year, quarter, employer_id),
    constraint wage_quarter check (quarter between 1 and 4),
    constraint wage_not_negative check (wages_cents >= 0)
);

-- The participants' match keys, refreshed before indicators are computed (one row per parent with an SSN).
create table interop.participant_key (
    member_id     uuid primary key,
    household_id  uuid not null,
    match_key     text
);
create index participant_key_match_idx on interop.participant_key (match_key);
