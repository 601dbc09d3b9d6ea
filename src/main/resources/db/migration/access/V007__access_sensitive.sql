-- Sensitive information (mental health, substance use, domestic violence) is narrower than the
-- household: the holding agency, or an agency (or the regional team) named by an active consent
-- that covers sensitive information. Always a subset of access.readable_households.
create function access.sensitive_readable_households(p_user bigint) returns table (household_id uuid)
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
       and c.covers_sensitive
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
       and c.covers_sensitive
       and not s.dv_restricted
       and access.consent_active(c, current_date)
$$;
