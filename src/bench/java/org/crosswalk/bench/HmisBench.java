package org.crosswalk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosswalk.CrosswalkApplication;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
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
    static final String[] FIRST = {"Ana", "Maria", "James", "Keisha", "Luis", "Rosa", "Tyrone", "Emily", "Jose", "Aisha", "Mei", "Omar"};
    static final String[] LAST = {"Garcia", "Smith", "Johnson", "Rivera", "Williams", "Brown", "Nguyen", "Lopez", "Davis", "Martinez"};
    static final int[] DESTINATIONS = {410, 435, 422, 423, 312, 313, 101, 116, 302, 30, 17, 99};
    static final int[] PRIOR = {101, 116, 118, 302, 312, 313, 314, 410, 206, 207};

    private HmisBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long wageRows = args.length > 1 ? Long.parseLong(args[1]) : 20_000_000L;
        Path folder = Files.createTempDirectory("hmis-bench");
        long t0 = System.nanoTime();
        Map<String, Integer> rows = generate(folder, clients, new Random(2026));
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
                "--logging.level.root=WARN");
        try {
            String database = app.getBean(JdbcClient.class).sql("select current_database()").query(String.class).single();
            if (!database.equals(DB)) {
                throw new IllegalStateException("The bench must run on " + DB + ", not " + database
                        + ": run it with CROSSWALK_TEST_DB=" + DB + " (the test classpath's TestDatabase picks the database)");
            }
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
            hmis.tune(20_000, (file, chunks) -> {
                if (file.equals("mapping") && mappingStarted[0] == 0) {
                    mappingStarted[0] = System.nanoTime();
                }
            });
            long start = System.nanoTime();
            long run = hmis.importFrom(folder, agency, user);
            double imported = seconds(start);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            System.out.println("Import run " + run + ": " + jdbc.sql("select status || ', ' || households_mapped || ' households mapped' from interop.hmis_run where id = :r")
                    .param("r", run).query(String.class).single());
            System.out.printf("  of which checking and staging %.1f s, mapping into Crosswalk %.1f s%n",
                    (mappingStarted[0] - start) / 1e9, (System.nanoTime() - mappingStarted[0]) / 1e9 - 0);
            System.out.printf("Crosswalk import (check, stage, map): %.1f s; %,.0f rows/s%n", imported,
                    rows.values().stream().mapToInt(Integer::intValue).sum() / imported);
            System.out.printf("Speed ratio import/COPY: %.2f (goal >= 0.5)%n", copy / imported);
            System.out.println(jdbc.sql("""
                    select 'households ' || (select count(*) from families.household) || ', members ' || (select count(*) from families.member)
                        || ', enrollments ' || (select count(*) from intake.enrollment) || ', exits ' || (select count(*) from intake.enrollment where exited_on is not null)
                        || ', income reports ' || (select count(*) from families.income_report) || ', living situations ' || (select count(*) from housing.living_situation)
                    """).query(String.class).single());

            wageMatch(app, jdbc, wageRows);
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

    static Map<String, Integer> generate(Path folder, int clients, Random random) throws IOException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (var in = HmisBench.class.getResourceAsStream("/interop/hmis-fy2026-columns.csv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
                List<String> parts = List.of(line.split(","));
                columns.put(parts.getFirst(), parts.subList(1, parts.size()));
            });
        }
        Map<String, BufferedWriter> out = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var e : columns.entrySet()) {
            BufferedWriter w = Files.newBufferedWriter(folder.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8);
            w.write(String.join(",", e.getValue()));
            w.write("\r\n");
            out.put(e.getKey(), w);
            counts.put(e.getKey(), 0);
        }
        String stamp = "2026-11-01 09:00:00";
        Row row = (file, values) -> {
            List<String> cols = columns.get(file);
            String[] line = new String[cols.size()];
            java.util.Arrays.fill(line, "");
            values.forEach((k, v) -> line[cols.indexOf(k)] = v);
            if (cols.contains("DateCreated")) {
                line[cols.indexOf("DateCreated")] = stamp;
                line[cols.indexOf("DateUpdated")] = stamp;
                line[cols.indexOf("ExportID")] = "B1";
            }
            out.get(file).write(String.join(",", line));
            out.get(file).write("\r\n");
            counts.merge(file, 1, Integer::sum);
        };
        row.write("Export", Map.of("ExportID", "B1", "SourceType", "4", "SourceID", "bench", "SourceName", "Bench CoC", "ExportDate", stamp,
                "ExportStartDate", "2021-01-01", "ExportEndDate", "2026-10-31", "SoftwareName", "HmisBench", "CSVVersion", "2026 v1.0",
                "HashStatus", "1"));
        row.write("Organization", Map.of("OrganizationID", "1", "OrganizationName", "Bench Org", "VictimServiceProvider", "0"));
        for (int p = 1; p <= 6; p++) {
            row.write("Project", Map.of("ProjectID", String.valueOf(p), "OrganizationID", "1", "ProjectName", "Bench Project " + p,
                    "ProjectType", String.valueOf(p == 1 ? 13 : p), "ContinuumProject", "1"));
        }
        int household = 0;
        int i = 0;
        while (i < clients) {
            household++;
            int size = Math.min(clients - i, random.nextDouble() < 0.6 ? 1 : random.nextDouble() < 0.6 ? 2 : 3);
            String project = String.valueOf(1 + household % 6);
            LocalDate entry = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1400));
            LocalDate exit = random.nextDouble() < 0.7 ? entry.plusDays(30 + random.nextInt(670)) : null;
            String destination = String.valueOf(DESTINATIONS[random.nextInt(DESTINATIONS.length)]);
            for (int m = 0; m < size; m++, i++) {
                String personal = "P" + i;
                String enrollment = "E" + i;
                boolean head = m == 0;
                Map<String, String> c = new java.util.HashMap<>(Map.of("PersonalID", personal, "FirstName", FIRST[random.nextInt(FIRST.length)],
                        "LastName", LAST[random.nextInt(LAST.length)], "NameDataQuality", "1",
                        "SSN", String.format("%03d%02d%04d", 1 + random.nextInt(665), 1 + random.nextInt(99), 1 + random.nextInt(9999)),
                        "SSNDataQuality", "1", "DOB", (head ? LocalDate.of(1975, 1, 1).plusDays(random.nextInt(9000))
                                : LocalDate.of(2008, 1, 1).plusDays(random.nextInt(5000))).toString(), "DOBDataQuality", "1",
                        "Sex", String.valueOf(random.nextInt(2)), "VeteranStatus", head ? "0" : ""));
                for (String race : List.of("AmIndAKNative", "Asian", "BlackAfAmerican", "HispanicLatinao", "MidEastNAfrican", "NativeHIPacific", "White")) {
                    c.put(race, random.nextDouble() < 0.2 ? "1" : "0");
                }
                row.write("Client", c);
                Map<String, String> e = new java.util.HashMap<>(Map.of("EnrollmentID", enrollment, "PersonalID", personal, "ProjectID", project,
                        "EntryDate", entry.toString(), "HouseholdID", "H" + household, "RelationshipToHoH", head ? "1" : "2",
                        "EnrollmentCoC", "XX-501"));
                if (head) {
                    e.put("LivingSituation", String.valueOf(PRIOR[random.nextInt(PRIOR.length)]));
                }
                row.write("Enrollment", e);
                if (exit != null) {
                    row.write("Exit", Map.of("ExitID", "X" + i, "EnrollmentID", enrollment, "PersonalID", personal, "ExitDate", exit.toString(),
                            "Destination", destination));
                }
                if (head) {
                    income(row, "I" + i + "_1", enrollment, personal, entry, "1", random);
                    if (exit != null) {
                        income(row, "I" + i + "_3", enrollment, personal, exit, "3", random);
                    }
                }
            }
        }
        for (BufferedWriter w : out.values()) {
            w.close();
        }
        return counts;
    }

    private static void income(Row row, String id, String enrollment, String personal, LocalDate on, String stage, Random random) throws IOException {
        boolean earns = random.nextDouble() < 0.5;
        int earned = earns ? 400 + random.nextInt(2600) : 0;
        int other = random.nextDouble() < 0.4 ? 100 + random.nextInt(900) : 0;
        row.write("IncomeBenefits", Map.of("IncomeBenefitsID", id, "EnrollmentID", enrollment, "PersonalID", personal,
                "InformationDate", on.toString(), "IncomeFromAnySource", earned + other > 0 ? "1" : "0",
                "TotalMonthlyIncome", (earned + other) + ".00", "Earned", earns ? "1" : "0", "EarnedAmount", earns ? earned + ".00" : "",
                "DataCollectionStage", stage));
    }

    interface Row {
        void write(String file, Map<String, String> values) throws IOException;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
