-- intake: the programs a household can be referred to, and each program's eligibility rules.
create schema if not exists intake;

-- A program run by a region's team (access.region, held by ID like every other module's reference).
create table intake.program (
    id          bigint generated always as identity primary key,
    name        text not null,
    region_id   bigint not null,
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    constraint program_name_unique unique (name),
    constraint program_name_not_blank check (btrim(name) <> '')
);
create index program_region_idx on intake.program (region_id);

-- One rule of a small, explicit vocabulary: a kind and its parameter. Every active rule of a
-- program must hold for a referral to be eligible (evaluated in Java, intake.eligibility).
create table intake.eligibility_rule (
    id                 bigint generated always as identity primary key,
    program_id         bigint not null references intake.program,
    kind               text not null,
    years              smallint,
    situation_classes  text[] not null default '{}',
    sources            text[] not null default '{}',
    amount_cents       bigint,
    active             boolean not null default true,
    changed_by         bigint,
    changed_at         timestamptz not null default now(),
    constraint rule_kind_known check (kind in ('HEAD_MIN_AGE', 'CHILD_UNDER_AGE', 'LIVING_SITUATION',
        'REFERRAL_SOURCE', 'MAX_MONTHLY_INCOME')),
    constraint rule_parameter_fits_kind check (case kind
        when 'HEAD_MIN_AGE' then years between 14 and 99
        when 'CHILD_UNDER_AGE' then years between 1 and 25
        when 'LIVING_SITUATION' then cardinality(situation_classes) > 0
        when 'REFERRAL_SOURCE' then cardinality(sources) > 0
        when 'MAX_MONTHLY_INCOME' then amount_cents > 0
        else false end)
);
create index eligibility_rule_program_idx on intake.eligibility_rule (program_id);
