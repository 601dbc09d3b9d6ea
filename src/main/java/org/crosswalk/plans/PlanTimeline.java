package org.crosswalk.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.TimelineEntry;
import org.crosswalk.families.TimelineSource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan's part of a family's timeline: plans written and revised, activities done, milestones reached. */
@Component
class PlanTimeline implements TimelineSource {

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Clock clock;

    PlanTimeline(JdbcClient jdbc, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        Map<Long, String> agencies = organisation.agencyNames();
        String plan = "/households/" + household + "/plan";
        List<TimelineEntry> entries = new ArrayList<>();
        jdbc.sql("select number, saved_at, summary, saved_by_agency_id from plans.revision where household_id = :h")
                .param("h", household.value())
                .query((rs, n) -> {
                    int number = rs.getInt("number");
                    return new TimelineEntry(rs.getObject("saved_at", OffsetDateTime.class), "plan",
                            number == 1 ? "Employment plan written" : "Employment plan revised (revision " + number + ")",
                            rs.getString("summary"), agencies.get((Long) rs.getObject("saved_by_agency_id")),
                            plan + "/revisions/" + number);
                })
                .list().forEach(entries::add);
        jdbc.sql("select id, what, completed_on, status_changed_agency_id from plans.activity where household_id = :h and status = 'DONE'")
                .param("h", household.value())
                .query((rs, n) -> new TimelineEntry(midday(rs.getObject("completed_on", LocalDate.class)), "activity",
                        "Activity done", rs.getString("what"), agencies.get((Long) rs.getObject("status_changed_agency_id")),
                        plan + "#activity-" + rs.getString("id")))
                .list().forEach(entries::add);
        jdbc.sql("select id, what, reached_on, reached_agency_id from plans.milestone where household_id = :h and reached_on is not null")
                .param("h", household.value())
                .query((rs, n) -> new TimelineEntry(midday(rs.getObject("reached_on", LocalDate.class)), "milestone",
                        "Milestone reached", rs.getString("what"), agencies.get((Long) rs.getObject("reached_agency_id")),
                        plan + "#milestone-" + rs.getString("id")))
                .list().forEach(entries::add);
        return entries;
    }

    /** Days become midday, so that a day's events sort sensibly among timestamped ones. */
    private OffsetDateTime midday(LocalDate day) {
        return day.atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime();
    }
}
