package org.crosswalk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** What the import pages and the command line show about runs: status, progress per file, problems. */
@Service
public class HmisRuns {

    private final NamedParameterJdbcTemplate jdbc;
    private final HmisStaging staging;

    HmisRuns(NamedParameterJdbcTemplate jdbc, HmisStaging staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    public record Run(long id, String status, String message, String sourceId, String exportId, String csvVersion, long agencyId,
                      String agencyName, OffsetDateTime startedAt, OffsetDateTime finishedAt, int householdsMapped,
                      int householdsRemoved, long structural, long errors, long warnings) {
        public boolean finished() {
            return status.equals("DONE") || status.equals("REFUSED") || status.equals("FAILED");
        }
    }

    public record FileLine(String file, String kind, Integer rowsTotal, int rowsDone, int rowsSkipped, boolean finished) {
        /** Rows read so far as a whole percentage of the file, when its size is known. */
        public int percent() {
            return rowsTotal == null || rowsTotal == 0 ? (finished ? 100 : 0) : Math.min(100, rowsDone * 100 / rowsTotal);
        }
    }

    public record ProblemLine(String file, Long line, String recordId, String column, String severity, String problem, String value) {}

    private static final String RUN = """
            select r.id, r.status, r.message, r.source_id, r.export_id, r.csv_version, r.agency_id, a.agency_name,
                   r.started_at, r.finished_at, r.households_mapped, r.households_removed,
                   (select count(*) from interop.hmis_problem p where p.run_id = r.id and p.severity = 'STRUCTURE') as structural,
                   (select count(*) from interop.hmis_problem p where p.run_id = r.id and p.severity = 'ERROR') as errors,
                   (select count(*) from interop.hmis_problem p where p.run_id = r.id and p.severity = 'WARNING') as warnings
              from interop.hmis_run r left join access.agency_directory a on a.agency_id = r.agency_id
            """;

    public Run run(long id) {
        return jdbc.query(RUN + " where r.id = :id", Map.of("id", id), (rs, n) -> run(rs)).stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("import run " + id));
    }

    public Optional<Run> find(long id) {
        return jdbc.query(RUN + " where r.id = :id", Map.of("id", id), (rs, n) -> run(rs)).stream().findFirst();
    }

    public PageOf<Run> runs(int page, int size) {
        long total = jdbc.queryForObject("select count(*) from interop.hmis_run", Map.of(), Long.class);
        List<Run> runs = jdbc.query(RUN + " order by r.id desc limit :size offset :offset",
                Map.of("size", size, "offset", (long) page * size), (rs, n) -> run(rs));
        return new PageOf<>(runs, page, size, total);
    }

    public List<FileLine> files(long run) {
        return staging.files(run).stream().map(f -> new FileLine(f.file(), f.kind(), f.rowsTotal(), f.rowsDone(), f.rowsSkipped(),
                f.finished())).toList();
    }

    public PageOf<ProblemLine> problems(long run, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from interop.hmis_problem where run_id = :r", Map.of("r", run), Long.class);
        List<ProblemLine> lines = jdbc.query("""
                select file, line, record_id, column_name, severity, problem, value from interop.hmis_problem
                 where run_id = :r order by case severity when 'STRUCTURE' then 0 when 'ERROR' then 1 else 2 end, id
                 limit :size offset :offset
                """, Map.of("r", run, "size", size, "offset", (long) page * size), (rs, n) -> problem(rs));
        return new PageOf<>(lines, page, size, total);
    }

    /** Every problem of a run as CSV: file, line, record, column, severity, problem, value. */
    public void problemsCsv(long run, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("file", "line", "record_id", "column", "severity", "problem", "value").get())) {
            jdbc.query("""
                    select file, line, record_id, column_name, severity, problem, value from interop.hmis_problem
                     where run_id = :r order by id
                    """, Map.of("r", run), rs -> {
                try {
                    csv.printRecord(rs.getString(1), rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemLine problem(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ProblemLine(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    private static Run run(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Run(rs.getLong("id"), rs.getString("status"), rs.getString("message"), rs.getString("source_id"),
                rs.getString("export_id"), rs.getString("csv_version"), rs.getLong("agency_id"), rs.getString("agency_name"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getInt("households_mapped"), rs.getInt("households_removed"), rs.getLong("structural"), rs.getLong("errors"),
                rs.getLong("warnings"));
    }
}
