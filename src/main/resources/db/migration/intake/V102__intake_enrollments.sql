-- intake: enrollments in a program, the navigators assigned over time, and exits.
create table intake.enrollment (
    id                 uuid primary key,
    referral_id        uuid not null references intake.referral,
    household_id       uuid not null,
    program_id         bigint not null references intake.program,
    start_date         date not null,
    navigator_user_id  bigint not null,
    enrolled_by        bigint not null,
    exited_on          date,
    exit_reason        text,
    exit_note          text,
    exit_destination   smallint,
    exited_by          bigint,
    recorded_at        timestamptz not null default now(),
    constraint enrollment_one_per_referral unique (referral_id),
    constraint enrollment_exit_after_start check (exited_on is null or exited_on >= start_date),
    constraint enrollment_exit_complete check ((exited_on is null) = (exit_reason is null)
        and (exited_on is null) = (exit_destination is null) and (exited_on is null) = (exited_by is null)),
    constraint enrollment_exit_reason_known check (exit_reason is null or exit_reason in ('COMPLETED', 'EMPLOYED_AND_STABLE',
        'MOVED_AWAY', 'STOPPED_ENGAGING', 'CHOSE_TO_LEAVE', 'OTHER')),
    constraint enrollment_destination_hud check (exit_destination is null or exit_destination in (101, 116, 118, 204, 205,
        206, 207, 215, 225, 302, 312, 313, 314, 327, 329, 332, 410, 411, 421, 422, 423, 426, 435, 17, 37, 24, 30, 8, 9, 99))
);
create index enrollment_household_idx on intake.enrollment (household_id);
create index enrollment_navigator_active_idx on intake.enrollment (navigator_user_id) where exited_on is null;
-- No second active enrollment in the same program; a family may re-enroll after an exit.
create unique index enrollment_one_active_per_program on intake.enrollment (household_id, program_id) where exited_on is null;

-- Who carried the family when. The current assignment has no end date.
create table intake.navigator_assignment (
    id                 bigint generated always as identity primary key,
    enrollment_id      uuid not null references intake.enrollment,
    navigator_user_id  bigint not null,
    from_date          date not null,
    to_date            date,
    assigned_by        bigint not null,
    reason             text,
    recorded_at        timestamptz not null default now(),
    constraint assignment_dates_in_order check (to_date is null or to_date >= from_date),
    constraint assignment_reason_length check (reason is null or length(reason) <= 500)
);
create unique index navigator_assignment_one_current on intake.navigator_assignment (enrollment_id) where to_date is null;
create index navigator_assignment_enrollment_idx on intake.navigator_assignment (enrollment_id, from_date);

-- Published for outcome reports: one row per enrollment, no names.
create view intake.enrollment_facts as
select e.household_id,
       e.program_id,
       p.region_id,
       r.referred_on,
       e.start_date as enrolled_on,
       e.exited_on,
       e.exit_destination,
       e.navigator_user_id
  from intake.enrollment e
  join intake.program p on p.id = e.program_id
  join intake.referral r on r.id = e.referral_id;
