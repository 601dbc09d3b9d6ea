-- audit: an append-only record of every view and change of a household's personal data.
create schema if not exists audit;

create table audit.event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null default clock_timestamp(),
    user_id       bigint,
    username      text not null,
    household_id  uuid,
    action        text not null,
    detail        text
);
create index event_household_idx on audit.event (household_id, occurred_at desc);
create index event_user_idx on audit.event (user_id, occurred_at desc);
create index event_occurred_idx on audit.event (occurred_at desc);

create function audit.refuse_rewrite() returns trigger language plpgsql as
$$ begin
    raise exception 'audit.event is append-only: % is not allowed', tg_op;
end $$;

create trigger event_append_only before update or delete on audit.event
    for each row execute function audit.refuse_rewrite();
create trigger event_no_truncate before truncate on audit.event
    for each statement execute function audit.refuse_rewrite();
