-- employment: the employer directory (job development), job placements, retention check-ins,
-- training and credentials. Households and members are held by ID only (families owns them).
create schema if not exists employment;

-- Employers job developers work with, per regional team (null region: statewide).
create table employment.employer (
    id             bigint generated always as identity primary key,
    region_id      bigint,
    name           text not null,
    industry       text not null,
    contact_name   text,
    contact_phone  text,
    contact_email  text,
    address_line1  text,
    city           text,
    state          char(2),
    postal_code    text,
    notes          text,
    created_by     bigint,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        integer not null default 0,
    constraint employer_name_not_blank check (btrim(name) <> ''),
    constraint employer_postal_code_format check (postal_code is null or postal_code ~ '^\d{5}(-\d{4})?$'),
    constraint employer_state_format check (state is null or state ~ '^[A-Z]{2}$')
);
create unique index employer_name_per_region on employment.employer (lower(name), coalesce(region_id, 0));
create index employer_region_idx on employment.employer (region_id);

-- A job an employer is hiring for: open until closed_on.
create table employment.opening (
    id              bigint generated always as identity primary key,
    employer_id     bigint not null references employment.employer on delete cascade,
    title           text not null,
    wage_min_cents  bigint not null,
    wage_max_cents  bigint not null,
    hours_per_week  numeric(4, 1),
    schedule        text not null,
    posted_on       date not null,
    closed_on       date,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    constraint opening_title_not_blank check (btrim(title) <> ''),
    constraint opening_wage_range check (wage_min_cents > 0 and wage_max_cents >= wage_min_cents),
    constraint opening_hours check (hours_per_week is null or (hours_per_week > 0 and hours_per_week <= 80)),
    constraint opening_schedule check (schedule in ('REGULAR', 'IRREGULAR')),
    constraint opening_closed_after_posted check (closed_on is null or closed_on >= posted_on)
);
create index opening_employer_idx on employment.opening (employer_id, posted_on desc);

-- A job a household member holds or held. monthly_earnings_cents is computed once, in Java
-- (employment.Earnings: wage × hours × 52 / 12, rounded half up to the cent), so every reader
-- sees the same figure.
create table employment.placement (
    id                      uuid primary key,
    household_id            uuid not null,
    member_id               uuid not null,
    employer_id             bigint references employment.employer,
    employer_name           text not null,
    occupation              text not null,
    hourly_wage_cents       bigint not null,
    hours_per_week          numeric(4, 1) not null,
    monthly_earnings_cents  bigint not null,
    schedule                text not null,
    benefits                text[] not null default '{}',
    started_on              date not null,
    ended_on                date,
    reason_left             text,
    held_at_enrollment      boolean not null default false,
    recorded_by             bigint,
    recorded_at             timestamptz not null default now(),
    ended_by                bigint,
    constraint placement_wage_positive check (hourly_wage_cents > 0),
    constraint placement_hours check (hours_per_week > 0 and hours_per_week <= 80),
    constraint placement_schedule check (schedule in ('REGULAR', 'IRREGULAR')),
    constraint placement_end_after_start check (ended_on is null or ended_on >= started_on),
    constraint placement_end_has_reason check ((ended_on is null) = (reason_left is null)),
    constraint placement_reason check (reason_left is null or reason_left in
        ('QUIT', 'LAID_OFF', 'FIRED', 'BETTER_JOB', 'HEALTH', 'CHILD_CARE', 'TRANSPORTATION', 'OTHER')),
    constraint placement_text_not_blank check (btrim(employer_name) <> '' and btrim(occupation) <> '')
);
-- "Better job" compares with THE job held at enrollment: one per person.
create unique index placement_one_job_at_enrollment on employment.placement (member_id) where held_at_enrollment;
create index placement_household_idx on employment.placement (household_id, started_on desc);
create index placement_employer_idx on employment.placement (employer_id, started_on desc);

-- Retention check-ins at 30, 90, 180 and 365 calendar days after a placement starts. Answered
-- once: the answer columns are filled together and never changed.
create table employment.checkin (
    id                               uuid primary key,
    placement_id                     uuid not null references employment.placement on delete cascade,
    household_id                     uuid not null,
    days_after_start                 smallint not null,
    due_on                           date not null,
    answered_on                      date,
    answered_by                      bigint,
    answered_at                      timestamptz,
    still_employed                   boolean,
    same_employer                    boolean,
    hours_per_week                   numeric(4, 1),
    hourly_wage_cents                bigint,
    monthly_earnings_cents           bigint,
    note                             text,
    constraint checkin_days check (days_after_start in (30, 90, 180, 365)),
    constraint checkin_once_per_point unique (placement_id, days_after_start),
    constraint checkin_answer_complete check ((answered_on is null) = (still_employed is null)
                                              and (answered_on is null) = (answered_at is null)),
    constraint checkin_employment_details check (still_employed is not true
                                                 or (same_employer is not null and hours_per_week is not null
                                                     and hourly_wage_cents is not null)),
    constraint checkin_hours check (hours_per_week is null or (hours_per_week > 0 and hours_per_week <= 80)),
    constraint checkin_wage check (hourly_wage_cents is null or hourly_wage_cents > 0)
);
create index checkin_household_idx on employment.checkin (household_id, due_on);
create index checkin_pending_idx on employment.checkin (due_on) where answered_on is null;

create table employment.training (
    id            uuid primary key,
    household_id  uuid not null,
    member_id     uuid not null,
    program       text not null,
    provider      text not null,
    started_on    date not null,
    ends_on       date,
    status        text not null,
    recorded_by   bigint,
    recorded_at   timestamptz not null default now(),
    constraint training_status check (status in ('ENROLLED', 'COMPLETED', 'DID_NOT_COMPLETE')),
    constraint training_end_after_start check (ends_on is null or ends_on >= started_on),
    constraint training_finished_has_end check (status = 'ENROLLED' or ends_on is not null),
    constraint training_text_not_blank check (btrim(program) <> '' and btrim(provider) <> '')
);
create index training_household_idx on employment.training (household_id, started_on desc);

create table employment.credential (
    id            uuid primary key,
    household_id  uuid not null,
    member_id     uuid not null,
    name          text not null,
    issuer        text not null,
    earned_on     date not null,
    recorded_by   bigint,
    recorded_at   timestamptz not null default now(),
    constraint credential_text_not_blank check (btrim(name) <> '' and btrim(issuer) <> '')
);
create index credential_household_idx on employment.credential (household_id, earned_on desc);
