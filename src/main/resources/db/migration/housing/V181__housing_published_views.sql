-- housing publishes facts for outcome reports (stably housed at 24 months, returns to homelessness).
-- class: the hundreds digit of the HUD code (1xx homeless, 2xx institutional, 3xx temporary,
-- 4xx permanent); 8, 9 and 99 are not_known. ended_on is the day the next situation started.
create view housing.living_situation_facts as
select household_id,
       code,
       case code / 100 when 1 then 'homeless' when 2 then 'institutional' when 3 then 'temporary'
                       when 4 then 'permanent' else 'not_known' end as class,
       started_on,
       lead(started_on) over (partition by household_id order by started_on) as ended_on
  from housing.living_situation;

create view housing.subsidy_facts as
select id as subsidy_id,
       household_id,
       subsidy_type,
       started_on,
       ends_on as ended_on,
       monthly_rent_cents,
       tenant_share_cents,
       income_limit_cents
  from housing.subsidy;
