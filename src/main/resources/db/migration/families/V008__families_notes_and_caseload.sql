-- families: notes on a household (shared with everyone who may read it, or kept within the author's
-- agency), and the caseload view other modules use for their "Today" items.
create table families.note (
    id                uuid primary key,
    household_id      uuid not null references families.household on delete cascade,
    author_user_id    bigint not null,
    author_agency_id  bigint,
    body              text not null,
    agency_private    boolean not null default false,
    created_at        timestamptz not null default now(),
    constraint note_body_not_blank check (btrim(body) <> ''),
    constraint note_body_length check (length(body) <= 4000)
);
create index note_household_idx on families.note (household_id, created_at desc);

create view families.caseload as
select h.id as household_id, h.worker_user_id, h.owner_agency_id
  from families.household h;
