package org.crosswalk.outcomes;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who Crosswalk serves, by region, from the views families and access publish. Aggregates only:
 * a state analyst sees every region with small cells suppressed; a team lead sees their own
 * region unsuppressed.
 */
@Service
public class CohortOverview {

    private final JdbcClient jdbc;

    CohortOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(String region, Long households, Long children, Long childrenUnderSix, Long singleMothers,
                      Long headsOfColor, Long meanMonthlyIncomeCents, boolean suppressed) {

        public Integer percent(Long part, Long whole) {
            return part == null || whole == null || whole == 0 ? null : (int) Math.round(100.0 * part / whole);
        }
    }

    public record Overview(List<Row> regions, Row total, boolean suppressionApplied) {}

    public Overview of(Viewer viewer) {
        boolean ownRegionOnly = viewer.role() == Role.TEAM_LEAD;
        List<Row> rows = jdbc.sql("""
                        select d.region_name,
                               count(*) as households,
                               sum(f.children) as children,
                               sum(f.children_under_six) as children_under_six,
                               count(*) filter (where f.head_sex = 0 and not f.has_partner) as single_mothers,
                               count(*) filter (where f.head_sex = 0 and f.head_race && array['AM_IND_AK_NATIVE','ASIAN','BLACK_AF_AMERICAN',
                                                'NATIVE_HI_PACIFIC','HISPANIC_LATINAEO','MID_EAST_N_AFRICAN']) as women_of_color,
                               round(avg(f.latest_monthly_income_cents))::bigint as mean_income
                          from families.household_facts f
                          join access.agency_directory d on d.agency_id = f.owner_agency_id
                         where (:region::bigint is null or d.region_id = :region)
                         group by d.region_name
                         order by d.region_name
                        """)
                .param("region", ownRegionOnly ? viewer.regionId() : null)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), (Long) rs.getObject(7), false))
                .list();
        return ownRegionOnly ? new Overview(rows, null, false) : suppressed(rows);
    }

    /**
     * Hides every region with fewer than {@link SmallCells#SMALLEST_SHOWN} households, and the total
     * by {@link SmallCells#totalHidden}.
     */
    static Overview suppressed(List<Row> rows) {
        List<Row> shown = new ArrayList<>();
        boolean anyHidden = false;
        long households = 0, children = 0, under6 = 0, mothers = 0, ofColor = 0, incomeSum = 0, incomeN = 0;
        for (Row r : rows) {
            households += r.households();
            children += r.children();
            under6 += r.childrenUnderSix();
            mothers += r.singleMothers();
            ofColor += r.headsOfColor();
            if (r.meanMonthlyIncomeCents() != null) {
                incomeSum += r.meanMonthlyIncomeCents() * r.households();
                incomeN += r.households();
            }
            if (SmallCells.tooSmall(r.households())) {
                anyHidden = true;
                shown.add(new Row(r.region(), null, null, null, null, null, null, true));
            } else {
                shown.add(r);
            }
        }
        Row total = SmallCells.totalHidden(anyHidden, rows.size(), households)
                ? new Row("All regions", null, null, null, null, null, null, true)
                : new Row("All regions", households, children, under6, mothers, ofColor,
                        incomeN == 0 ? null : Math.round((double) incomeSum / incomeN), false);
        return new Overview(shown, total, true);
    }
}
