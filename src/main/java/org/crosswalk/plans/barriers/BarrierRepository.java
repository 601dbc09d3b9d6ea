package org.crosswalk.plans.barriers;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The barriers' SQL. Every read takes the viewer's agency and whether they may see the family's
 * sensitive information, and leaves out sensitive barriers they may not see, so no count, list or
 * lookup can reveal one.
 */
@Repository
class BarrierRepository {

    /** A sensitive barrier shows only to its owning agency, or where the viewer may see sensitive information. */
    static final String VISIBLE = "(not b.sensitive or b.owner_agency_id = :agency or :maySeeSensitive)";

    private static final String SELECT = """
            select b.id, b.kind, b.other_text, b.severity, b.owner_agency_id, b.details, b.opened_on, b.resolved_on, b.resolution
              from plans.barrier b
            """;

    record Row(UUID id, BarrierKind kind, String otherText, Severity severity, long ownerAgencyId, String details,
               LocalDate openedOn, LocalDate resolvedOn, String resolution) {}

    record EventRow(UUID barrierId, String what, LocalDate onDay, Long byUserId, String detail) {}

    private final JdbcClient jdbc;

    BarrierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> visible(HouseholdId household, Viewer viewer, boolean maySeeSensitive) {
        return jdbc.sql(SELECT + " where b.household_id = :h and " + VISIBLE + " order by b.opened_on desc, b.recorded_at desc")
                .param("h", household.value()).param("agency", agency(viewer)).param("maySeeSensitive", maySeeSensitive)
                .query(Row.class).list();
    }

    Optional<Row> visible(HouseholdId household, UUID barrier, Viewer viewer, boolean maySeeSensitive) {
        return jdbc.sql(SELECT + " where b.household_id = :h and b.id = :id and " + VISIBLE + " for update")
                .param("h", household.value()).param("id", barrier).param("agency", agency(viewer))
                .param("maySeeSensitive", maySeeSensitive).query(Row.class).optional();
    }

    List<EventRow> events(Collection<UUID> barriers) {
        if (barriers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select barrier_id, what, on_day, by_user_id, detail from plans.barrier_event where barrier_id in (:ids) order by on_day, id")
                .param("ids", barriers).query(EventRow.class).list();
    }

    void insert(HouseholdId household, UUID id, BarrierForm barrier, long ownerAgencyId, LocalDate openedOn, Viewer by) {
        jdbc.sql("""
                        insert into plans.barrier (id, household_id, kind, other_text, severity, owner_agency_id, details, opened_on, recorded_by)
                        values (:id, :h, :kind, :other, :severity, :owner, :details, :opened, :by)
                        """)
                .param("id", id).param("h", household.value()).param("kind", barrier.kind().name())
                .param("other", barrier.kind() == BarrierKind.OTHER ? barrier.otherText().strip() : null, Types.VARCHAR)
                .param("severity", barrier.severity().name()).param("owner", ownerAgencyId)
                .param("details", blankToNull(barrier.details()), Types.VARCHAR).param("opened", openedOn)
                .param("by", by.userId()).update();
        event(household, id, "OPENED", openedOn, by, null);
    }

    boolean resolve(HouseholdId household, Barrier resolved, Viewer by) {
        boolean changed = jdbc.sql("""
                        update plans.barrier set resolved_on = :on, resolution = :how
                         where id = :id and household_id = :h and resolved_on is null
                        """)
                .param("on", resolved.resolvedOn()).param("how", resolved.resolution()).param("id", resolved.id())
                .param("h", household.value()).update() == 1;
        if (changed) {
            event(household, resolved.id(), "RESOLVED", resolved.resolvedOn(), by, resolved.resolution());
        }
        return changed;
    }

    boolean reopen(HouseholdId household, UUID barrier, LocalDate today, String reason, Viewer by) {
        boolean changed = jdbc.sql("""
                        update plans.barrier set resolved_on = null, resolution = null
                         where id = :id and household_id = :h and resolved_on is not null
                        """)
                .param("id", barrier).param("h", household.value()).update() == 1;
        if (changed) {
            event(household, barrier, "REOPENED", today, by, reason);
        }
        return changed;
    }

    private void event(HouseholdId household, UUID barrier, String what, LocalDate on, Viewer by, String detail) {
        jdbc.sql("""
                        insert into plans.barrier_event (barrier_id, household_id, what, on_day, by_user_id, by_agency_id, detail)
                        values (:barrier, :h, :what, :on, :by, :agency, :detail)
                        """)
                .param("barrier", barrier).param("h", household.value()).param("what", what).param("on", on)
                .param("by", by.userId()).param("agency", by.agencyId(), Types.BIGINT).param("detail", detail, Types.VARCHAR)
                .update();
    }

    static long agency(Viewer viewer) {
        return viewer.agencyId() == null ? -1L : viewer.agencyId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
