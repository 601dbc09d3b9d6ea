-- services: referrals from a family to a partner's service, answered by the partner in its inbox.
-- SENT -> ACCEPTED | DECLINED; ACCEPTED -> SERVICE_DELIVERED; SENT | ACCEPTED -> WITHDRAWN (by the sender).
create table services.referral (
    id                  uuid primary key,
    household_id        uuid not null,
    service_id          uuid not null references services.service,
    -- Copied when sent: the inbox it went to and the kind of help, even if the directory changes later.
    receiving_agency_id bigint not null,
    category            text not null,
    sending_agency_id   bigint not null,
    sent_by             bigint not null,
    sent_at             timestamptz not null,
    sent_on             date not null,
    reason              text not null,
    urgency             text not null,
    status              text not null,
    answered_at         timestamptz,
    answered_on         date,
    answered_by         bigint,
    answer_note         text,
    decline_reason      text,
    delivered_on        date,
    delivered_at        timestamptz,
    delivered_by        bigint,
    withdrawn_at        timestamptz,
    withdrawn_by        bigint,
    withdraw_reason     text,
    -- The partner's latest answer (accepted, declined, delivered) and when the sender last looked.
    replied_at          timestamptz,
    sender_seen_at      timestamptz,
    version             integer not null default 0,
    constraint referral_status_known check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'SERVICE_DELIVERED', 'WITHDRAWN')),
    constraint referral_urgency_known check (urgency in ('ROUTINE', 'SOON', 'URGENT')),
    constraint referral_reason_not_blank check (btrim(reason) <> ''),
    constraint referral_answered check (status not in ('ACCEPTED', 'DECLINED', 'SERVICE_DELIVERED')
                                        or (answered_at is not null and answered_on is not null and answered_by is not null)),
    constraint referral_answered_after_sending check (answered_on is null or answered_on >= sent_on),
    constraint referral_declined_with_reason check (status <> 'DECLINED' or btrim(coalesce(decline_reason, '')) <> ''),
    constraint referral_delivered_complete check (status <> 'SERVICE_DELIVERED'
                                                  or (delivered_on is not null and delivered_at is not null and delivered_by is not null)),
    constraint referral_delivered_after_acceptance check (delivered_on is null or delivered_on >= answered_on),
    constraint referral_withdrawn_complete check (status <> 'WITHDRAWN' or (withdrawn_at is not null and withdrawn_by is not null))
);
create index referral_household_idx on services.referral (household_id, sent_at desc);
create index referral_inbox_idx on services.referral (receiving_agency_id, status, sent_on);
create index referral_sender_idx on services.referral (sent_by, status);
create index referral_service_idx on services.referral (service_id);

-- Published for outcomes: one row per referral, no personal data beyond the household ID.
create view services.referral_facts as
select r.id as referral_id,
       r.household_id,
       r.category as service_category,
       r.receiving_agency_id,
       r.sent_on,
       r.answered_on,
       r.status,
       r.delivered_on
  from services.referral r;
