package org.crosswalk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.crosswalk.access.SsnVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an HMIS CSV export (a folder or a zip), FY2024 or FY2026, for one agency:
 * <ol>
 * <li>structure first: Export.csv and its CSVVersion, the 13 files Crosswalk reads and their
 * required columns. Anything wrong there refuses the import before a single row is written;</li>
 * <li>every row of every file is checked and staged in {@code interop.hmis_row}, in chunks, each
 * chunk committed with its problems and the file's progress, so a killed import resumes where it
 * stopped (an unfinished run of the same files is picked up again);</li>
 * <li>HMIS households are mapped into Crosswalk ({@link HmisMapping}), again in committed chunks,
 * each household only when the rows it is built from changed.</li>
 * </ol>
 * The same export twice changes nothing; a newer export of the same source updates by DateUpdated
 * and applies DateDeleted.
 */
@Service
public class HmisImport {

    private static final Logger log = LoggerFactory.getLogger(HmisImport.class);

    /** Called after each committed chunk (file name, chunks of that file committed so far): progress and tests. */
    public interface ChunkListener {
        void committed(String file, int chunks);
    }

    private final HmisStaging staging;
    private final HmisMapping mapping;
    private final SsnVault vault;
    private final TransactionTemplate tx;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hmis-import");
        t.setDaemon(true);
        return t;
    });
    private int chunkRows;
    private ChunkListener listener = (file, chunks) -> { };

    HmisImport(HmisStaging staging, HmisMapping mapping, SsnVault vault, TransactionTemplate tx,
               @Value("${crosswalk.interop.chunk-rows:5000}") int chunkRows) {
        this.staging = staging;
        this.mapping = mapping;
        this.vault = vault;
        this.tx = tx;
        this.chunkRows = chunkRows;
    }

    /** For tests and the command line: small chunks, a listener that reports or fails on purpose. */
    public void tune(int chunkRows, ChunkListener listener) {
        this.chunkRows = chunkRows;
        this.listener = listener;
    }

    /** Runs the whole import now; returns the run's ID (also when refused: its problems say why). */
    public long importFrom(Path path, long agencyId, long userId) {
        try (HmisSource source = HmisSource.open(path)) {
            String fingerprint = source.fingerprint();
            long run = staging.unfinishedRun(fingerprint).orElseGet(() -> staging.newRun(fingerprint, agencyId, userId));
            execute(source, run, agencyId, userId);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the import in the background (one at a time) and returns the run's ID at once, for the page to follow. */
    public long start(Path path, long agencyId, long userId, Consumer<Path> cleanup) {
        HmisSource source;
        try {
            source = HmisSource.open(path);
        } catch (IOException e) {
            cleanup.accept(path);
            throw new UncheckedIOException(e);
        }
        String fingerprint = source.fingerprint();
        long run = staging.unfinishedRun(fingerprint).orElseGet(() -> staging.newRun(fingerprint, agencyId, userId));
        background.submit(() -> {
            try (source) {
                execute(source, run, agencyId, userId);
            } catch (RuntimeException e) {
                log.warn("HMIS import {} failed", run, e);
            } finally {
                cleanup.accept(path);
            }
        });
        return run;
    }

    private void execute(HmisSource source, long run, long agencyId, long userId) {
        try {
            Structure structure = structure(source);
            staging.describe(run, blankToNull(structure.sourceId()), blankToNull(structure.exportId()), blankToNull(structure.csvVersion()));
            if (!structure.problems().isEmpty()) {
                tx.executeWithoutResult(s -> {
                    staging.problems(run, structure.problems());
                    staging.status(run, "REFUSED", structure.problems().size() + " structural problem(s): nothing was imported.");
                });
                return;
            }
            plan(source, run);
            staging.status(run, "STAGING", null);
            stageAll(source, run, structure);
            staging.status(run, "MAPPING", null);
            staging.analyze();
            mapping.map(run, structure.sourceId(), agencyId, userId, listener);
            staging.status(run, "DONE", null);
        } catch (RuntimeException e) {
            staging.status(run, "FAILED", String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    record Structure(HmisVersion version, String csvVersion, String sourceId, String exportId, List<Problem> problems) {}

    /** Reads Export.csv and every header; nothing is written. */
    Structure structure(HmisSource source) {
        List<Problem> problems = new ArrayList<>();
        Optional<Path> export = source.file(HmisFile.EXPORT);
        if (export.isEmpty()) {
            return new Structure(null, null, null, null, List.of(Problem.structure("Export", null, "Export.csv is missing")));
        }
        Map<String, String> exportRow;
        try (HmisReader reader = HmisReader.open(export.get())) {
            List<String> header = reader.header();
            List<Map<String, String>> rows = new ArrayList<>();
            reader.forEach(row -> {
                Map<String, String> v = new java.util.HashMap<>();
                for (int i = 0; i < header.size() && i < row.values().size(); i++) {
                    v.put(header.get(i), row.values().get(i).strip());
                }
                rows.add(v);
            });
            if (rows.size() != 1) {
                return new Structure(null, null, null, null,
                        List.of(Problem.structure("Export", null, "Export.csv must have exactly one row; it has " + rows.size())));
            }
            exportRow = rows.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String csvVersion = exportRow.getOrDefault("CSVVersion", "");
        Optional<HmisVersion> version = HmisVersion.of(csvVersion);
        if (version.isEmpty()) {
            problems.add(new Problem("Export", 2L, null, "CSVVersion", Problem.Severity.STRUCTURE,
                    "Unknown CSVVersion: this import reads \"2024 v1.x\" (FY2024) and \"2026 v1.x\" (FY2026)", csvVersion));
        }
        String sourceId = exportRow.getOrDefault("SourceID", "");
        String exportId = exportRow.getOrDefault("ExportID", "");
        if (sourceId.isEmpty() || exportId.isEmpty()) {
            problems.add(Problem.structure("Export", sourceId.isEmpty() ? "SourceID" : "ExportID", "Export.csv names no SourceID or ExportID"));
        }
        for (HmisFile file : HmisFile.values()) {
            Optional<Path> path = source.file(file);
            if (path.isEmpty()) {
                if (file.required) {
                    problems.add(Problem.structure(file.fileName, null, file.csvName() + " is missing"));
                }
                continue;
            }
            try {
                List<String> header = HmisReader.header(path.get());
                for (String column : file.requiredColumns(version.orElse(null))) {
                    if (!header.contains(column)) {
                        problems.add(Problem.structure(file.fileName, column, "Required column " + column + " is missing"));
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.structure(file.fileName, null, "Cannot read " + file.csvName() + ": " + e.getMessage()));
            }
        }
        return new Structure(version.orElse(null), csvVersion, sourceId, exportId, problems);
    }

    private void plan(HmisSource source, long run) {
        int position = 0;
        for (HmisFile file : HmisFile.values()) {
            staging.planFile(run, file.fileName, position++, source.file(file).isPresent() ? "STAGED" : "ABSENT");
        }
        for (Path other : source.others()) {
            staging.planFile(run, fileName(other), position++, "KEPT");
        }
    }

    private static String fileName(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - 4);
    }

    private void stageAll(HmisSource source, long run, Structure structure) {
        Map<String, HmisStaging.FileProgress> progress = new java.util.HashMap<>();
        staging.files(run).forEach(f -> progress.put(f.file(), f));
        RowChecker checker = new RowChecker(structure.exportId(), vault);
        try (ChunkWriter writer = new ChunkWriter()) { // one for all files: the next file is read while the last chunks are written
            for (HmisFile file : HmisFile.values()) {
                Optional<Path> path = source.file(file);
                if (path.isPresent()) {
                    stageFile(writer, run, structure.sourceId(), file.fileName, path.get(), progress.get(file.fileName),
                            (header, row) -> checker.check(file, header, row));
                }
            }
            for (Path other : source.others()) {
                String name = fileName(other);
                stageFile(writer, run, structure.sourceId(), name, other, progress.get(name),
                        (header, row) -> checker.other(name, header, row));
            }
            writer.await();
        }
    }

    private interface Check {
        RowChecker.Checked apply(List<String> header, HmisReader.Row row);
    }

    /**
     * Reads the whole file (so the checker learns every key, also of chunks committed before a
     * resume) and commits chunk by chunk, skipping the chunks an earlier attempt committed. Parsing
     * (a read-ahead thread), checking (this thread) and writing ({@link ChunkWriter}) overlap.
     */
    private void stageFile(ChunkWriter writer, long run, String sourceId, String name, Path path, HmisStaging.FileProgress progress,
                           Check check) {
        int alreadyDone = progress == null ? 0 : progress.chunksDone();
        boolean finished = progress != null && progress.finished();
        boolean direct;
        if (alreadyDone > 0 && progress.direct() != null) {
            direct = progress.direct();
        } else {
            direct = !finished && staging.nothingStaged(sourceId, name);
            staging.direct(run, name, direct);
        }
        List<HmisStaging.StagedRow> rows = new ArrayList<>(chunkRows);
        List<Problem> problems = new ArrayList<>();
        int[] chunk = {0};
        int[] read = {0};
        int[] skipped = {0};
        try (HmisReader reader = HmisReader.open(path)) {
            List<String> header = reader.header();
            reader.forEachReadAhead(row -> {
                RowChecker.Checked checked = check.apply(header, row);
                read[0]++;
                if (chunk[0] >= alreadyDone && !finished) {
                    problems.addAll(checked.problems());
                    if (checked.skipped()) {
                        skipped[0]++;
                    } else {
                        rows.add(checked.row());
                    }
                }
                if (read[0] % chunkRows == 0) {
                    if (chunk[0] >= alreadyDone && !finished) {
                        int number = chunk[0] + 1;
                        writer.submit(run, sourceId, name, direct, List.copyOf(rows), List.copyOf(problems),
                                read[0] - chunk[0] * chunkRows, skipped[0], false, null, number);
                    }
                    rows.clear();
                    problems.clear();
                    skipped[0] = 0;
                    chunk[0]++;
                }
            });
            if (!finished) {
                writer.submit(run, sourceId, name, direct, List.copyOf(rows), List.copyOf(problems), read[0] - chunk[0] * chunkRows,
                        skipped[0], true, read[0], chunk[0] + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits the chunks of every file in order on one thread, at most one waiting behind the one
     * being written. After a failure nothing more is committed (chunks stay contiguous, so a resume
     * skips exactly those committed) and the failure is thrown to the reader.
     */
    private final class ChunkWriter implements AutoCloseable {
        private final Workers thread = new Workers("hmis-stage", 1, 2);

        void submit(long run, String sourceId, String file, boolean direct, List<HmisStaging.StagedRow> rows, List<Problem> problems,
                    int read, int skipped, boolean last, Integer total, int number) {
            thread.submit(() -> {
                commit(run, sourceId, file, direct, rows, problems, read, skipped, last, total);
                listener.committed(file, number);
            });
        }

        void await() {
            thread.await();
        }

        @Override
        public void close() {
            thread.close();
        }
    }

    private void commit(long run, String sourceId, String file, boolean direct, List<HmisStaging.StagedRow> rows,
                        List<Problem> problems, int read, int skipped, boolean last, Integer total) {
        tx.executeWithoutResult(s -> {
            staging.stage(sourceId, rows, direct);
            staging.problems(run, problems);
            staging.chunkDone(run, file, read, skipped, last);
            if (total != null) {
                staging.fileTotal(run, file, total);
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
