-- flexfunds: flexible dollars per regional team and state fiscal year (July–June, named by the
-- calendar year it ends in: FY2027 runs 07/01/2026–06/30/2027). Requests move requested →
-- approved | declined → paid, and reversed by a correction. Money lives in an append-only ledger;
-- every balance is a sum over it. Amounts are integer cents.
create schema if not exists flexfunds;

create table flexfunds.pool (
    id                        bigint generated always as identity primary key,
    region_id                 bigint not null,
    fiscal_year               int not null,
    family_cap_cents          bigint not null,
    auto_approve_below_cents  bigint not null default 0,
    created_by                bigint not null,
    created_at                timestamptz not null default now(),
    updated_by                bigint,
    updated_at                timestamptz,
    constraint pool_one_per_region_year unique (region_id, fiscal_year),
    constraint pool_fiscal_year_plausible check (fiscal_year between 2000 and 2200),
    constraint pool_family_cap_positive check (family_cap_cents > 0),
    constraint pool_threshold_not_negative check (auto_approve_below_cents >= 0)
);

create table flexfunds.request (
    id                  uuid primary key,
    pool_id             bigint not null references flexfunds.pool,
    household_id        uuid not null,
    category            text not null,
    amount_cents        bigint not null,
    payee               text not null,
    reason              text not null,
    idempotency_key     text not null,
    status              text not null default 'requested',
    requested_by        bigint not null,
    requested_at        timestamptz not null,
    decided_by          bigint,
    decided_at          timestamptz,
    auto_approved       boolean not null default false,
    decline_reason      text,
    paid_by             bigint,
    paid_at             timestamptz,
    payment_method      text,
    payment_reference   text,
    payment_key         text,
    reversed_by         bigint,
    reversed_at         timestamptz,
    reversal_reason     text,
    constraint request_idempotency_key_unique unique (idempotency_key),
    constraint request_payment_key_unique unique (payment_key),
    constraint request_category_known check (category in ('CHILD_CARE', 'TRANSPORTATION', 'CAR_REPAIR',
        'DRIVERS_LICENSE', 'PHONE', 'WORK_CLOTHES', 'EXAM_FEES', 'RENT_GAP', 'OTHER')),
    constraint request_status_known check (status in ('requested', 'approved', 'declined', 'paid', 'reversed')),
    constraint request_amount_positive check (amount_cents > 0),
    constraint request_payee_not_blank check (btrim(payee) <> ''),
    constraint request_reason_not_blank check (btrim(reason) <> ''),
    constraint request_decline_has_reason check (status <> 'declined' or btrim(coalesce(decline_reason, '')) <> ''),
    constraint request_paid_has_payment check (status <> 'paid' or (paid_at is not null and payment_method is not null))
);
create index request_pool_status_idx on flexfunds.request (pool_id, status, requested_at);
create index request_household_idx on flexfunds.request (household_id, requested_at desc);
create index request_requested_by_idx on flexfunds.request (requested_by, status);

-- The ledger. Each entry moves one or more of three balances; a pool's (or a category's, or a
-- family's) balance is the sum of its entries:
--   BUDGET      budget_delta (category null: the pool's budget; else that category's budget)
--   APPROVED    committed_delta = +amount             (one per request)
--   PAID        committed_delta = -amount, paid_delta = +amount   (one per request)
--   REVERSAL    the exact negation of the entry named in reverses (once per entry), with a reason
create table flexfunds.ledger_entry (
    id               bigint generated always as identity primary key,
    pool_id          bigint not null references flexfunds.pool,
    kind             text not null,
    category         text,
    request_id       uuid references flexfunds.request,
    household_id     uuid,
    budget_delta     bigint not null default 0,
    committed_delta  bigint not null default 0,
    paid_delta       bigint not null default 0,
    reverses         bigint references flexfunds.ledger_entry,
    reason           text,
    recorded_by      bigint,
    recorded_at      timestamptz not null default clock_timestamp(),
    constraint ledger_kind_known check (kind in ('BUDGET', 'APPROVED', 'PAID', 'REVERSAL')),
    constraint ledger_reversal_names_entry check ((kind = 'REVERSAL') = (reverses is not null)),
    constraint ledger_reversal_has_reason check (kind <> 'REVERSAL' or btrim(coalesce(reason, '')) <> ''),
    constraint ledger_request_entries check (kind not in ('APPROVED', 'PAID') or (request_id is not null and household_id is not null)),
    constraint ledger_reversed_once unique (reverses)
);
-- Never approve twice, never pay twice: one APPROVED and one PAID entry per request.
create unique index ledger_one_approval_per_request on flexfunds.ledger_entry (request_id) where kind = 'APPROVED';
create unique index ledger_one_payment_per_request on flexfunds.ledger_entry (request_id) where kind = 'PAID';
create index ledger_pool_idx on flexfunds.ledger_entry (pool_id, id);
create index ledger_household_idx on flexfunds.ledger_entry (household_id) where household_id is not null;

create function flexfunds.refuse_rewrite() returns trigger language plpgsql as
$$ begin
    raise exception 'flexfunds.ledger_entry is append-only: % is not allowed; record a reversing entry', tg_op;
end $$;

create trigger ledger_append_only before update or delete on flexfunds.ledger_entry
    for each row execute function flexfunds.refuse_rewrite();
create trigger ledger_no_truncate before truncate on flexfunds.ledger_entry
    for each statement execute function flexfunds.refuse_rewrite();

-- Published for conferences ("flex spending since the last conference") and outcomes (cost per
-- outcome, time to cash). No names. status: requested, approved (not yet paid), declined, paid,
-- reversed (a correction undid its approval and any payment). paid_cents is net of reversals.
create view flexfunds.request_facts as
select r.id as request_id,
       r.household_id,
       r.pool_id,
       p.region_id,
       p.fiscal_year,
       r.category,
       r.amount_cents,
       r.status,
       r.auto_approved,
       r.requested_at,
       r.decided_at,
       r.paid_at,
       coalesce((select sum(e.paid_delta) from flexfunds.ledger_entry e where e.request_id = r.id), 0)::bigint as paid_cents
  from flexfunds.request r
  join flexfunds.pool p on p.id = r.pool_id;
