-- access: who works where, and in which role.
create schema if not exists access;

create table access.region (
    id          bigint generated always as identity primary key,
    name        text not null,
    created_at  timestamptz not null default now(),
    constraint region_name_unique unique (name),
    constraint region_name_not_blank check (btrim(name) <> '')
);

create table access.agency (
    id          bigint generated always as identity primary key,
    name        text not null,
    kind        text not null,
    region_id   bigint not null references access.region,
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    constraint agency_name_unique unique (name),
    constraint agency_name_not_blank check (btrim(name) <> ''),
    constraint agency_kind_known check (kind in ('HOUSING', 'EMPLOYMENT', 'CHILD_CARE', 'MENTAL_HEALTH',
        'CHILD_WELFARE', 'BENEFITS', 'VOCATIONAL_REHAB', 'CAREER_CENTER'))
);
create index agency_region_idx on access.agency (region_id);

create table access.staff_user (
    id             bigint generated always as identity primary key,
    username       text not null,
    display_name   text not null,
    email          text,
    password_hash  text not null,
    role           text not null,
    agency_id      bigint references access.agency,
    region_id      bigint references access.region,
    enabled        boolean not null default true,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint staff_user_role_known check (role in ('NAVIGATOR', 'HOUSING_CASE_MANAGER', 'PARTNER_STAFF',
        'TEAM_LEAD', 'STATE_ANALYST', 'ADMINISTRATOR')),
    -- caseworkers act for an agency; a team lead leads a region's team
    constraint staff_user_agency_for_caseworkers check (
        role not in ('NAVIGATOR', 'HOUSING_CASE_MANAGER', 'PARTNER_STAFF', 'TEAM_LEAD') or agency_id is not null),
    constraint staff_user_region_for_team_lead check (role <> 'TEAM_LEAD' or region_id is not null)
);
create unique index staff_user_username_unique on access.staff_user (lower(username));
create index staff_user_agency_idx on access.staff_user (agency_id);
