package org.crosswalk.flexfunds;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.ActionItem;
import org.crosswalk.families.TodaySource;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For a team lead: the region's requests awaiting a decision (due the day after they were made)
 * or a payment (due the day after approval) — for families the lead may read; the full queue is on
 * /flex. For whoever made a request: those declined in the last 14 days, to tell the family.
 */
@Component
class FlexToday implements TodaySource {

    static final int LIMIT = 200;
    static final int DECLINED_DAYS = 14;

    private final JdbcClient jdbc;

    FlexToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActionItem> actionsFor(Viewer viewer, LocalDate today) {
        if (!viewer.mayEditFamilies()) {
            return List.of();
        }
        if (viewer.role() == Role.TEAM_LEAD && viewer.regionId() != null) {
            return jdbc.sql("""
                            select r.id, r.household_id, r.status, r.category, r.amount_cents, r.payee, r.requested_at, r.decided_at
                              from flexfunds.request r
                              join flexfunds.pool p on p.id = r.pool_id
                              join %s a on a.household_id = r.household_id
                             where p.region_id = :region and r.status in ('requested', 'approved')
                             order by r.requested_at
                             limit %d
                            """.formatted(HouseholdAccess.READABLE, LIMIT))
                    .param("viewer", viewer.userId()).param("region", viewer.regionId())
                    .query((rs, n) -> {
                        boolean pending = rs.getString("status").equals("requested");
                        var since = rs.getObject(pending ? "requested_at" : "decided_at", java.time.OffsetDateTime.class);
                        return new ActionItem(pending ? "Flex request to decide" : "Flex payment to record",
                                new HouseholdId(rs.getObject("household_id", UUID.class)),
                                Category.valueOf(rs.getString("category")).label() + " " + new Money(rs.getLong("amount_cents")).format()
                                        + " to " + rs.getString("payee") + (pending ? " awaits your decision" : " is approved and awaits payment"),
                                since.toLocalDate().plusDays(1), "/flex/requests/" + rs.getObject("id", UUID.class));
                    }).list();
        }
        return jdbc.sql("""
                        select r.id, r.household_id, r.category, r.amount_cents, r.decline_reason
                          from flexfunds.request r
                          join %s a on a.household_id = r.household_id
                         where r.requested_by = :viewer and r.status = 'declined' and r.decided_at >= :since
                         order by r.decided_at desc
                         limit %d
                        """.formatted(HouseholdAccess.READABLE, LIMIT))
                .param("viewer", viewer.userId()).param("since", today.minusDays(DECLINED_DAYS).atStartOfDay().atOffset(java.time.ZoneOffset.UTC))
                .query((rs, n) -> new ActionItem("Flex request declined", new HouseholdId(rs.getObject("household_id", UUID.class)),
                        Category.valueOf(rs.getString("category")).label() + " " + new Money(rs.getLong("amount_cents")).format()
                                + " was declined: " + rs.getString("decline_reason") + ". Tell the family.", null,
                        "/households/" + rs.getObject("household_id", UUID.class) + "/flex#request-" + rs.getObject("id", UUID.class)))
                .list();
    }
}
