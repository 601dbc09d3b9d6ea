-- plans: barriers to work a family faces, who owns each, and how and when it was solved.
-- Mental health, substance use and domestic violence are sensitive: only the owning agency and
-- viewers in access.sensitive_readable_households see them (enforced in plans.barriers.Barriers).
create table plans.barrier (
    id               uuid primary key,
    household_id     uuid not null,
    kind             text not null,
    other_text       text,
    sensitive        boolean generated always as (kind in ('MENTAL_HEALTH', 'SUBSTANCE_USE', 'DOMESTIC_VIOLENCE')) stored,
    severity         text not null,
    owner_agency_id  bigint not null,
    details          text,
    opened_on        date not null,
    resolved_on      date,
    resolution       text,
    recorded_by      bigint not null,
    recorded_at      timestamptz not null default now(),
    constraint barrier_kind_known check (kind in ('CHILD_CARE', 'TRANSPORTATION', 'PHONE', 'DOCUMENTS_ID', 'MENTAL_HEALTH',
        'SUBSTANCE_USE', 'DOMESTIC_VIOLENCE', 'LEGAL_RECORD', 'EDUCATION_ENGLISH', 'HEALTH', 'CHILDS_SCHOOL',
        'HOUSING_INSTABILITY', 'OTHER')),
    constraint barrier_severity_known check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRISIS')),
    constraint barrier_other_named check ((kind = 'OTHER') = (other_text is not null)),
    constraint barrier_resolution_complete check ((resolved_on is null) = (resolution is null)),
    constraint barrier_resolved_after_opening check (resolved_on is null or resolved_on >= opened_on),
    constraint barrier_text_lengths check (length(coalesce(other_text, '')) <= 120 and length(coalesce(details, '')) <= 1000
        and length(coalesce(resolution, '')) <= 1000)
);
create index barrier_household_idx on plans.barrier (household_id, opened_on desc);
create index barrier_open_serious_idx on plans.barrier (opened_on) where resolved_on is null and severity in ('HIGH', 'CRISIS');
create index barrier_owner_idx on plans.barrier (owner_agency_id) where resolved_on is null;

-- Opened, resolved, reopened: the barrier's history, for the family's timeline.
create table plans.barrier_event (
    id              bigint generated always as identity primary key,
    barrier_id      uuid not null references plans.barrier,
    household_id    uuid not null,
    what            text not null,
    on_day          date not null,
    recorded_at     timestamptz not null default now(),
    by_user_id      bigint,
    by_agency_id    bigint,
    detail          text,
    constraint barrier_event_what_known check (what in ('OPENED', 'RESOLVED', 'REOPENED'))
);
create index barrier_event_household_idx on plans.barrier_event (household_id);
create trigger barrier_event_append_only before update or delete on plans.barrier_event
    for each row execute function plans.refuse_rewrite();

-- Published for outcomes: one row per barrier, no free text. Readers decide what to show about
-- sensitive kinds; time to resolve is resolved_on - opened_on in days.
create view plans.barrier_facts as
select b.id as barrier_id, b.household_id, b.kind, b.sensitive, b.severity, b.owner_agency_id, b.opened_on, b.resolved_on
  from plans.barrier b;
