-- families: households, the people in them, and reported income.
create schema if not exists families;

create table families.household (
    id               uuid primary key,
    owner_agency_id  bigint not null,        -- mirrored in access.household_steward, which decides who reads it
    worker_user_id   bigint,                 -- the staff member whose caseload it is on
    address_line1    text,
    address_line2    text,
    city             text,
    state            char(2),
    postal_code      text,
    created_at       timestamptz not null default now(),
    created_by       bigint,
    updated_at       timestamptz not null default now(),
    version          integer not null default 0,
    constraint household_postal_code_format check (postal_code is null or postal_code ~ '^\d{5}(-\d{4})?$'),
    constraint household_state_format check (state is null or state ~ '^[A-Z]{2}$')
);
create index household_worker_idx on families.household (worker_user_id);
create index household_owner_idx on families.household (owner_agency_id);

create table families.member (
    id                   uuid primary key,
    household_id         uuid not null references families.household on delete cascade,
    relationship_to_hoh  smallint not null,
    first_name           text not null,
    middle_name          text,
    last_name            text not null,
    birth_date           date,
    race                 text[] not null default '{}',
    sex                  smallint not null default 99,
    veteran_status       smallint not null default 99,
    preferred_language   text,
    phone                text,
    ssn_sealed           bytea,
    ssn_last4            char(4),
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              integer not null default 0,
    constraint member_relationship_hud check (relationship_to_hoh in (1, 2, 3, 4, 5, 99)),
    constraint member_sex_hud check (sex in (0, 1, 8, 9, 99)),
    constraint member_veteran_hud check (veteran_status in (0, 1, 8, 9, 99)),
    constraint member_names_not_blank check (btrim(first_name) <> '' and btrim(last_name) <> ''),
    constraint member_ssn_pair check ((ssn_sealed is null) = (ssn_last4 is null)),
    constraint member_ssn_last4_digits check (ssn_last4 is null or ssn_last4 ~ '^\d{4}$')
);
create unique index member_one_head_per_household on families.member (household_id) where relationship_to_hoh = 1;
create index member_household_idx on families.member (household_id);
create index member_last_name_idx on families.member (lower(last_name) text_pattern_ops);
create index member_first_name_idx on families.member (lower(first_name) text_pattern_ops);
create index member_birth_date_idx on families.member (birth_date);
create index member_ssn_last4_idx on families.member (ssn_last4);

create table families.income_report (
    id                   bigint generated always as identity primary key,
    household_id         uuid not null references families.household on delete cascade,
    as_of                date not null,
    total_monthly_cents  bigint not null,
    earned_monthly_cents bigint not null default 0,
    recorded_by          bigint,
    recorded_at          timestamptz not null default now(),
    constraint income_not_negative check (total_monthly_cents >= 0 and earned_monthly_cents >= 0),
    constraint income_earned_within_total check (earned_monthly_cents <= total_monthly_cents)
);
create index income_report_household_idx on families.income_report (household_id, as_of desc);
