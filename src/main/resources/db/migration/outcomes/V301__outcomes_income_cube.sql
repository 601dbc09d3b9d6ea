-- outcomes: the median income change of every group of every dimension, statewide, as of the day of the
-- last refresh — beside measure_cube, so that day's pages read it instead of picking every enrollment's
-- baseline and follow-up again (docs/adr/0007). Other days and a team lead's region are computed.
create table outcomes.income_cube (
    report_date           date not null,
    dimension             text not null,
    key                   text not null,
    median_earned_change  bigint,
    median_total_change   bigint,
    counted               bigint not null,
    no_baseline           bigint not null,
    no_follow_up          bigint not null,
    primary key (dimension, key)
);
update outcomes.snapshot_state set cube_date = null;
