-- families publishes, for record linkage only, each member's matching fields. No SSN: only the last
-- four digits families already stores in clear. Read by the linkage module, never shown unfiltered:
-- every page joins the access rule on household_id.
create or replace view families.member_matching_facts as
select m.id as member_id,
       m.household_id,
       h.owner_agency_id,
       m.first_name,
       m.last_name,
       m.birth_date,
       m.sex,
       m.ssn_last4,
       h.address_line1,
       h.address_line2,
       h.city,
       h.state,
       h.postal_code
  from families.member m
  join families.household h on h.id = m.household_id;

create schema if not exists linkage;

-- Link, never merge: records stay where they are; a person is the set of records joined by active
-- links (a connected component). Each link keeps its score, the comparison that made it, who or
-- what made it and when; a decision by a person is never overwritten by the matcher.
create table linkage.link (
    id              bigserial primary key,
    member_a        uuid not null,           -- member_a < member_b
    member_b        uuid not null,
    household_a     uuid not null,
    household_b     uuid not null,
    probability     double precision not null,
    weight          double precision not null,
    comparison      jsonb not null,          -- field name → agreement level name
    status          text not null,           -- LINKED, REVIEW, UNSURE, REJECTED, UNLINKED
    made_by         text not null,           -- 'matcher' or the username that decided
    made_at         timestamptz not null default now(),
    decided_by      text,
    decided_at      timestamptz,
    constraint link_ordered check (member_a < member_b),
    constraint link_status check (status in ('LINKED', 'REVIEW', 'UNSURE', 'REJECTED', 'UNLINKED')),
    constraint link_one_row_per_pair unique (member_a, member_b)
);
create index link_status_idx on linkage.link (status, probability desc);
create index link_member_b_idx on linkage.link (member_b);
create index link_household_a_idx on linkage.link (household_a);
create index link_household_b_idx on linkage.link (household_b);

-- Pairs a person said are not the same person (rejected or unlinked): the matcher never links
-- or queues them again.
create table linkage.do_not_link (
    member_a     uuid not null,
    member_b     uuid not null,
    decided_by   text not null,
    decided_at   timestamptz not null default now(),
    primary key (member_a, member_b),
    constraint do_not_link_ordered check (member_a < member_b)
);

create table linkage.settings (
    id                integer primary key default 1 check (id = 1),
    auto_link_above   double precision not null default 0.9,
    review_above      double precision not null default 0.2,
    automatic         boolean not null default true,
    updated_by        text,
    updated_at        timestamptz not null default now(),
    constraint settings_thresholds check (review_above > 0 and review_above <= auto_link_above and auto_link_above <= 1)
);
insert into linkage.settings (id) values (1);

create table linkage.run (
    id            bigserial primary key,
    started_by    text not null,
    started_at    timestamptz not null default now(),
    finished_at   timestamptz,
    stage         text not null,             -- READING, MATCHING, SAVING, DONE, FAILED
    records       integer not null default 0,
    pairs         integer not null default 0,
    saved         integer not null default 0,
    linked        integer not null default 0,
    for_review    integer not null default 0,
    message       text
);

-- Published for outcomes: which members are the same person (person_key = the smallest member id of
-- the linked set). No names.
create or replace view linkage.active_link_facts as
select member_a, member_b, household_a, household_b, made_by, made_at
  from linkage.link where status = 'LINKED';
