-- access publishes its directory of agencies and regions for reports in other modules.
create view access.agency_directory as
select a.id as agency_id, a.name as agency_name, a.kind, a.region_id, r.name as region_name
  from access.agency a join access.region r on r.id = a.region_id;
