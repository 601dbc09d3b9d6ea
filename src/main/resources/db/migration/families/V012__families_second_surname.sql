-- Double surnames ("Ortega-Ruiz", "Ortega Ruiz") are searched by either part. The second part gets
-- its own indexed column so a name search stays an index lookup instead of a scan of every member.
alter table families.member
    add column second_surname text generated always as (nullif(lower(substring(last_name from '[ -](.*)$')), '')) stored;
create index member_second_surname_idx on families.member (second_surname text_pattern_ops);
