package org.crosswalk.conferences;

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

/** Open conference action items the viewer owns, due on their due date, in families the viewer may read. */
@Component
class ConferenceToday implements TodaySource {

    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    ConferenceToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActionItem> actionsFor(Viewer viewer, LocalDate today) {
        if (!viewer.mayOpenFamilies()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.id, a.household_id, a.what, a.due_on
                          from conferences.action_item a
                         where a.owner_user_id = :viewer and a.closed_at is null
                           and %s
                         order by a.due_on
                         limit %d
                        """.formatted(HouseholdAccess.mayRead("a.household_id"), LIMIT))
                .param("viewer", viewer.userId())
                .query((rs, n) -> {
                    UUID household = rs.getObject("household_id", UUID.class);
                    return new ActionItem("Conference action item", new HouseholdId(household), rs.getString("what"),
                            rs.getObject("due_on", LocalDate.class),
                            "/households/" + household + "/conferences#action-" + rs.getObject("id", UUID.class));
                })
                .list();
    }
}
