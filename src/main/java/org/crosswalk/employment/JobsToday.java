package org.crosswalk.employment;

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
 * Retention check-ins to answer: overdue ones, and those within their answering window (from 7
 * days before due). For the family's caseworker and for whoever recorded the job.
 */
@Component
class JobsToday implements TodaySource {

    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    JobsToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActionItem> actionsFor(Viewer viewer, LocalDate today) {
        if (!viewer.mayEditFamilies()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.id, c.household_id, c.days_after_start, c.due_on, p.occupation, p.employer_name
                          from employment.checkin c
                          join employment.placement p on p.id = c.placement_id
                          join families.caseload cl on cl.household_id = c.household_id
                          join %s r on r.household_id = c.household_id
                         where c.answered_on is null and c.due_on <= :until
                           and (cl.worker_user_id = :viewer or p.recorded_by = :viewer)
                         order by c.due_on
                         limit %d
                        """.formatted(HouseholdAccess.READABLE, LIMIT))
                .param("viewer", viewer.userId()).param("until", today.plusDays(RetentionCheckIn.EARLY_DAYS))
                .query((rs, n) -> {
                    UUID household = rs.getObject("household_id", UUID.class);
                    return new ActionItem("Retention check-in", new HouseholdId(household),
                            rs.getInt("days_after_start") + "-day check-in: " + rs.getString("occupation") + " at "
                                    + rs.getString("employer_name"),
                            rs.getObject("due_on", LocalDate.class),
                            "/households/" + household + "/jobs/checkins/" + rs.getObject("id", UUID.class));
                })
                .list();
    }
}
