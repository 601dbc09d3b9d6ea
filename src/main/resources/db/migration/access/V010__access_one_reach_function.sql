-- One definition of the access rule with a switch for sensitive information, instead of two
-- near-copies: readable_households and sensitive_readable_households now both call household_reach.
create function access.household_reach(p_user bigint, p_sensitive boolean) returns table (household_id uuid)
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
       and (c.covers_sensitive or not p_sensitive)
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
       and (c.covers_sensitive or not p_sensitive)
       and not s.dv_restricted
       and access.consent_active(c, current_date)
$$;

create or replace function access.readable_households(p_user bigint) returns table (household_id uuid)
    language sql stable as
$$ select household_id from access.household_reach(p_user, false) $$;

create or replace function access.sensitive_readable_households(p_user bigint) returns table (household_id uuid)
    language sql stable as
$$ select household_id from access.household_reach(p_user, true) $$;
