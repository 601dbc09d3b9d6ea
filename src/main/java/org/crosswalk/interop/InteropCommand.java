package org.crosswalk.interop;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Interoperability from the command line, for scheduled loads; the application exits when done.
 * {@code import-hmis}, {@code export-hmis}, {@code import-wages}, {@code wioa-report}:
 * <pre>
 * java -jar target/crosswalk-0.1.0-SNAPSHOT.jar import-hmis /data/hmis/export.zip --agency="Hartford Shelter" --as=admin \
 *      [--report=problems.csv] --server.port=0
 * </pre>
 * {@code --agency} is the agency's name or ID, {@code --as} an administrator's username. Progress is
 * printed per committed chunk; the exit code is 0 when the run is DONE, 2 when refused, 1 on failure.
 * Re-running a killed import resumes it.
 */
@Component
class InteropCommand implements ApplicationRunner {

    private final HmisImport hmis;
    private final HmisExport export;
    private final WageRecords wages;
    private final WioaIndicators wioa;
    private final HmisRuns runs;
    private final Organisation organisation;
    private final ConfigurableApplicationContext context;
    private final int chunkRows;

    InteropCommand(HmisImport hmis, HmisExport export, WageRecords wages, WioaIndicators wioa, HmisRuns runs,
                      Organisation organisation, ConfigurableApplicationContext context,
                      @org.springframework.beans.factory.annotation.Value("${crosswalk.interop.chunk-rows:5000}") int chunkRows) {
        this.chunkRows = chunkRows;
        this.wages = wages;
        this.wioa = wioa;
        this.hmis = hmis;
        this.export = export;
        this.runs = runs;
        this.organisation = organisation;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (COMMANDS.stream().noneMatch(args.getNonOptionArgs()::contains)) {
            return;
        }
        int code = execute(args, System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    static final List<String> COMMANDS = List.of("import-hmis", "export-hmis", "import-wages", "wioa-report");

    int execute(ApplicationArguments args, PrintStream out) {
        List<String> words = args.getNonOptionArgs();
        if (words.contains("export-hmis")) {
            return exportHmis(args, out);
        }
        if (words.contains("import-wages")) {
            return importWages(args, out);
        }
        if (words.contains("wioa-report")) {
            return wioaReport(args, out);
        }
        int at = words.indexOf("import-hmis");
        if (at + 1 >= words.size() || !args.containsOption("agency") || !args.containsOption("as")) {
            out.println("usage: import-hmis <folder-or-zip> --agency=<name or id> --as=<administrator username> [--report=<file.csv>]");
            return 64;
        }
        Path path = Path.of(words.get(at + 1));
        String agencyArg = args.getOptionValues("agency").getFirst();
        var agency = organisation.agencies().stream()
                .filter(a -> a.name().equals(agencyArg) || String.valueOf(a.id()).equals(agencyArg)).findFirst();
        var user = organisation.staffMember(args.getOptionValues("as").getFirst())
                .filter(s -> s.role() == Role.ADMINISTRATOR);
        if (agency.isEmpty() || user.isEmpty()) {
            out.println(agency.isEmpty() ? "No agency " + agencyArg : "--as must name an administrator");
            return 64;
        }
        long started = System.nanoTime();
        hmis.tune(chunkRows, (file, chunks) -> out.printf("  %-28s %d chunk(s) committed%n", file, chunks));
        long run;
        try {
            run = hmis.importFrom(path, agency.get().id(), user.get().id());
        } catch (RuntimeException e) {
            out.println("Import failed: " + e.getMessage() + " (run it again to resume)");
            return 1;
        } finally {
            hmis.tune(chunkRows, (file, chunks) -> { });
        }
        HmisRuns.Run r = runs.run(run);
        out.printf("Run %d %s: source %s export %s (%s), %d households mapped, %d removed; %d structural, %d row errors, %d warnings; %.1f s%n",
                r.id(), r.status(), r.sourceId(), r.exportId(), r.csvVersion(), r.householdsMapped(), r.householdsRemoved(),
                r.structural(), r.errors(), r.warnings(), (System.nanoTime() - started) / 1e9);
        if (args.containsOption("report")) {
            Path report = Path.of(args.getOptionValues("report").getFirst());
            try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
                runs.problemsCsv(run, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("Report: " + report.toAbsolutePath());
        }
        return switch (r.status()) {
            case "DONE" -> 0;
            case "REFUSED" -> 2;
            default -> 1;
        };
    }

    /** {@code export-hmis <folder> --agency=<name or id> --as=<administrator>}: the FY2026 export of what the agency holds. */
    private int exportHmis(ApplicationArguments args, PrintStream out) {
        List<String> words = args.getNonOptionArgs();
        int at = words.indexOf("export-hmis");
        if (at + 1 >= words.size() || !args.containsOption("agency") || !args.containsOption("as")) {
            out.println("usage: export-hmis <folder> --agency=<name or id> --as=<administrator username>");
            return 64;
        }
        String agencyArg = args.getOptionValues("agency").getFirst();
        var agency = organisation.agencies().stream()
                .filter(a -> a.name().equals(agencyArg) || String.valueOf(a.id()).equals(agencyArg)).findFirst();
        var user = organisation.staffMember(args.getOptionValues("as").getFirst()).filter(s -> s.role() == Role.ADMINISTRATOR);
        if (agency.isEmpty() || user.isEmpty()) {
            out.println(agency.isEmpty() ? "No agency " + agencyArg : "--as must name an administrator");
            return 64;
        }
        HmisExport.Summary summary = export.export(agency.get().id(), user.get().id(), user.get().username(), Path.of(words.get(at + 1)));
        out.println("Export " + summary.exportId() + " in " + summary.folder().toAbsolutePath() + ": " + summary.rows());
        return 0;
    }

    /** {@code import-wages <file.csv>}: quarterly UI wage records (ssn,employer_id,year,quarter,wages). */
    private int importWages(ApplicationArguments args, PrintStream out) {
        List<String> words = args.getNonOptionArgs();
        int at = words.indexOf("import-wages");
        if (at + 1 >= words.size()) {
            out.println("usage: import-wages <file.csv>   (columns ssn,employer_id,year,quarter,wages)");
            return 64;
        }
        long started = System.nanoTime();
        WageRecords.Load load = wages.load(Path.of(words.get(at + 1)), null);
        out.printf("Wage load %d: %d rows read, %d loaded, %d skipped; %.1f s%n", load.id(), load.read(), load.loaded(), load.skipped(),
                (System.nanoTime() - started) / 1e9);
        load.problems().stream().limit(50).forEach(p -> out.println("  " + p));
        return 0;
    }

    /** {@code wioa-report [--program=<id>] [--through=2025Q2] [--pirl=<file.csv>]}: the indicators, and the PIRL-style file. */
    private int wioaReport(ApplicationArguments args, PrintStream out) {
        Long program = args.containsOption("program") ? Long.valueOf(args.getOptionValues("program").getFirst()) : null;
        Integer through = args.containsOption("through") ? WioaIndicators.quarter(args.getOptionValues("through").getFirst()) : null;
        long started = System.nanoTime();
        WioaIndicators.Report r = wioa.report(java.time.LocalDate.now(), program, through);
        out.printf("Wage data through %s%n", r.wageDataThrough());
        out.printf("Employed 2nd quarter after exit: %s%n", r.employedQ2());
        out.printf("Employed 4th quarter after exit: %s%n", r.employedQ4());
        out.printf("Median earnings 2nd quarter after exit: %s%n", r.medianEarningsQ2Cents() == null ? "-"
                : "$" + HmisExport.dollars(r.medianEarningsQ2Cents()));
        out.printf("Secure Jobs, wage-verified employment within a year of enrollment: %s%n", r.secureJobs());
        out.printf("(%.1f s)%n", (System.nanoTime() - started) / 1e9);
        if (args.containsOption("pirl")) {
            Path file = Path.of(args.getOptionValues("pirl").getFirst());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                wioa.pirl(java.time.LocalDate.now(), program, through, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("PIRL file: " + file.toAbsolutePath());
        }
        return 0;
    }
}
