-- housing: where a household lives over time (HUD living-situation codes) and its rental subsidies
-- (HUD 3.12.A subsidy types). Households are held by ID only (families owns them).
create schema if not exists housing;

-- A living situation from started_on until the next one starts.
create table housing.living_situation (
    id            uuid primary key,
    household_id  uuid not null,
    code          smallint not null,
    started_on    date not null,
    recorded_by   bigint,
    recorded_at   timestamptz not null default now(),
    constraint living_situation_hud_code check (code in (101, 116, 118, 204, 205, 206, 207, 215, 225, 302, 312, 313,
                                                         314, 327, 332, 410, 411, 421, 422, 423, 426, 435, 8, 9, 99)),
    constraint living_situation_one_per_day unique (household_id, started_on)
);

-- A rental subsidy. ends_on is the planned or actual last day; null while ongoing with no end in sight.
create table housing.subsidy (
    id                   uuid primary key,
    household_id         uuid not null,
    subsidy_type         smallint not null,
    started_on           date not null,
    ends_on              date,
    monthly_rent_cents   bigint not null,
    tenant_share_cents   bigint not null,
    income_limit_cents   bigint,
    recorded_by          bigint,
    recorded_at          timestamptz not null default now(),
    end_changed_by       bigint,
    end_changed_at       timestamptz,
    constraint subsidy_hud_type check (subsidy_type in (419, 420, 428, 431, 433, 434, 436, 437, 438, 439, 440)),
    constraint subsidy_end_after_start check (ends_on is null or ends_on >= started_on),
    constraint subsidy_rent_positive check (monthly_rent_cents > 0),
    constraint subsidy_share_within_rent check (tenant_share_cents >= 0 and tenant_share_cents <= monthly_rent_cents),
    constraint subsidy_income_limit_positive check (income_limit_cents is null or income_limit_cents > 0)
);
create index subsidy_household_idx on housing.subsidy (household_id, started_on desc);
create index subsidy_ending_idx on housing.subsidy (ends_on) where ends_on is not null;
