package org.crosswalk.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Organisation.Region;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process measures beside the outcomes (docs/metrics.md, section 9): recruitment funnel,
 * barrier time to resolve, partner referral days pending, flexible-funds time to cash, per region,
 * from the views intake, plans, services and flexfunds publish. Aggregates only.
 */
@Service
public class FlowMeasures {

    /**
     * One measure in one region: {@code count} of what was counted, {@code part} (the funnel's
     * enrolled), the median and 90th percentile of the duration. Null fields are hidden (fewer than
     * 11 counted, for analysts) or have nothing to measure.
     */
    public record Cell(String region, Long count, Long part, Double median, Double p90, boolean hidden) {

        public Integer partPercent() {
            return count == null || part == null || count == 0 ? null : (int) Math.round(100.0 * part / count);
        }
    }

    public record Table(Flow flow, List<Cell> regions, Cell total) {}

    /** Each query answers region_id, n, part, median, p90 for :from to :report. */
    static final Map<Flow, String> SQL = Map.of(
            Flow.REFERRALS_ENROLLED, """
                    select region_id, count(*) as n, count(*) filter (where enrolled_on <= :report) as part,
                           percentile_cont(0.5) within group (order by case when enrolled_on <= :report then enrolled_on - referred_on end) as median,
                           null::float8 as p90
                      from intake.referral_facts
                     where referred_on between :from and :report
                     group by grouping sets ((region_id), ())""",
            Flow.BARRIERS_RESOLVED, """
                    select d.region_id, count(*) as n, null::bigint as part,
                           percentile_cont(0.5) within group (order by b.resolved_on - b.opened_on) as median, null::float8 as p90
                      from plans.barrier_facts b
                      join families.household_facts h on h.household_id = b.household_id
                      join access.agency_directory d on d.agency_id = h.owner_agency_id
                     where b.resolved_on between :from and :report
                     group by grouping sets ((d.region_id), ())""",
            Flow.BARRIERS_OPEN, """
                    select d.region_id, count(*) as n, null::bigint as part,
                           percentile_cont(0.5) within group (order by :report - b.opened_on) as median, null::float8 as p90
                      from plans.barrier_facts b
                      join families.household_facts h on h.household_id = b.household_id
                      join access.agency_directory d on d.agency_id = h.owner_agency_id
                     where b.opened_on <= :report and (b.resolved_on is null or b.resolved_on > :report)
                     group by grouping sets ((d.region_id), ())""",
            Flow.PARTNER_REFERRALS_ANSWERED, """
                    select d.region_id, count(*) as n, null::bigint as part,
                           percentile_cont(0.5) within group (order by r.answered_on - r.sent_on) as median, null::float8 as p90
                      from services.referral_facts r
                      join families.household_facts h on h.household_id = r.household_id
                      join access.agency_directory d on d.agency_id = h.owner_agency_id
                     where r.answered_on between :from and :report
                     group by grouping sets ((d.region_id), ())""",
            Flow.PARTNER_REFERRALS_WAITING, """
                    select d.region_id, count(*) as n, null::bigint as part,
                           percentile_cont(0.5) within group (order by :report - r.sent_on) as median, null::float8 as p90
                      from services.referral_facts r
                      join families.household_facts h on h.household_id = r.household_id
                      join access.agency_directory d on d.agency_id = h.owner_agency_id
                     where r.sent_on <= :report and (r.answered_on is null or r.answered_on > :report)
                       and r.status <> 'WITHDRAWN'
                     group by grouping sets ((d.region_id), ())""",
            Flow.FLEX_PAID, """
                    select region_id, count(*) as n, null::bigint as part,
                           percentile_cont(0.5) within group (order by extract(epoch from paid_at - requested_at) / 3600) as median,
                           percentile_cont(0.9) within group (order by extract(epoch from paid_at - requested_at) / 3600) as p90
                      from flexfunds.request_facts
                     where paid_at is not null and cast(paid_at as date) between :from and :report
                     group by grouping sets ((region_id), ())""");

    private final JdbcClient jdbc;
    private final Organisation organisation;

    FlowMeasures(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** Every flow measure for the 365 days ending on the report date: an analyst's every region, a team lead's own. */
    @Transactional(readOnly = true)
    public List<Table> of(Viewer viewer, LocalDate reportDate) {
        boolean analyst = viewer.role() != Role.TEAM_LEAD;
        List<Region> regions = organisation.regions().stream()
                .filter(r -> analyst || viewer.regionId() != null && r.id() == viewer.regionId()).toList();
        List<Table> tables = new ArrayList<>();
        for (Flow flow : Flow.values()) {
            Map<Long, Cell> byRegion = new HashMap<>();
            Cell[] total = {new Cell(OutcomeDashboard.ALL_REGIONS, 0L, null, null, null, false)};
            jdbc.sql(SQL.get(flow)).param("from", reportDate.minusDays(364)).param("report", reportDate).query(rs -> {
                Long region = rs.getObject("region_id", Long.class);
                Cell c = new Cell(null, rs.getLong("n"), rs.getObject("part", Long.class), rs.getObject("median", Double.class),
                        rs.getObject("p90", Double.class), false);
                if (region == null) {
                    total[0] = named(c, OutcomeDashboard.ALL_REGIONS);
                } else {
                    byRegion.put(region, c);
                }
            });
            List<Cell> cells = regions.stream()
                    .map(r -> named(byRegion.getOrDefault(r.id(), new Cell(null, 0L, flow == Flow.REFERRALS_ENROLLED ? 0L : null,
                            null, null, false)), r.name()))
                    .toList();
            tables.add(analyst ? suppressed(flow, cells, total[0]) : new Table(flow, cells, null));
        }
        return tables;
    }

    private static Cell named(Cell c, String region) {
        return new Cell(region, c.count(), c.part(), c.median(), c.p90(), false);
    }

    /**
     * A region counting 1 to 10 is hidden (its count, part and durations), and then the all-regions
     * count too (it would give the hidden one back by subtraction); medians cannot be subtracted, so
     * the all-regions durations stay when it counts 11 or more. Zero is not hidden: nothing happened.
     */
    static Table suppressed(Flow flow, List<Cell> regions, Cell total) {
        boolean anyHidden = regions.stream().anyMatch(FlowMeasures::small);
        List<Cell> shown = regions.stream()
                .map(c -> small(c) ? new Cell(c.region(), null, null, null, null, true) : c).toList();
        Cell all = small(total) ? new Cell(total.region(), null, null, null, null, true)
                : anyHidden && regions.size() > 1 ? new Cell(total.region(), null, null, total.median(), total.p90(), true) : total;
        return new Table(flow, shown, all);
    }

    private static boolean small(Cell c) {
        return c.count() != null && c.count() > 0 && SmallCells.tooSmall(c.count());
    }
}
