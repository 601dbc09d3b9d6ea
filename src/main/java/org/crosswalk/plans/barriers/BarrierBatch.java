package org.crosswalk.plans.barriers;

import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many barriers at once (demo data, later an import), with their opened and resolved events,
 * in JDBC batches. A load is not a person viewing data, so it publishes no audit events.
 */
@Service
public class BarrierBatch {

    static final int BATCH = 1000;

    /** {@code resolvedOn} and {@code resolution} are both null while the barrier is open. */
    public record LoadedBarrier(UUID id, HouseholdId household, BarrierKind kind, String otherText, Severity severity,
                                long ownerAgencyId, String details, LocalDate openedOn, LocalDate resolvedOn,
                                String resolution, long recordedBy) {}

    private final NamedParameterJdbcTemplate jdbc;

    BarrierBatch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void insert(List<LoadedBarrier> barriers) {
        List<SqlParameterSource> rows = new ArrayList<>();
        List<SqlParameterSource> events = new ArrayList<>();
        ZoneId zone = ZoneId.systemDefault();
        for (LoadedBarrier b : barriers) {
            rows.add(new MapSqlParameterSource("id", b.id()).addValue("h", b.household().value()).addValue("kind", b.kind().name())
                    .addValue("other", b.otherText(), Types.VARCHAR).addValue("severity", b.severity().name())
                    .addValue("owner", b.ownerAgencyId()).addValue("details", b.details(), Types.VARCHAR)
                    .addValue("opened", b.openedOn()).addValue("resolved", b.resolvedOn(), Types.DATE)
                    .addValue("resolution", b.resolution(), Types.VARCHAR).addValue("by", b.recordedBy())
                    .addValue("at", b.openedOn().atTime(11, 0).atZone(zone).toOffsetDateTime()));
            events.add(event(b, "OPENED", b.openedOn(), null, zone));
            if (b.resolvedOn() != null) {
                events.add(event(b, "RESOLVED", b.resolvedOn(), b.resolution(), zone));
            }
        }
        batch("""
                insert into plans.barrier (id, household_id, kind, other_text, severity, owner_agency_id, details, opened_on,
                                           resolved_on, resolution, recorded_by, recorded_at)
                values (:id, :h, :kind, :other, :severity, :owner, :details, :opened, :resolved, :resolution, :by, :at)
                """, rows);
        batch("""
                insert into plans.barrier_event (barrier_id, household_id, what, on_day, recorded_at, by_user_id, by_agency_id, detail)
                values (:barrier, :h, :what, :on, :at, :by, :agency, :detail)
                """, events);
    }

    private static SqlParameterSource event(LoadedBarrier b, String what, LocalDate on, String detail, ZoneId zone) {
        return new MapSqlParameterSource("barrier", b.id()).addValue("h", b.household().value()).addValue("what", what)
                .addValue("on", on).addValue("at", on.atTime(11, 0).atZone(zone).toOffsetDateTime())
                .addValue("by", b.recordedBy()).addValue("agency", b.ownerAgencyId()).addValue("detail", detail, Types.VARCHAR);
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)).toArray(SqlParameterSource[]::new));
        }
    }
}
