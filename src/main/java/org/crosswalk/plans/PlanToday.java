package org.crosswalk.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.ActionItem;
import org.crosswalk.families.TodaySource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plan activities that need a caseworker's attention: overdue, or due within a week, for families
 * on the viewer's caseload and for activities the viewer owns.
 */
@Component
class PlanToday implements TodaySource {

    static final int DAYS_AHEAD = 7;
    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    PlanToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActionItem> actionsFor(Viewer viewer, LocalDate today) {
        return jdbc.sql("""
                        select a.id, a.household_id, a.what, a.due_on
                          from plans.activity a
                          join %s r on r.household_id = a.household_id
                          left join families.caseload c on c.household_id = a.household_id
                         where a.status in ('PLANNED', 'IN_PROGRESS')
                           and a.due_on <= :horizon
                           and (c.worker_user_id = :viewer or a.owner_user_id = :viewer)
                         order by a.due_on, a.household_id, a.position
                         limit :limit
                        """.formatted(HouseholdAccess.READABLE))
                .param("viewer", viewer.userId()).param("horizon", today.plusDays(DAYS_AHEAD)).param("limit", LIMIT)
                .query((rs, n) -> {
                    HouseholdId household = new HouseholdId(rs.getObject("household_id", UUID.class));
                    return new ActionItem("Plan activity", household, rs.getString("what"),
                            rs.getObject("due_on", LocalDate.class),
                            "/households/" + household + "/plan#activity-" + rs.getString("id"));
                })
                .list();
    }
}
