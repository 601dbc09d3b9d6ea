-- outcomes: the cabinet's proof points (a collaboration of agencies promising to move one measure)
-- and what each region's program costs per state fiscal year, for cost per outcome.

create table outcomes.proof_point (
    id                bigint generated always as identity primary key,
    name              text not null,
    region_id         bigint,                 -- null: statewide
    metric            text not null,
    baseline_percent  numeric(5, 1) not null,
    target_percent    numeric(5, 1) not null,
    deadline          date not null,
    created_by        bigint not null,
    created_at        timestamptz not null default now(),
    updated_by        bigint not null,
    updated_at        timestamptz not null default now(),
    version           integer not null default 0,
    constraint proof_point_name_not_blank check (btrim(name) <> '' and length(name) <= 200),
    constraint proof_point_metric_known check (metric in ('EMPLOYED_WITHIN_12_MONTHS', 'RETAINED_12_MONTHS',
        'STABLY_HOUSED_24_MONTHS', 'EARNING_OVER_1500_AT_24_MONTHS', 'RETURNED_WITHIN_180_DAYS',
        'RETURNED_181_TO_365_DAYS', 'RETURNED_366_TO_730_DAYS')),
    constraint proof_point_percents check (baseline_percent between 0 and 100 and target_percent between 0 and 100
        and baseline_percent <> target_percent)
);
create unique index proof_point_name_unique on outcomes.proof_point (lower(name));

-- The agencies that committed to a proof point.
create table outcomes.proof_point_agency (
    proof_point_id  bigint not null references outcomes.proof_point on delete cascade,
    agency_id       bigint not null,
    primary key (proof_point_id, agency_id)
);

-- A region's program cost (staff, overhead: everything but flexible funds) for a state fiscal year
-- (July to June, named by the year it ends in, like flexfunds pools).
create table outcomes.program_cost (
    region_id     bigint not null,
    fiscal_year   integer not null,
    amount_cents  bigint not null,
    recorded_by   bigint not null,
    recorded_at   timestamptz not null default now(),
    primary key (region_id, fiscal_year),
    constraint program_cost_positive check (amount_cents >= 0),
    constraint program_cost_year check (fiscal_year between 2000 and 2100)
);
