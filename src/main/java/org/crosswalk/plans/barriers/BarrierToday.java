package org.crosswalk.plans.barriers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * High and crisis barriers still open after 14 days, for families on the viewer's caseload and for
 * barriers the viewer's agency owns. Due 14 days after opening, so they show as overdue.
 */
@Component
class BarrierToday implements TodaySource {

    static final int DAYS_TO_ACT = 14;
    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    BarrierToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActionItem> actionsFor(Viewer viewer, LocalDate today) {
        return jdbc.sql("""
                        select b.id, b.household_id, b.kind, b.other_text, b.severity, b.opened_on
                          from plans.barrier b
                          join %s r on r.household_id = b.household_id
                          left join families.caseload c on c.household_id = b.household_id
                         where b.resolved_on is null
                           and b.severity in ('HIGH', 'CRISIS')
                           and b.opened_on < :cutoff
                           and (c.worker_user_id = :viewer or b.owner_agency_id = :agency)
                           and (not b.sensitive or b.owner_agency_id = :agency
                                or b.household_id in (select household_id from %s))
                         order by b.opened_on, b.household_id
                         limit :limit
                        """.formatted(HouseholdAccess.READABLE, HouseholdAccess.SENSITIVE_READABLE))
                .param("viewer", viewer.userId()).param("agency", BarrierRepository.agency(viewer))
                .param("cutoff", today.minusDays(DAYS_TO_ACT)).param("limit", LIMIT)
                .query((rs, n) -> {
                    HouseholdId household = new HouseholdId(rs.getObject("household_id", UUID.class));
                    BarrierKind kind = BarrierKind.valueOf(rs.getString("kind"));
                    LocalDate opened = rs.getObject("opened_on", LocalDate.class);
                    String name = kind == BarrierKind.OTHER ? rs.getString("other_text") : kind.label();
                    return new ActionItem("Barrier", household,
                            Severity.valueOf(rs.getString("severity")).label() + " barrier open " + ChronoUnit.DAYS.between(opened, today)
                                    + " days: " + name,
                            opened.plusDays(DAYS_TO_ACT), "/households/" + household + "/barriers#barrier-" + rs.getString("id"));
                })
                .list();
    }
}
