package org.crosswalk.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosswalk.CrosswalkApplication;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.interop.HmisGenerator;
import org.crosswalk.interop.HmisImport;
import org.crosswalk.interop.WioaIndicators;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HMIS CSV import at scale, and the wage match. Generates (seeded) an FY2026 export of N clients
 * in households of 1–3 with one enrollment each, exits for about 70 % and IncomeBenefits at entry
 * and exit for heads; then, in one run on its own database, times (1) a bare COPY of the same
 * files into text staging tables and (2) Crosswalk's import (check every row, stage, map into
 * households, members, enrollments, exits, income and living situations), and prints sizes, times
 * and the speed ratio import/COPY. Then the wage match: W wage rows (those of the participants in
 * every parent: about 100,000 at N = 160,000, plus unmatched rows up to W), timed through
 * {@link WioaIndicators#report}.
 * <pre>
 * CROSSWALK_TEST_DB=crosswalk_bench_interop ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.crosswalk.bench.HmisBench \
 *        -Dbench.args="1000000 20000000" -Dbench.heap=8g
 * </pre>
 * Uses the PostgreSQL on 127.0.0.1:5432 and (re)creates the database {@code crosswalk_bench_interop}.
 */
public final class HmisBench {

    static final String DB = "crosswalk_bench_interop";

    private HmisBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long wageRows = args.length > 1 ? Long.parseLong(args[1]) : 20_000_000L;
        Path folder = Files.createTempDirectory("hmis-bench");
        long t0 = System.nanoTime();
        Map<String, Integer> rows = HmisGenerator.generate(folder, clients, new Random(2026), "bench");
        double generated = seconds(t0);
        long bytes = 0;
        for (Path f : Files.list(folder).toList()) {
            bytes += Files.size(f);
        }
        System.out.printf("Generated %,d clients: %s, %,d MB in %s (%.1f s)%n", clients, rows, bytes >> 20, folder, generated);

        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + DB + " with (force)");
            s.execute("create database " + DB);
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CrosswalkApplication.class).run(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DB, "--spring.datasource.username=postgres",
                "--server.port=0", "--crosswalk.demo.load=false", "--crosswalk.security.ssn-key=bench-key-not-secret",
                // The import alone: in service, linkage's catch-up matches the imported members afterwards, on its own thread.
                "--crosswalk.linkage.match-on-arrival=false",
                "--logging.level.root=WARN");
        try {
            String database = app.getBean(JdbcClient.class).sql("select current_database()").query(String.class).single();
            if (!database.equals(DB)) {
                throw new IllegalStateException("The bench must run on " + DB + ", not " + database
                        + ": run it with CROSSWALK_TEST_DB=" + DB + " (the test classpath's TestDatabase picks the database)");
            }
            System.out.println("Load average before COPY: " + loadAverage());
            double copy = copyAll(folder, rows.keySet());
            System.out.printf("COPY of the same files into text staging tables: %.1f s (%,.0f rows/s)%n", copy,
                    rows.values().stream().mapToInt(Integer::intValue).sum() / copy);

            Organisation organisation = app.getBean(Organisation.class);
            long region = organisation.createRegion("Bench Region");
            long agency = organisation.createAgency(new Organisation.NewAgency("Bench Shelter", AgencyKind.HOUSING, region, true));
            long user = organisation.createStaffMember(new Organisation.NewStaffMember("bench-admin", "Bench Admin", null,
                    Role.ADMINISTRATOR, null, null, true, "bench-password-1"));
            HmisImport hmis = app.getBean(HmisImport.class);
            long[] mappingStarted = {0};
            Map<String, long[]> chunkTimes = new java.util.LinkedHashMap<>(); // per file: chunks, last commit
            hmis.tune(20_000, (file, chunks) -> {
                if (file.equals("mapping") && mappingStarted[0] == 0) {
                    mappingStarted[0] = System.nanoTime();
                }
                synchronized (chunkTimes) {
                    chunkTimes.computeIfAbsent(file, f -> new long[2])[0] = chunks;
                    chunkTimes.get(file)[1] = System.nanoTime();
                }
            });
            System.out.println("Load average before the import: " + loadAverage());
            long start = System.nanoTime();
            long run = hmis.importFrom(folder, agency, user);
            double imported = seconds(start);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            System.out.println("Import run " + run + ": " + jdbc.sql("select status || ', ' || households_mapped || ' households mapped' from interop.hmis_run where id = :r")
                    .param("r", run).query(String.class).single());
            System.out.printf("  of which checking and staging %.1f s, mapping into Crosswalk %.1f s%n",
                    (mappingStarted[0] - start) / 1e9, (System.nanoTime() - mappingStarted[0]) / 1e9 - 0);
            long previous = start;
            StringBuilder perFile = new StringBuilder("  last commit per file (chunks, seconds since the previous file's): ");
            for (Map.Entry<String, long[]> e : chunkTimes.entrySet()) {
                perFile.append(String.format("%s %d %.1f s; ", e.getKey(), e.getValue()[0], (e.getValue()[1] - previous) / 1e9));
                previous = e.getValue()[1];
            }
            System.out.println(perFile);
            System.out.printf("Crosswalk import (check, stage, map): %.1f s; %,.0f rows/s%n", imported,
                    rows.values().stream().mapToInt(Integer::intValue).sum() / imported);
            System.out.printf("Speed ratio import/COPY: %.2f (goal >= 0.5); load average after the import: %s%n", copy / imported, loadAverage());
            System.out.println(jdbc.sql("""
                    select 'households ' || (select count(*) from families.household) || ', members ' || (select count(*) from families.member)
                        || ', enrollments ' || (select count(*) from intake.enrollment) || ', exits ' || (select count(*) from intake.enrollment where exited_on is not null)
                        || ', income reports ' || (select count(*) from families.income_report) || ', living situations ' || (select count(*) from housing.living_situation)
                    """).query(String.class).single());

            floor(copy, imported);

            if (wageRows > 0) { // 0: the import only
                wageMatch(app, jdbc, wageRows);
            }
        } finally {
            app.close();
        }
    }

    /** Wage rows for every parent (12 quarters 2022–2024, about 2 in 3 with wages, a second employer every 3rd quarter) and unmatched rows up to {@code total}; then the report over all programs. */
    static void wageMatch(ConfigurableApplicationContext app, JdbcClient jdbc, long total) {
        WioaIndicators wioa = app.getBean(WioaIndicators.class);
        long t = System.nanoTime();
        int participants = wioa.refreshParticipants();
        System.out.printf("Participants' match keys (all parents, computed in access): %,d in %.1f s%n", participants, seconds(t));
        t = System.nanoTime();
        jdbc.sql("""
                insert into interop.wage_record (match_key, employer_id, year, quarter, wages_cents, load_id)
                select pk.match_key, 'E' || (abs(hashtext(pk.match_key)) % 5000 + e.n), 2022 + q / 4, q % 4 + 1,
                       100000 + abs(hashtext(pk.match_key || q)) % 900000, 0
                  from interop.participant_key pk
                  cross join generate_series(0, 11, 1) q cross join generate_series(0, 1) e(n)
                 where pk.match_key is not null and (abs(hashtext(pk.match_key || q)) % 3 > 0) and (e.n = 0 or q % 3 = 0)
                on conflict do nothing
                """).update();
        long matched = jdbc.sql("select count(*) from interop.wage_record").query(Long.class).single();
        long rest = Math.max(0, total - matched);
        jdbc.sql("""
                insert into interop.wage_record (match_key, employer_id, year, quarter, wages_cents, load_id)
                select md5('unmatched' || g), 'U' || (g % 20000), 2022 + (g % 12) / 4, (g % 12) % 4 + 1, 50000 + g % 700000, 0
                  from generate_series(1, :n) g
                """).param("n", rest).update();
        jdbc.sql("analyze interop.wage_record").update();
        long wageCount = jdbc.sql("select count(*) from interop.wage_record").query(Long.class).single();
        System.out.printf("Wage records: %,d (%,d of the participants) generated in %.1f s%n", wageCount, matched, seconds(t));
        t = System.nanoTime();
        WioaIndicators.Report report = wioa.report(LocalDate.of(2026, 11, 25), null, null);
        double match = seconds(t);
        System.out.printf("Wage match (match keys refreshed, every exit and enrollment looked up) for %,d participants against %,d wage rows: %.1f s (goal <= 60 s)%n",
                participants, wageCount, match);
        System.out.println("  " + report);
    }

    /** Every table the import writes, in the order it writes them. */
    static final List<String> WRITTEN = List.of("interop.hmis_row", "access.household_steward", "families.household", "families.member",
            "families.income_report", "intake.referral", "intake.enrollment", "intake.navigator_assignment", "housing.living_situation",
            "interop.hmis_household");

    /**
     * What no import can go below on these tables: the rows the import wrote, already checked,
     * computed and formatted (read back with COPY TO), COPied into empty copies of the same tables
     * with the same indexes (CREATE TABLE … LIKE … INCLUDING ALL: indexes, defaults and checks, not
     * the foreign keys). Printed per table and against the bare COPY of the source files.
     */
    static void floor(double copy, double imported) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DB, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("create schema bench_floor");
            org.postgresql.copy.CopyManager copier = c.unwrap(PGConnection.class).getCopyAPI();
            double total = 0;
            StringBuilder tables = new StringBuilder();
            for (String table : WRITTEN) {
                java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
                copier.copyOut("copy " + table + " to stdout", rows);
                String target = "bench_floor." + table.replace('.', '_');
                s.execute("create table " + target + " (like " + table + " including all)");
                long t = System.nanoTime();
                long n = copier.copyIn("copy " + target + " from stdin", new java.io.ByteArrayInputStream(rows.toByteArray()));
                double took = seconds(t);
                total += took;
                tables.append(String.format("%s %,d rows %.1f s; ", table, n, took));
            }
            System.out.println("Floor: the import's own rows COPied into copies of its tables with their indexes: " + tables);
            System.out.printf("Floor in all: %.1f s; ratio floor/COPY %.2f, import/floor %.2f (the part of the import that is checking, computing and its own round trips)%n",
                    total, copy / total, imported / total);
        }
    }

    static double copyAll(Path folder, Iterable<String> files) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DB, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("create schema bench_copy");
            long start = System.nanoTime();
            for (String file : files) {
                Path path = folder.resolve(file + ".csv");
                String header = Files.newBufferedReader(path).readLine();
                List<String> columns = List.of(header.split(","));
                s.execute("create table bench_copy.\"" + file + "\" (" + String.join(", ", columns.stream().map(col -> "\"" + col + "\" text").toList()) + ")");
                try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy.\"" + file + "\" from stdin with (format csv, header true)", reader);
                }
            }
            return seconds(start);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
