-- plans: a household's Individual Employment Plan. The live plan (goals, track, activities,
-- milestones) changes; every save also writes an immutable revision, a snapshot of the whole plan
-- as agreed that day, so older versions can be read and compared.
create schema if not exists plans;

create table plans.plan (
    household_id           uuid primary key,
    participant_member_id  uuid,                 -- null: the head of household
    short_term_goals       text not null default '',
    long_term_goals        text not null default '',
    track                  text,
    current_revision       integer not null,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint plan_track_known check (track is null or track in ('JOB_READINESS_TRAINING', 'SKILLS_TRAINING', 'IMMEDIATE_JOB_SEARCH')),
    constraint plan_has_a_goal check (btrim(short_term_goals) <> '' or btrim(long_term_goals) <> ''),
    constraint plan_goals_length check (length(short_term_goals) <= 2000 and length(long_term_goals) <= 2000),
    constraint plan_revision_positive check (current_revision >= 1)
);

create table plans.activity (
    id                        uuid primary key,
    household_id              uuid not null references plans.plan on delete cascade,
    position                  integer not null,
    what                      text not null,
    due_on                    date not null,
    owner_user_id             bigint,           -- null: the parent does it
    status                    text not null default 'PLANNED',
    started_on                date,
    completed_on              date,
    dropped_on                date,
    dropped_reason            text,
    status_changed_at         timestamptz,
    status_changed_by         bigint,
    status_changed_agency_id  bigint,
    added_in_revision         integer not null,
    constraint activity_status_known check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    constraint activity_what_not_blank check (btrim(what) <> '' and length(what) <= 300),
    constraint activity_done_has_date check ((status = 'DONE') = (completed_on is not null)),
    constraint activity_dropped_has_reason check ((status = 'DROPPED') = (dropped_on is not null and dropped_reason is not null))
);
create index activity_household_idx on plans.activity (household_id, position);
create index activity_open_due_idx on plans.activity (due_on, household_id) where status in ('PLANNED', 'IN_PROGRESS');
create index activity_open_owner_idx on plans.activity (owner_user_id) where status in ('PLANNED', 'IN_PROGRESS');

create table plans.milestone (
    id                   uuid primary key,
    household_id         uuid not null references plans.plan on delete cascade,
    position             integer not null,
    what                 text not null,
    target_on            date not null,
    reached_on           date,
    reached_recorded_by  bigint,
    reached_agency_id    bigint,
    reached_recorded_at  timestamptz,
    added_in_revision    integer not null,
    constraint milestone_what_not_blank check (btrim(what) <> '' and length(what) <= 300),
    constraint milestone_reached_recorded check ((reached_on is null) = (reached_recorded_at is null))
);
create index milestone_household_idx on plans.milestone (household_id, position);

create table plans.revision (
    household_id           uuid not null references plans.plan,
    number                 integer not null,
    saved_at               timestamptz not null default now(),
    saved_by               bigint not null,
    saved_by_agency_id     bigint,
    summary                text not null,
    participant_member_id  uuid,
    short_term_goals       text not null,
    long_term_goals        text not null,
    track                  text,
    primary key (household_id, number),
    constraint revision_summary_not_blank check (btrim(summary) <> '' and length(summary) <= 500)
);

create table plans.revision_activity (
    household_id   uuid not null,
    revision       integer not null,
    activity_id    uuid not null,
    position       integer not null,
    what           text not null,
    due_on         date not null,
    owner_user_id  bigint,
    status         text not null,
    primary key (household_id, revision, activity_id),
    foreign key (household_id, revision) references plans.revision
);

create table plans.revision_milestone (
    household_id  uuid not null,
    revision      integer not null,
    milestone_id  uuid not null,
    position      integer not null,
    what          text not null,
    target_on     date not null,
    reached_on    date,
    primary key (household_id, revision, milestone_id),
    foreign key (household_id, revision) references plans.revision
);

-- What was agreed stays as it was agreed: revisions are never changed or removed.
create function plans.refuse_rewrite() returns trigger language plpgsql as
$$ begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end $$;
create trigger revision_append_only before update or delete on plans.revision
    for each row execute function plans.refuse_rewrite();
create trigger revision_activity_append_only before update or delete on plans.revision_activity
    for each row execute function plans.refuse_rewrite();
create trigger revision_milestone_append_only before update or delete on plans.revision_milestone
    for each row execute function plans.refuse_rewrite();

-- "In my words": what the parent said about their plan, dated, with who wrote it down.
create table plans.parent_words (
    id                       uuid primary key,
    household_id             uuid not null,
    words                    text not null,
    said_on                  date not null,
    written_down_by          bigint not null,
    written_down_agency_id   bigint,
    recorded_at              timestamptz not null default now(),
    constraint parent_words_not_blank check (btrim(words) <> '' and length(words) <= 2000)
);
create index parent_words_household_idx on plans.parent_words (household_id, said_on desc);
