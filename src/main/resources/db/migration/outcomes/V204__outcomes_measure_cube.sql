-- outcomes: every measure for every group of every dimension, statewide, as of the day of the last
-- refresh — computed once per refresh so the pages of that day read figures instead of recomputing them
-- over every enrollment (docs/adr/0007, docs/outcomes-benchmark.md). Other report dates and a team
-- lead's region are computed from the snapshot as before.
create table outcomes.measure_cube (
    report_date    date not null,
    dimension      text not null,
    key            text not null,
    employed_n     bigint not null,
    employed_d     bigint not null,
    employed_p     bigint not null,
    retained_n     bigint not null,
    retained_d     bigint not null,
    retained_p     bigint not null,
    housed_n       bigint not null,
    housed_d       bigint not null,
    housed_p       bigint not null,
    earning_n      bigint not null,
    earning_d      bigint not null,
    earning_p      bigint not null,
    returned180_n  bigint not null,
    returned365_n  bigint not null,
    returned730_n  bigint not null,
    returned_d     bigint not null,
    returned_p     bigint not null,
    primary key (dimension, key)
);

alter table outcomes.snapshot_state add column cube_date date;
