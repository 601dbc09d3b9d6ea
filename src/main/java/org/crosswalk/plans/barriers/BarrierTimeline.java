package org.crosswalk.plans.barriers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.TimelineEntry;
import org.crosswalk.families.TimelineSource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Barriers opened, resolved and reopened, on the family's timeline; sensitive ones only for those who may see them. */
@Component
class BarrierTimeline implements TimelineSource {

    private final JdbcClient jdbc;
    private final HouseholdAccess access;
    private final Organisation organisation;
    private final Clock clock;

    BarrierTimeline(JdbcClient jdbc, HouseholdAccess access, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        Map<Long, String> agencies = organisation.agencyNames();
        String page = "/households/" + household + "/barriers#barrier-";
        return jdbc.sql("""
                        select e.what, e.on_day, e.detail, e.by_agency_id, b.id, b.kind, b.other_text, b.severity, b.owner_agency_id
                          from plans.barrier_event e
                          join plans.barrier b on b.id = e.barrier_id
                         where e.household_id = :h and %s
                        """.formatted(BarrierRepository.VISIBLE))
                .param("h", household.value()).param("agency", BarrierRepository.agency(viewer))
                .param("maySeeSensitive", access.maySeeSensitive(viewer, household))
                .query((rs, n) -> {
                    BarrierKind kind = BarrierKind.valueOf(rs.getString("kind"));
                    String name = kind == BarrierKind.OTHER ? rs.getString("other_text") : kind.label();
                    String what = rs.getString("what");
                    String title = switch (what) {
                        case "OPENED" -> "Barrier: " + name + " (" + Severity.valueOf(rs.getString("severity")).label().toLowerCase() + ")";
                        case "RESOLVED" -> "Barrier resolved: " + name;
                        default -> "Barrier open again: " + name;
                    };
                    Long by = (Long) rs.getObject(what.equals("OPENED") ? "owner_agency_id" : "by_agency_id");
                    return new TimelineEntry(rs.getObject("on_day", LocalDate.class).atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime(),
                            "barrier", title, rs.getString("detail"), by == null ? null : agencies.get(by), page + rs.getString("id"));
                })
                .list();
    }
}
