-- intake: referrals in, attempts to contact the family, and readiness assessments.
create table intake.referral (
    id                  uuid primary key,
    household_id        uuid not null,
    program_id          bigint not null references intake.program,
    referred_on         date not null,
    source              text not null,
    source_other        text,
    living_situation    smallint not null,
    note                text,
    referred_by         bigint not null,
    referrer_agency_id  bigint,
    -- REFERRED -> CONTACTED -> ASSESSED -> ENROLLED, or a drop-out: UNREACHABLE, NOT_NOW, DECLINED, INELIGIBLE
    status              text not null default 'REFERRED',
    failed_rules        text[] not null default '{}',
    follow_up_on        date,
    recorded_at         timestamptz not null default now(),
    constraint referral_source_known check (source in ('SHELTER', 'MOTEL', 'SCATTERED_SITE', 'RAPID_REHOUSING',
        'DIVERSION', 'RAFT', 'HOMEBASE', 'OTHER')),
    constraint referral_other_source_named check (source <> 'OTHER' or btrim(coalesce(source_other, '')) <> ''),
    constraint referral_living_situation_hud check (living_situation in (101, 116, 118, 204, 205, 206, 207, 215, 225,
        302, 312, 313, 314, 327, 329, 332, 410, 411, 421, 422, 423, 426, 435, 17, 37, 8, 9, 99)),
    constraint referral_status_known check (status in ('REFERRED', 'CONTACTED', 'ASSESSED', 'ENROLLED',
        'UNREACHABLE', 'NOT_NOW', 'DECLINED', 'INELIGIBLE')),
    constraint referral_ineligible_says_why check ((status = 'INELIGIBLE') = (cardinality(failed_rules) > 0)),
    constraint referral_follow_up_when_not_now check ((status = 'NOT_NOW') = (follow_up_on is not null)),
    constraint referral_note_length check (note is null or length(note) <= 2000)
);
create index referral_household_idx on intake.referral (household_id, referred_on desc);
create index referral_program_idx on intake.referral (program_id, referred_on);
create index referral_waiting_idx on intake.referral (status, referred_on) where status in ('REFERRED', 'NOT_NOW', 'ASSESSED');
-- A family has at most one open referral to a program; a new one waits until it is closed.
create unique index referral_one_open_per_program on intake.referral (household_id, program_id)
    where status in ('REFERRED', 'CONTACTED', 'ASSESSED', 'NOT_NOW', 'UNREACHABLE');

create table intake.contact_attempt (
    id            bigint generated always as identity primary key,
    referral_id   uuid not null references intake.referral,
    attempted_on  date not null,
    method        text not null,
    reached       boolean not null,
    note          text,
    recorded_by   bigint not null,
    recorded_at   timestamptz not null default now(),
    constraint contact_method_known check (method in ('PHONE', 'TEXT_MESSAGE', 'EMAIL', 'IN_PERSON', 'VIDEO_CALL', 'LETTER')),
    constraint contact_note_length check (note is null or length(note) <= 2000)
);
create index contact_attempt_referral_idx on intake.contact_attempt (referral_id, attempted_on);

create table intake.assessment (
    id              uuid primary key,
    referral_id     uuid not null references intake.referral,
    assessed_on     date not null,
    decision        text not null,
    follow_up_on    date,
    decline_reason  text,
    decline_detail  text,
    assessed_by     bigint not null,
    recorded_at     timestamptz not null default now(),
    constraint assessment_decision_known check (decision in ('ENROLL', 'NOT_NOW', 'DECLINED')),
    constraint assessment_not_now_has_follow_up check ((decision = 'NOT_NOW') = (follow_up_on is not null)),
    constraint assessment_follow_up_later check (follow_up_on is null or follow_up_on > assessed_on),
    constraint assessment_declined_has_reason check ((decision = 'DECLINED') = (decline_reason is not null)),
    constraint assessment_decline_reason_known check (decline_reason is null or decline_reason in ('NOT_INTERESTED',
        'ALREADY_WORKING', 'CARING_FOR_FAMILY', 'HEALTH', 'MOVING_AWAY', 'IN_SCHOOL', 'OTHER')),
    constraint assessment_other_reason_said check (decline_reason is distinct from 'OTHER' or btrim(coalesce(decline_detail, '')) <> '')
);
create index assessment_referral_idx on intake.assessment (referral_id, assessed_on);

create table intake.readiness_answer (
    assessment_id  uuid not null references intake.assessment on delete cascade,
    question       text not null,
    answer         boolean not null,
    comment        text,
    primary key (assessment_id, question),
    constraint readiness_comment_length check (comment is null or length(comment) <= 500)
);
