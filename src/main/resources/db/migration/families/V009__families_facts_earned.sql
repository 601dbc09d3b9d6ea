-- household_facts also carries the latest earned income, for housing's income-cliff flag.
create or replace view families.household_facts as
select h.id as household_id,
       h.owner_agency_id,
       (select count(*) from families.member m where m.household_id = h.id) as members,
       (select count(*) from families.member m where m.household_id = h.id and m.relationship_to_hoh = 2) as children,
       (select count(*) from families.member m where m.household_id = h.id and m.relationship_to_hoh = 2
                                                and m.birth_date > current_date - interval '6 years') as children_under_six,
       head.sex as head_sex,
       head.race as head_race,
       exists (select 1 from families.member m where m.household_id = h.id and m.relationship_to_hoh = 3) as has_partner,
       (select i.total_monthly_cents from families.income_report i where i.household_id = h.id
         order by i.as_of desc, i.id desc limit 1) as latest_monthly_income_cents,
       (select i.earned_monthly_cents from families.income_report i where i.household_id = h.id
         order by i.as_of desc, i.id desc limit 1) as latest_earned_income_cents
  from families.household h
  join families.member head on head.household_id = h.id and head.relationship_to_hoh = 1;
