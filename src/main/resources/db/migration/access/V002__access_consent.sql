-- access: which agency stewards each household, the family's releases of information,
-- and the one rule that decides who may read a household.

create table access.household_steward (
    household_id     uuid primary key,
    owner_agency_id  bigint not null references access.agency,
    dv_restricted    boolean not null default false
);
create index household_steward_owner_idx on access.household_steward (owner_agency_id);

create table access.consent (
    id                uuid primary key,
    household_id      uuid not null references access.household_steward,
    signed_on         date not null,
    expires_on        date not null,
    shares_with_team  boolean not null default false,
    covers_sensitive  boolean not null default false,
    recorded_by       bigint references access.staff_user,
    recorded_at       timestamptz not null default now(),
    revoked_at        timestamptz,
    revoked_by        bigint references access.staff_user,
    revoked_reason    text,
    constraint consent_expires_after_signing check (expires_on >= signed_on),
    constraint consent_revocation_complete check ((revoked_at is null) = (revoked_reason is null))
);
create index consent_household_idx on access.consent (household_id);

create table access.consent_agency (
    consent_id  uuid not null references access.consent on delete cascade,
    agency_id   bigint not null references access.agency,
    primary key (consent_id, agency_id)
);
create index consent_agency_agency_idx on access.consent_agency (agency_id);

-- A consent is active on a day when it is signed, not yet expired and not revoked.
create function access.consent_active(c access.consent, on_day date) returns boolean
    language sql immutable as
$$ select c.revoked_at is null and c.signed_on <= on_day and c.expires_on >= on_day $$;

-- THE access rule. Every query that lists or shows households joins this function.
-- A user reads a household when
--   (1) the household belongs to the user's agency, or
--   (2) it is not DV-restricted and an active consent names the user's agency, or
--   (3) it is not DV-restricted, the user leads the team of the owning agency's region and an
--       active consent shares it with the team.
-- State analysts and administrators read no household; disabled users read nothing.
-- Written as plain SQL so the planner inlines it and pushes the caller's filters into each branch.
create function access.readable_households(p_user bigint) returns table (household_id uuid)
    language sql stable as
$$
    select s.household_id
      from access.staff_user u
      join access.household_steward s on s.owner_agency_id = u.agency_id
     where u.id = p_user and u.enabled
       and u.role in ('NAVIGATOR', 'HOUSING_CASE_MANAGER', 'PARTNER_STAFF', 'TEAM_LEAD')
    union
    select s.household_id
      from access.staff_user u
      join access.consent_agency ca on ca.agency_id = u.agency_id
      join access.consent c on c.id = ca.consent_id
      join access.household_steward s on s.household_id = c.household_id
     where u.id = p_user and u.enabled
       and u.role in ('NAVIGATOR', 'HOUSING_CASE_MANAGER', 'PARTNER_STAFF', 'TEAM_LEAD')
       and not s.dv_restricted
       and access.consent_active(c, current_date)
    union
    select s.household_id
      from access.staff_user u
      join access.agency a on a.region_id = u.region_id
      join access.household_steward s on s.owner_agency_id = a.id
      join access.consent c on c.household_id = s.household_id
     where u.id = p_user and u.enabled
       and u.role = 'TEAM_LEAD'
       and c.shares_with_team
       and not s.dv_restricted
       and access.consent_active(c, current_date)
$$;
