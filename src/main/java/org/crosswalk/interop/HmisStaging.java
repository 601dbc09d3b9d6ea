package org.crosswalk.interop;

import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosswalk.shared.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** SQL for the HMIS import's own tables: runs, per-file progress, problems and staged rows. */
@Repository
class HmisStaging {

    private final NamedParameterJdbcTemplate jdbc;

    HmisStaging(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A staged source row; {@code data} is the row as a JSON object of its non-empty columns. */
    record StagedRow(String file, String recordId, String exportId, String personalId, String enrollmentId, String householdKey,
                     LocalDateTime dateUpdated, LocalDateTime dateDeleted, String rowHash, String data) {}

    /** {@code direct}: null until the file's first chunk decides it. */
    record FileProgress(String file, int position, String kind, Integer rowsTotal, int rowsDone, int rowsSkipped, int chunksDone,
                        boolean finished, Boolean direct) {}

    long newRun(String fingerprint, long agencyId, long userId) {
        return jdbc.queryForObject("""
                insert into interop.hmis_run (fingerprint, agency_id, started_by) values (:f, :agency, :user) returning id
                """, Map.of("f", fingerprint, "agency", agencyId, "user", userId), Long.class);
    }

    /** The latest run of the same files that did not finish (killed or failed), to resume. */
    Optional<Long> unfinishedRun(String fingerprint) {
        return jdbc.queryForList("""
                select id from interop.hmis_run where fingerprint = :f and status in ('VALIDATING', 'STAGING', 'MAPPING', 'FAILED')
                 order by id desc limit 1
                """, Map.of("f", fingerprint), Long.class).stream().findFirst();
    }

    void describe(long run, String sourceId, String exportId, String csvVersion) {
        jdbc.update("update interop.hmis_run set source_id = :s, export_id = :e, csv_version = :v where id = :id",
                new MapSqlParameterSource("id", run).addValue("s", sourceId).addValue("e", exportId).addValue("v", csvVersion));
    }

    void status(long run, String status, String message) {
        jdbc.update("""
                update interop.hmis_run set status = :status, message = :message,
                       finished_at = case when :status in ('DONE', 'REFUSED', 'FAILED') then now() else null end
                 where id = :id
                """, new MapSqlParameterSource("id", run).addValue("status", status).addValue("message", message, Types.VARCHAR));
    }

    /** Fresh statistics after staging, so that mapping's look-ups by household and enrollment use the indexes. */
    void analyze() {
        jdbc.getJdbcTemplate().execute("analyze interop.hmis_row");
    }

    void households(long run, int mapped, int removed) {
        jdbc.update("update interop.hmis_run set households_mapped = households_mapped + :m, households_removed = households_removed + :r where id = :id",
                Map.of("id", run, "m", mapped, "r", removed));
    }

    void planFile(long run, String file, int position, String kind) {
        jdbc.update("""
                insert into interop.hmis_run_file (run_id, file, position, kind) values (:run, :file, :pos, :kind)
                on conflict (run_id, file) do nothing
                """, Map.of("run", run, "file", file, "pos", position, "kind", kind));
    }

    List<FileProgress> files(long run) {
        return jdbc.query("""
                select file, position, kind, rows_total, rows_done, rows_skipped, chunks_done, finished, direct
                  from interop.hmis_run_file where run_id = :run order by position
                """, Map.of("run", run), (rs, n) -> new FileProgress(rs.getString(1), rs.getInt(2), rs.getString(3),
                (Integer) rs.getObject(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBoolean(8), (Boolean) rs.getObject(9)));
    }

    void fileTotal(long run, String file, int total) {
        jdbc.update("update interop.hmis_run_file set rows_total = :t where run_id = :run and file = :file",
                Map.of("run", run, "file", file, "t", total));
    }

    void chunkDone(long run, String file, int rows, int skipped, boolean last) {
        jdbc.update("""
                update interop.hmis_run_file set rows_done = rows_done + :rows, rows_skipped = rows_skipped + :skipped,
                       chunks_done = chunks_done + 1, finished = :last
                 where run_id = :run and file = :file
                """, Map.of("run", run, "file", file, "rows", rows, "skipped", skipped, "last", last));
    }

    void problems(long run, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into interop.hmis_problem (run_id, file, line, record_id, column_name, severity, problem, value)
                values (:run, :file, :line, :record, :column, :severity, :problem, :value)
                """, problems.stream().map(p -> (SqlParameterSource) new MapSqlParameterSource("run", run)
                .addValue("file", p.file()).addValue("line", p.line(), Types.INTEGER)
                .addValue("record", p.recordId(), Types.VARCHAR).addValue("column", p.column(), Types.VARCHAR)
                .addValue("severity", p.severity().name()).addValue("problem", p.problem())
                .addValue("value", p.value() == null ? null : p.value().length() > 200 ? p.value().substring(0, 200) : p.value(), Types.VARCHAR))
                .toArray(SqlParameterSource[]::new));
    }

    /**
     * Stages rows. {@code direct}: nothing of this source and file was staged before this run (see
     * {@link #nothingStaged}), so the rows are COPied straight into {@code interop.hmis_row}: the
     * checker has refused duplicate keys within the file, and a resumed run stages only chunks not
     * yet committed. Otherwise the chunk is COPied into a temporary table and merged: a row replaces
     * the staged one only if its DateUpdated is later, or if it newly carries a DateDeleted; the
     * same row again changes nothing. Must run inside the chunk's transaction.
     */
    void stage(String sourceId, List<StagedRow> rows, boolean direct) {
        if (rows.isEmpty()) {
            return;
        }
        JdbcTemplate plain = jdbc.getJdbcTemplate();
        if (!direct) {
            plain.execute("create temp table if not exists hmis_row_in (like interop.hmis_row) on commit delete rows");
        }
        CopyIn.rows(plain, direct ? "interop.hmis_row" : "hmis_row_in", COLUMNS, rows, r -> new Object[] {sourceId, r.file(), r.recordId(),
                r.exportId(), r.personalId(), r.enrollmentId(), r.householdKey(), r.dateUpdated(), r.dateDeleted(), r.rowHash(), r.data()});
        if (direct) {
            return;
        }
        plain.update("""
                insert into interop.hmis_row as r (source_id, file, record_id, export_id, personal_id, enrollment_id, household_key,
                                                   date_updated, date_deleted, row_hash, data)
                select source_id, file, record_id, export_id, personal_id, enrollment_id, household_key, date_updated, date_deleted,
                       row_hash, data from hmis_row_in
                on conflict (source_id, file, record_id) do update
                   set export_id = excluded.export_id, personal_id = excluded.personal_id, enrollment_id = excluded.enrollment_id,
                       household_key = excluded.household_key, date_updated = excluded.date_updated,
                       date_deleted = excluded.date_deleted, row_hash = excluded.row_hash, data = excluded.data
                 where r.row_hash <> excluded.row_hash
                   and (r.date_updated is null or excluded.date_updated > r.date_updated
                        or (excluded.date_updated = r.date_updated and excluded.date_deleted is not null and r.date_deleted is null))
                """);
        plain.execute("truncate hmis_row_in");
    }

    private static final String COLUMNS = "source_id, file, record_id, export_id, personal_id, enrollment_id, household_key, "
            + "date_updated, date_deleted, row_hash, data";

    /** True when no row of this source and file is staged: a first load, which may COPY straight in. */
    boolean nothingStaged(String sourceId, String file) {
        return !jdbc.queryForObject("select exists (select 1 from interop.hmis_row where source_id = :s and file = :f)",
                Map.of("s", sourceId, "f", file), Boolean.class);
    }

    /** Records (once, at a file's first chunk) whether its chunks COPY straight in, so that a resumed run does as the first attempt did. */
    void direct(long run, String file, boolean direct) {
        jdbc.update("update interop.hmis_run_file set direct = :d where run_id = :run and file = :file",
                Map.of("run", run, "file", file, "d", direct));
    }
}
