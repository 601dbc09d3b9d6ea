-- conferences: the regional team's case conference, its generated agenda (frozen when the meeting
-- starts), who attended, minutes per family and action items followed to closure.
create schema if not exists conferences;

create table conferences.conference (
    id            uuid primary key,
    region_id     bigint not null,
    held_on       date not null,
    scheduled_by  bigint not null,
    scheduled_at  timestamptz not null default now(),
    -- The meeting started: the agenda was frozen into agenda_family / agenda_reason.
    started_at    timestamptz,
    started_by    bigint,
    -- The meeting ended: from then on the record is read-only.
    ended_at      timestamptz,
    ended_by      bigint,
    -- The earlier conference whose date "since the last conference" counts from (null: none yet).
    since_on      date,
    constraint conference_end_after_start check (ended_at is null or (started_at is not null and ended_at >= started_at))
);
create index conference_region_idx on conferences.conference (region_id, held_on desc);

-- Agencies invited; hidden_families is frozen with the agenda: how many families to discuss the
-- agency's staff could not read for lack of consent at the start of the meeting.
create table conferences.invitation (
    conference_id    uuid not null references conferences.conference on delete cascade,
    agency_id        bigint not null,
    hidden_families  integer,
    primary key (conference_id, agency_id)
);

-- The frozen agenda: every family of the region at the start, and each reason it was on it.
create table conferences.agenda_family (
    conference_id  uuid not null references conferences.conference,
    household_id   uuid not null,
    primary key (conference_id, household_id)
);

create table conferences.agenda_reason (
    conference_id  uuid not null references conferences.conference,
    household_id   uuid not null,
    position       integer not null,
    kind           text not null,
    sensitive      boolean not null,
    on_date        date,
    detail         text not null,
    primary key (conference_id, household_id, position),
    foreign key (conference_id, household_id) references conferences.agenda_family
);

create table conferences.attendee (
    id             uuid primary key,
    conference_id  uuid not null references conferences.conference,
    agency_id      bigint not null,
    staff_user_id  bigint,
    person_name    text not null,
    recorded_by    bigint not null,
    recorded_at    timestamptz not null default now(),
    constraint attendee_name_not_blank check (btrim(person_name) <> '')
);
create index attendee_conference_idx on conferences.attendee (conference_id);
create unique index attendee_staff_once on conferences.attendee (conference_id, staff_user_id) where staff_user_id is not null;

create table conferences.minutes (
    conference_id  uuid not null references conferences.conference,
    household_id   uuid not null,
    body           text not null,
    written_by     bigint not null,
    written_at     timestamptz not null default now(),
    primary key (conference_id, household_id),
    constraint minutes_not_blank check (btrim(body) <> ''),
    constraint minutes_length check (length(body) <= 8000)
);
create index minutes_household_idx on conferences.minutes (household_id);

create table conferences.action_item (
    id             uuid primary key,
    conference_id  uuid not null references conferences.conference,
    household_id   uuid not null,
    what           text not null,
    owner_user_id  bigint not null,
    due_on         date not null,
    created_by     bigint not null,
    created_at     timestamptz not null default now(),
    closed_at      timestamptz,
    closed_on      date,
    closed_by      bigint,
    closing_note   text,
    constraint action_item_what_not_blank check (btrim(what) <> ''),
    constraint action_item_closed_complete check ((closed_at is null) = (closed_by is null) and (closed_at is null) = (closed_on is null))
);
create index action_item_household_idx on conferences.action_item (household_id);
create index action_item_owner_open_idx on conferences.action_item (owner_user_id) where closed_at is null;
create index action_item_conference_idx on conferences.action_item (conference_id);

-- Published: one row per action item, no text, for reports (time to close, share closed on time).
create view conferences.action_item_facts as
select a.id as action_item_id, a.conference_id, c.region_id, a.household_id, a.owner_user_id, a.due_on,
       a.created_at, a.closed_on
  from conferences.action_item a
  join conferences.conference c on c.id = a.conference_id;
