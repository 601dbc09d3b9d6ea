-- The access rule for ONE household, as a boolean: index probes per household instead of the whole
-- readable set. Used for single reads and for lists already narrowed by other filters (a caseload,
-- a name search); unnarrowed lists join access.household_reach. The two are the same rule written
-- for two access paths; AccessRuleEquivalenceTest checks that they agree for every user and household.
create or replace function access.may_read(p_user bigint, p_household uuid, p_sensitive boolean) returns boolean
    language sql stable as
$$
select exists (
    select 1
      from access.staff_user u
      join access.household_steward s on s.household_id = p_household
     where u.id = p_user and u.enabled
       and u.role in ('NAVIGATOR', 'HOUSING_CASE_MANAGER', 'PARTNER_STAFF', 'TEAM_LEAD')
       and (s.owner_agency_id = u.agency_id
            or (not s.dv_restricted
                and exists (
                    select 1
                      from access.consent c
                     where c.household_id = s.household_id
                       and access.consent_active(c, current_date)
                       and (c.covers_sensitive or not p_sensitive)
                       and (exists (select 1 from access.consent_agency ca
                                     where ca.consent_id = c.id and ca.agency_id = u.agency_id)
                            or (u.role = 'TEAM_LEAD' and c.shares_with_team
                                and exists (select 1 from access.agency a
                                             where a.id = s.owner_agency_id and a.region_id = u.region_id))))))
)
$$;
