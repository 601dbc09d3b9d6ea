-- services: the partner directory, shaped like Open Referral HSDS 3.0 (organization, service,
-- location with its address, service_at_location, schedule, language; eligibility on the service
-- as HSDS 3.0 has it). Column names follow HSDS so the JSON API can say the same thing.
create schema if not exists services;

create table services.organization (
    id              uuid primary key,
    name            text not null,
    alternate_name  text,
    description     text not null,
    email           text,
    website         text,
    -- The Crosswalk agency (access.agency) whose inbox receives referrals to this organization's
    -- services; null for organizations that do not use Crosswalk (they are listed, not referred to).
    agency_id       bigint,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer not null default 0,
    search          tsvector generated always as (
        setweight(to_tsvector('english', name || ' ' || coalesce(alternate_name, '')), 'A')
        || setweight(to_tsvector('english', description), 'C')) stored,
    constraint organization_name_not_blank check (btrim(name) <> ''),
    constraint organization_description_not_blank check (btrim(description) <> '')
);
create unique index organization_name_unique on services.organization (lower(name));
-- One directory entry per agency, so an agency's inbox is never ambiguous.
create unique index organization_agency_unique on services.organization (agency_id) where agency_id is not null;
create index organization_search_idx on services.organization using gin (search);

create table services.service (
    id                       uuid primary key,
    organization_id          uuid not null references services.organization on delete cascade,
    name                     text not null,
    alternate_name           text,
    description              text not null,
    category                 text not null,
    status                   text not null default 'active',
    email                    text,
    url                      text,
    eligibility_description  text,
    minimum_age              smallint,
    maximum_age              smallint,
    fees_description         text,
    application_process      text,
    interpretation_services  text,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    version                  integer not null default 0,
    -- The category's words are searchable too, so "child care" finds child care centres by name or kind.
    search                   tsvector generated always as (
        setweight(to_tsvector('english', name || ' ' || coalesce(alternate_name, '')), 'A')
        || setweight(to_tsvector('english', case category
               when 'CHILD_CARE' then 'child care daycare early learning'
               when 'MENTAL_HEALTH' then 'mental health counseling behavioral'
               when 'CHILD_WELFARE' then 'child welfare family support'
               when 'BENEFITS' then 'benefits assistance'
               when 'VOCATIONAL_REHAB' then 'vocational rehabilitation disability employment'
               when 'CAREER_CENTER' then 'career center jobs training'
               when 'TRANSPORTATION' then 'transportation rides bus'
               when 'LEGAL' then 'legal aid lawyer'
               else '' end), 'B')
        || setweight(to_tsvector('english', description || ' ' || coalesce(eligibility_description, '')), 'C')) stored,
    constraint service_name_not_blank check (btrim(name) <> ''),
    constraint service_category_known check (category in ('CHILD_CARE', 'MENTAL_HEALTH', 'CHILD_WELFARE', 'BENEFITS',
        'VOCATIONAL_REHAB', 'CAREER_CENTER', 'TRANSPORTATION', 'LEGAL', 'OTHER')),
    constraint service_status_hsds check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    constraint service_ages check (minimum_age is null or minimum_age between 0 and 120),
    constraint service_ages_max check (maximum_age is null or maximum_age between 0 and 120),
    constraint service_ages_order check (minimum_age is null or maximum_age is null or minimum_age <= maximum_age)
);
create index service_organization_idx on services.service (organization_id);
create index service_category_idx on services.service (category);
create index service_search_idx on services.service using gin (search);

-- A place where services are offered; its address is folded in (HSDS nests it as addresses[0]).
create table services.location (
    id               uuid primary key,
    organization_id  uuid not null references services.organization on delete cascade,
    name             text,
    description      text,
    transportation   text,
    address_1        text not null,
    address_2        text,
    city             text not null,
    state_province   char(2) not null default 'CT',
    postal_code      text not null,
    country          char(2) not null default 'US',
    constraint location_address_not_blank check (btrim(address_1) <> '' and btrim(city) <> ''),
    constraint location_postal_code_format check (postal_code ~ '^\d{5}(-\d{4})?$'),
    constraint location_state_format check (state_province ~ '^[A-Z]{2}$')
);
create index location_organization_idx on services.location (organization_id);
create index location_city_idx on services.location (lower(city));

create table services.service_at_location (
    id           uuid primary key,
    service_id   uuid not null references services.service on delete cascade,
    location_id  uuid not null references services.location on delete cascade,
    description  text,
    constraint service_at_location_once unique (service_id, location_id)
);
create index service_at_location_location_idx on services.service_at_location (location_id);

-- Weekly opening hours, as HSDS's RRULE-shaped schedule: freq WEEKLY, byday like 'MO,TU,WE'.
create table services.schedule (
    id           uuid primary key,
    service_id   uuid not null references services.service on delete cascade,
    freq         text not null default 'WEEKLY',
    byday        text not null,
    opens_at     time not null,
    closes_at    time not null,
    description  text,
    constraint schedule_weekly check (freq = 'WEEKLY'),
    constraint schedule_byday_format check (byday ~ '^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$'),
    constraint schedule_closes_after_opening check (closes_at > opens_at)
);
create index schedule_service_idx on services.schedule (service_id);

create table services.language (
    id          uuid primary key,
    service_id  uuid not null references services.service on delete cascade,
    name        text not null,
    code        text,
    note        text,
    constraint language_name_not_blank check (btrim(name) <> '')
);
create unique index language_once_per_service on services.language (service_id, lower(name));
create index language_name_idx on services.language (lower(name));

-- The hours a caseworker asks about, decided once here for search and display alike:
--   open evenings         some session runs until 7 pm or later;
--   open weekends         some session is on a Saturday or Sunday;
--   child-friendly hours  some weekday session fits the school day: starts 9:00 or later, ends by 3:00 pm
--                         (a parent can drop children at school first and be back for pick-up).
create view services.service_hours as
select s.id as service_id,
       coalesce(bool_or(sc.closes_at >= time '19:00'), false) as open_evenings,
       coalesce(bool_or(sc.byday ~ '(SA|SU)'), false) as open_weekends,
       coalesce(bool_or(sc.byday ~ '(MO|TU|WE|TH|FR)' and sc.opens_at >= time '09:00' and sc.closes_at <= time '15:00'), false)
           as child_friendly_hours
  from services.service s
  left join services.schedule sc on sc.service_id = s.id
 group by s.id;
