-- families publishes each household's head and make-up for whole-population reports (outcomes): one
-- grouped pass over the members, where household_facts' per-household subqueries suit reading a few
-- households and cost two index probes per household over a million.
create view families.household_composition as
select head.household_id,
       head.race as head_race,
       head.sex as head_sex,
       c.has_partner,
       c.children
  from families.member head
  join (select household_id,
               bool_or(relationship_to_hoh = 3) as has_partner,
               count(*) filter (where relationship_to_hoh = 2) as children
          from families.member
         group by household_id) c on c.household_id = head.household_id
 where head.relationship_to_hoh = 1;
