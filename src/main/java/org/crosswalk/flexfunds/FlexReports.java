package org.crosswalk.flexfunds;

import java.util.List;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Report queries over a pool, from this module's published view {@code flexfunds.request_facts}
 * and, for outcomes, employment's {@code employment.placement_facts}. Paid means net of reversals.
 */
@Repository
class FlexReports {

    private final JdbcClient jdbc;

    FlexReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TimeToCash timeToCash(long pool) {
        return jdbc.sql("""
                        select count(*) as n,
                               percentile_cont(0.5) within group (order by extract(epoch from paid_at - requested_at)) / 3600 as median,
                               percentile_cont(0.9) within group (order by extract(epoch from paid_at - requested_at)) / 3600 as p90
                          from flexfunds.request_facts where pool_id = :p and paid_at is not null
                        """)
                .param("p", pool)
                .query((rs, n) -> new TimeToCash(rs.getLong("n"), (Double) rs.getObject("median"), (Double) rs.getObject("p90")))
                .single();
    }

    record ByCategory(Category category, long requests, long approved, Money paid) {}

    List<ByCategory> byCategory(long pool) {
        return jdbc.sql("""
                        select category, count(*) as requests,
                               count(*) filter (where status in ('approved', 'paid')) as approved,
                               coalesce(sum(paid_cents), 0) as paid
                          from flexfunds.request_facts where pool_id = :p group by category order by paid desc, category
                        """)
                .param("p", pool)
                .query((rs, n) -> new ByCategory(Category.valueOf(rs.getString("category")), rs.getLong("requests"),
                        rs.getLong("approved"), new Money(rs.getLong("paid"))))
                .list();
    }

    record ByFamily(HouseholdId household, long requests, Money paid) {}

    List<ByFamily> byFamily(long pool) {
        return jdbc.sql("""
                        select household_id, count(*) as requests, coalesce(sum(paid_cents), 0) as paid
                          from flexfunds.request_facts where pool_id = :p group by household_id order by paid desc, household_id
                        """)
                .param("p", pool)
                .query((rs, n) -> new ByFamily(new HouseholdId(rs.getObject("household_id", java.util.UUID.class)),
                        rs.getLong("requests"), new Money(rs.getLong("paid"))))
                .list();
    }

    /**
     * Families the pool paid anything (net), split by whether a parent got a job through the program
     * (a placement not held at enrollment, any time), with the spend per family.
     */
    record ByOutcome(boolean gotJob, long families, Money paid) {
        public Money perFamily() {
            return families == 0 ? Money.ZERO : new Money(Math.round((double) paid.cents() / families));
        }
    }

    List<ByOutcome> byOutcome(long pool) {
        return jdbc.sql("""
                        with paid as (
                            select household_id, sum(paid_cents) as paid
                              from flexfunds.request_facts where pool_id = :p group by household_id having sum(paid_cents) > 0)
                        select exists (select 1 from employment.placement_facts j
                                        where j.household_id = paid.household_id and not j.held_at_enrollment) as got_job,
                               count(*) as families, sum(paid) as paid
                          from paid group by 1 order by 1 desc
                        """)
                .param("p", pool)
                .query((rs, n) -> new ByOutcome(rs.getBoolean("got_job"), rs.getLong("families"), new Money(rs.getLong("paid"))))
                .list();
    }

    /** One pool's totals for the region report: money, requests, and time to cash. No family appears. */
    record RegionRow(long poolId, String region, int fiscalYear, Money budgeted, Money committed, Money paid, long requests,
                     long paidRequests, Double medianHours, Double p90Hours) {
        public Money remaining() {
            return new Money(budgeted.cents() - committed.cents() - paid.cents());
        }

        public TimeToCash timeToCash() {
            return new TimeToCash(paidRequests, medianHours, p90Hours);
        }
    }

    List<RegionRow> regions() {
        return jdbc.sql("""
                        select p.id, coalesce((select d.region_name from access.agency_directory d where d.region_id = p.region_id limit 1),
                                              'Region ' || p.region_id) as region, p.fiscal_year,
                               coalesce(l.budgeted, 0) as budgeted, coalesce(l.committed, 0) as committed, coalesce(l.paid, 0) as paid,
                               coalesce(f.requests, 0) as requests, coalesce(f.paid_requests, 0) as paid_requests, f.median, f.p90
                          from flexfunds.pool p
                          left join (select pool_id, sum(budget_delta) filter (where category is null) as budgeted,
                                            sum(committed_delta) as committed, sum(paid_delta) as paid
                                       from flexfunds.ledger_entry group by pool_id) l on l.pool_id = p.id
                          left join (select pool_id, count(*) as requests, count(paid_at) as paid_requests,
                                            percentile_cont(0.5) within group (order by extract(epoch from paid_at - requested_at)) / 3600 as median,
                                            percentile_cont(0.9) within group (order by extract(epoch from paid_at - requested_at)) / 3600 as p90
                                       from flexfunds.request_facts group by pool_id) f on f.pool_id = p.id
                         order by p.fiscal_year desc, region
                        """)
                .query((rs, n) -> new RegionRow(rs.getLong("id"), rs.getString("region"), rs.getInt("fiscal_year"),
                        new Money(rs.getLong("budgeted")), new Money(rs.getLong("committed")), new Money(rs.getLong("paid")),
                        rs.getLong("requests"), rs.getLong("paid_requests"), (Double) rs.getObject("median"), (Double) rs.getObject("p90")))
                .list();
    }
}
