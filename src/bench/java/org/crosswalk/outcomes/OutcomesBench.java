package org.crosswalk.outcomes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The outcome dashboard at state scale, side by side with DuckDB (issue 5, "Performance";
 * docs/outcomes-benchmark.md). Creates {@code crosswalk_bench_outcomes}, migrates it with the real
 * migrations, writes N seeded enrollments with their histories into the module tables the published
 * views read (COPY), then times on PostgreSQL the snapshot refresh (every judgement computed from the
 * raw records) and the dashboard ({@link MetricQueries#measures} over the snapshot for every
 * dimension, cold and warm), and the same in an in-process DuckDB loaded with the rows of the
 * published views; compares every figure and prints sizes, times and ratios. Exits 1 when a figure
 * differs.
 *
 * <p>Arguments: {@code --enrollments N} (default 1,000,000), {@code --seed S}, {@code --report
 * yyyy-mm-dd} (the report date, default 2026-11-01), {@code --reuse} (keep an already generated
 * database), {@code --duckdb-memory 4GB}.
 */
public final class OutcomesBench {

    static final String DB = "crosswalk_bench_outcomes";
    static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    static final int WARM_RUNS = 5;
    static final int JIT_OFF_RUNS = 3;

    /** The published views the outcome view reads, exported to DuckDB under the same names. */
    static final List<String> VIEWS = List.of("intake.enrollment_facts", "families.household_facts",
            "employment.placement_facts", "housing.living_situation_facts", "housing.subsidy_facts",
            "access.staff_directory", "access.agency_directory");

    /** The raw tables the generator writes (and the snapshot). */
    static final List<String> TABLES = List.of("access.region", "access.agency", "access.staff_user", "intake.program",
            "families.household", "families.member", "families.income_report", "intake.referral", "intake.enrollment",
            "employment.placement", "housing.living_situation", "housing.subsidy");

    public static void main(String[] args) throws Exception {
        int enrollments = 1_000_000;
        long seed = 20261125L;
        LocalDate report = LocalDate.of(2026, 11, 1);
        boolean reuse = false;
        String duckMemory = "4GB";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--enrollments" -> enrollments = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--report" -> report = LocalDate.parse(args[++i]);
                case "--reuse" -> reuse = true;
                case "--duckdb-memory" -> duckMemory = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (org.slf4j.LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flywayLog) {
            flywayLog.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        System.out.printf("Outcomes benchmark: %,d enrollments, seed %d, report date %s, %d cores (shared)%n",
                enrollments, seed, report, Runtime.getRuntime().availableProcessors());
        int code = new OutcomesBench(enrollments, seed, report, duckMemory).run(reuse);
        System.exit(code);
    }

    private final int enrollments;
    private final long seed;
    private final LocalDate report;
    private final String duckMemory;
    private final Map<String, Long> sizes = new LinkedHashMap<>();

    OutcomesBench(int enrollments, long seed, LocalDate report, String duckMemory) {
        this.enrollments = enrollments;
        this.seed = seed;
        this.report = report;
        this.duckMemory = duckMemory;
    }

    /** A dimension of the dashboard: its PostgreSQL keys (the app's own SQL) and their DuckDB dialect. */
    record Dim(String name, String pgKeys, String duckKeys) {
    }

    static final String DUCK_REGION = "[cast(o.region_id as varchar)]";
    static final String DUCK_RACE = """
            case when coalesce(len(o.head_race), 0) = 0 then ['NOT_COLLECTED']
                 when len(o.head_race) > 1 then list_concat(o.head_race, ['MULTI_RACIAL'])
                 else o.head_race end""";
    static final String DUCK_SEX = "[coalesce(cast(o.head_sex as varchar), '99')]";
    static final String DUCK_COHORT = "[cast(year(o.enrolled_on) as varchar) || '-Q' || cast(quarter(o.enrolled_on) as varchar)]";

    static List<Dim> dashboard() {
        List<Dim> dims = new ArrayList<>();
        dims.add(new Dim("ALL", Dimension.ALL.keysSql(), "['ALL']"));
        dims.add(new Dim("REGION", Dimension.REGION.keysSql(), DUCK_REGION));
        dims.add(new Dim("RACE", Dimension.RACE.keysSql(), DUCK_RACE));
        dims.add(new Dim("SEX", Dimension.SEX.keysSql(), DUCK_SEX));
        dims.add(new Dim("COHORT", Dimension.COHORT.keysSql(), DUCK_COHORT));
        dims.add(new Dim("HOUSEHOLD_TYPE", Dimension.HOUSEHOLD_TYPE.keysSql(), "[coalesce(o.household_type, 'NO_CHILDREN')]"));
        dims.add(new Dim("SERVICE", Dimension.SERVICE.keysSql(),
                "[case when o.served_jointly then 'JOINT' else 'EMPLOYMENT_ONLY' end]"));
        // Bench-only: every cell of region × race × sex × quarter, built from the app's own key expressions.
        String pgCombined = "array(select a.k || '|' || b.k || '|' || c.k || '|' || d.k from unnest(%s) a(k), unnest(%s) b(k), unnest(%s) c(k), unnest(%s) d(k))"
                .formatted(Dimension.REGION.keysSql(), Dimension.RACE.keysSql(), Dimension.SEX.keysSql(), Dimension.COHORT.keysSql());
        String duckCombined = "list_transform(%s, lambda r: (%s)[1] || '|' || r || '|' || (%s)[1] || '|' || (%s)[1])"
                .formatted(DUCK_RACE, DUCK_REGION, DUCK_SEX, DUCK_COHORT);
        dims.add(new Dim("REGION×RACE×SEX×COHORT", pgCombined, duckCombined));
        return dims;
    }

    static final String[] MEASURES = {"employed_n", "employed_d", "employed_p", "retained_n", "retained_d", "retained_p",
            "housed_n", "housed_d", "housed_p", "earning_n", "earning_d", "earning_p", "returned180_n", "returned365_n",
            "returned730_n", "returned_d", "returned_p"};

    /** dimension → key → the 17 figures of {@link #MEASURES}. */
    static final class Figures extends LinkedHashMap<String, Map<String, long[]>> {
    }

    int run(boolean reuse) throws Exception {
        if (!reuse || !populated()) {
            createAndMigrate();
            long t = System.nanoTime();
            try (Connection c = pg(DB)) {
                new Generator(c, enrollments, seed, report).generate();
                System.out.printf("generated and loaded (COPY) in %,d ms%n", ms(t));
                t = System.nanoTime();
                exec(c, "vacuum (analyze)");
                System.out.printf("vacuum analyze in %,d ms%n", ms(t));
            }
        } else {
            // New migrations (a changed view) apply to the kept rows; nothing is regenerated.
            Flyway.configure().dataSource(PG + DB, "postgres", null).outOfOrder(true)
                    .locations("classpath:db/migration").createSchemas(true).load().migrate();
            System.out.println("reusing the generated database " + DB + " (migrated to the current schema)");
        }
        try (Connection c = pg(DB)) {
            for (String table : TABLES) {
                sizes.put(table, count(c, "select count(*) from " + table));
            }
        }

        // ---- Crosswalk (PostgreSQL) ----
        long pgRefresh;
        try (Connection c = pg(DB)) {
            exec(c, "set jit = off");   // as the application's connections (application.properties)
            long t = System.nanoTime();
            exec(c, "refresh materialized view " + Snapshot.TABLE);
            pgRefresh = ms(t);
            exec(c, "analyze " + Snapshot.TABLE);
            sizes.put(Snapshot.TABLE, count(c, "select count(*) from " + Snapshot.TABLE));
        }
        System.out.printf("PostgreSQL: refresh of the snapshot %,d ms%n", pgRefresh);
        // What the application adds to each refresh (Snapshot.buildCube): every app dimension statewide for
        // the report date, so that day's pages read figures instead of aggregating a million judgements.
        long cubeBuild;
        try (Connection c = pg(DB)) {
            appSession(c);
            long t = System.nanoTime();
            for (String statement : Snapshot.cubeStatements()) {
                exec(c, statement.replace(":report", "date '" + report + "'").replace(":region", "cast(null as bigint)"));
            }
            cubeBuild = ms(t);
        }
        long[] cubeRuns = new long[1 + WARM_RUNS];
        for (int i = 0; i < cubeRuns.length; i++) {
            try (Connection c = pg(DB)) {   // a new connection each time: every read is cold
                appSession(c);
                long t = System.nanoTime();
                for (Dimension d : Dimension.values()) {
                    for (String read : List.of("select key, " + Snapshot.MEASURE_COLUMNS + " from outcomes.measure_cube where dimension = ?",
                            "select key, " + Snapshot.INCOME_COLUMNS + " from outcomes.income_cube where dimension = ?")) {
                        try (PreparedStatement ps = c.prepareStatement(read)) {
                            ps.setString(1, d.name());
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rs.getObject(2);
                                }
                            }
                        }
                    }
                }
                cubeRuns[i] = ms(t);
            }
        }
        System.out.printf("PostgreSQL: cubes (measures and income change) of %d app dimensions built in %,d ms at refresh; read by a page in %s ms (each on a new connection)%n",
                Dimension.values().length, cubeBuild, Arrays.toString(cubeRuns));
        List<Dim> dims = dashboard();
        Figures pgFigures = new Figures();
        long[] pgPerDimCold = new long[dims.size()];
        long pgCold;
        try (Connection c = pg(DB)) {
            appSession(c);
            pgCold = pgDashboard(c, dims, pgFigures, pgPerDimCold);
        }
        long[] pgWarmRuns = new long[WARM_RUNS];
        long[][] pgPerDimWarm = new long[WARM_RUNS][dims.size()];
        try (Connection c = pg(DB)) {
            appSession(c);
            for (int i = 0; i < WARM_RUNS; i++) {
                pgWarmRuns[i] = pgDashboard(c, dims, new Figures(), pgPerDimWarm[i]);
            }
        }
        long pgWarm = median(pgWarmRuns);
        System.out.printf("PostgreSQL: dashboard cold %,d ms, warm median %,d ms (runs %s)%n", pgCold, pgWarm, Arrays.toString(pgWarmRuns));
        // For the record only: the same queries with the server's defaults (JIT on, work_mem 4 MB).
        long[] pgNoJitRuns = new long[JIT_OFF_RUNS];
        try (Connection c = pg(DB)) {
            exec(c, "set jit = on");
            exec(c, "set work_mem = '4MB'");
            for (int i = 0; i < JIT_OFF_RUNS; i++) {
                pgNoJitRuns[i] = pgDashboard(c, dims, new Figures(), new long[dims.size()]);
            }
        }
        long pgNoJit = median(pgNoJitRuns);
        System.out.printf("PostgreSQL: dashboard with the server's defaults (jit on, work_mem 4MB), median %,d ms (runs %s)%n", pgNoJit, Arrays.toString(pgNoJitRuns));

        // ---- DuckDB, in process, over the rows of the published views ----
        Path dir = Files.createTempDirectory("outbench");
        long duckRefresh;
        long duckCold;
        long[] duckWarmRuns = new long[WARM_RUNS];
        long[] duckPerDimCold = new long[dims.size()];
        long[][] duckPerDimWarm = new long[WARM_RUNS][dims.size()];
        Figures duckFigures = new Figures();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            exec(duck, "set memory_limit = '" + duckMemory + "'");
            exec(duck, "set threads = " + Runtime.getRuntime().availableProcessors());
            long t = System.nanoTime();
            long exported = exportToDuck(dir, duck);
            System.out.printf("DuckDB: exported %,d rows of %d published views from PostgreSQL (CSV) and loaded them in %,d ms (not timed below)%n",
                    exported, VIEWS.size(), ms(t));
            exec(duck, "create schema outcomes");
            exec(duck, DUCK_ENROLLMENT_OUTCOME);
            exec(duck, DUCK_PLACEMENT_OWNER);
            t = System.nanoTime();
            exec(duck, "create table outcomes.enrollment_outcome_snapshot as select * from outcomes.enrollment_outcome");
            duckRefresh = ms(t);
            sizes.put("duckdb outcomes.enrollment_outcome_snapshot", count(duck, "select count(*) from outcomes.enrollment_outcome_snapshot"));
            System.out.printf("DuckDB: judgements computed in %,d ms%n", duckRefresh);
            try (Connection fresh = ((DuckDBConnection) duck).duplicate()) {
                duckCold = duckDashboard(fresh, dims, duckFigures, duckPerDimCold);
            }
            try (Connection fresh = ((DuckDBConnection) duck).duplicate()) {
                for (int i = 0; i < WARM_RUNS; i++) {
                    duckWarmRuns[i] = duckDashboard(fresh, dims, new Figures(), duckPerDimWarm[i]);
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        long duckWarm = median(duckWarmRuns);
        System.out.printf("DuckDB: dashboard cold %,d ms, warm median %,d ms (runs %s)%n", duckCold, duckWarm, Arrays.toString(duckWarmRuns));

        // ---- the slowest PostgreSQL query, explained ----
        int slowest = 0;
        for (int d = 0; d < dims.size(); d++) {
            if (pgPerDimCold[d] > pgPerDimCold[slowest]) {
                slowest = d;
            }
        }
        try (Connection c = pg(DB)) {
            System.out.println();
            System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the slowest dashboard query on PostgreSQL (" + dims.get(slowest).name() + "):");
            try (PreparedStatement ps = prepare(c, "explain (analyze, buffers) " + MetricQueries.measures(Snapshot.TABLE, dims.get(slowest).pgKeys()));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }

        // ---- compare and print ----
        List<String> differences = compare(pgFigures, duckFigures);
        long cells = pgFigures.values().stream().mapToLong(Map::size).sum();
        System.out.println();
        System.out.println("Sizes (rows)");
        sizes.forEach((t, n) -> System.out.printf("  %-46s %,12d%n", t, n));
        System.out.println();
        System.out.printf("%-46s %12s %12s %8s%n", "Times (ms)", "Crosswalk", "DuckDB", "ratio");
        row("full compute (every judgement, from raw)", pgRefresh, duckRefresh);
        System.out.printf("  %-44s %,12d %12s%n", "app: cubes of " + Dimension.values().length + " dimensions + income, at refresh", cubeBuild, "");
        System.out.printf("  %-44s %,12d %12s%n", "app: pages read the cubes, cold (new conn.)", cubeRuns[0], "");
        row("dashboard cold (" + dims.size() + " dimensions)", pgCold, duckCold);
        row("dashboard warm (median of " + WARM_RUNS + ")", pgWarm, duckWarm);
        System.out.printf("  %-44s %,12d %12s%n", "dashboard, server defaults: jit, 4MB (median of " + JIT_OFF_RUNS + ")", pgNoJit, "");
        for (int d = 0; d < dims.size(); d++) {
            row("  cold: " + dims.get(d).name(), pgPerDimCold[d], duckPerDimCold[d]);
        }
        for (int d = 0; d < dims.size(); d++) {
            long[] p = new long[WARM_RUNS];
            long[] q = new long[WARM_RUNS];
            for (int i = 0; i < WARM_RUNS; i++) {
                p[i] = pgPerDimWarm[i][d];
                q[i] = duckPerDimWarm[i][d];
            }
            row("  warm median: " + dims.get(d).name(), median(p), median(q));
        }
        System.out.println("(ratio = Crosswalk / DuckDB; goal: dashboard cold <= 1000 ms and ratio <= 1)");
        System.out.println();
        if (differences.isEmpty()) {
            System.out.printf("Numbers: identical (%d dimensions, %,d keys, %,d figures compared)%n", dims.size(), cells, cells * MEASURES.length);
            return 0;
        }
        System.out.printf("Numbers: DIFFERENT (%,d differences); the first ones:%n", differences.size());
        differences.stream().limit(20).forEach(d -> System.out.println("  " + d));
        return 1;
    }

    static void row(String label, long crosswalk, long duck) {
        System.out.printf("  %-44s %,12d %,12d %8.2f%n", label, crosswalk, duck, duck == 0 ? Double.NaN : (double) crosswalk / duck);
    }

    static List<String> compare(Figures pg, Figures duck) {
        List<String> out = new ArrayList<>();
        for (String dim : pg.keySet()) {
            Map<String, long[]> a = pg.get(dim);
            Map<String, long[]> b = duck.getOrDefault(dim, Map.of());
            for (String key : a.keySet()) {
                long[] x = a.get(key);
                long[] y = b.get(key);
                if (y == null) {
                    out.add(dim + " " + key + ": only in PostgreSQL");
                    continue;
                }
                for (int m = 0; m < MEASURES.length; m++) {
                    if (x[m] != y[m]) {
                        out.add("%s %s %s: PostgreSQL %d, DuckDB %d".formatted(dim, key, MEASURES[m], x[m], y[m]));
                    }
                }
            }
            for (String key : b.keySet()) {
                if (!a.containsKey(key)) {
                    out.add(dim + " " + key + ": only in DuckDB");
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- PostgreSQL

    /** The session the application's reports run in: no JIT (application.properties), 64 MB to group in (Metrics). */
    static void appSession(Connection c) throws SQLException {
        exec(c, "set jit = off");
        exec(c, "set work_mem = '64MB'");
    }

    long pgDashboard(Connection c, List<Dim> dims, Figures into, long[] perDim) throws SQLException {
        long start = System.nanoTime();
        for (int d = 0; d < dims.size(); d++) {
            long t = System.nanoTime();
            try (PreparedStatement ps = prepare(c, MetricQueries.measures(Snapshot.TABLE, dims.get(d).pgKeys()))) {
                into.put(dims.get(d).name(), read(ps));
            }
            perDim[d] = ms(t);
        }
        return ms(start);
    }

    private static final Pattern NAMED = Pattern.compile("(?<!:):(report|region)\\b");

    /** The app's named parameters bound as JdbcClient binds them: the report date, and no region filter. */
    PreparedStatement prepare(Connection c, String sql) throws SQLException {
        Matcher m = NAMED.matcher(sql);
        List<String> names = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement ps = c.prepareStatement(jdbc.toString());
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals("report")) {
                ps.setObject(i + 1, report);
            } else {
                ps.setNull(i + 1, Types.BIGINT);
            }
        }
        return ps;
    }

    static Map<String, long[]> read(PreparedStatement ps) throws SQLException {
        Map<String, long[]> rows = new TreeMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long[] v = new long[MEASURES.length];
                for (int m = 0; m < MEASURES.length; m++) {
                    v[m] = rs.getLong(MEASURES[m]);
                }
                rows.put(rs.getString("key"), v);
            }
        }
        return rows;
    }

    boolean populated() throws SQLException {
        try (Connection c = pg("postgres")) {
            if (count(c, "select count(*) from pg_database where datname = '" + DB + "'") == 0) {
                return false;
            }
        }
        try (Connection c = pg(DB)) {
            return count(c, "select count(*) from intake.enrollment") == enrollments;
        } catch (SQLException e) {
            return false;
        }
    }

    void createAndMigrate() throws SQLException {
        long t = System.nanoTime();
        try (Connection c = pg("postgres")) {
            exec(c, "drop database if exists " + DB + " with (force)");
            exec(c, "create database " + DB);
        }
        Flyway.configure().dataSource(PG + DB, "postgres", null)
                .locations("classpath:db/migration").createSchemas(true).load().migrate();
        System.out.printf("created %s and migrated it (Flyway, classpath:db/migration) in %,d ms%n", DB, ms(t));
    }

    static Connection pg(String database) throws SQLException {
        return DriverManager.getConnection(PG + database, "postgres", null);
    }

    // ---------------------------------------------------------------- DuckDB

    long duckDashboard(Connection c, List<Dim> dims, Figures into, long[] perDim) throws SQLException {
        long start = System.nanoTime();
        for (int d = 0; d < dims.size(); d++) {
            long t = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(duckMeasures("outcomes.enrollment_outcome_snapshot", dims.get(d).duckKeys()))) {
                into.put(dims.get(d).name(), read(ps));
            }
            perDim[d] = ms(t);
        }
        return ms(start);
    }

    /** {@link MetricQueries#measures} in DuckDB's dialect: the report date inlined, the keys unnested in a subquery. */
    String duckMeasures(String relation, String keys) {
        String r = "date '" + report + "'";
        return """
                select o.key,
                       count(*) filter (where o.enrolled_on + 365 <= @REPORT and o.employed_on is not null) as employed_n,
                       count(*) filter (where o.enrolled_on + 365 <= @REPORT) as employed_d,
                       count(*) filter (where o.enrolled_on + 365 > @REPORT) as employed_p,
                       count(*) filter (where o.counts_first_placement and o.first_placement_on + 365 <= @REPORT
                                          and o.retained) as retained_n,
                       count(*) filter (where o.counts_first_placement and o.first_placement_on + 365 <= @REPORT) as retained_d,
                       count(*) filter (where o.counts_first_placement and o.first_placement_on <= @REPORT
                                          and o.first_placement_on + 365 > @REPORT) as retained_p,
                       count(*) filter (where o.enrolled_on + 730 <= @REPORT and o.housed_at_24_months) as housed_n,
                       count(*) filter (where o.enrolled_on + 730 <= @REPORT) as housed_d,
                       count(*) filter (where o.enrolled_on + 730 > @REPORT) as housed_p,
                       count(*) filter (where o.enrolled_on + 730 <= @REPORT and o.earning_over_1500_at_24_months) as earning_n,
                       count(*) filter (where o.enrolled_on + 730 <= @REPORT) as earning_d,
                       count(*) filter (where o.enrolled_on + 730 > @REPORT) as earning_p,
                       count(*) filter (where o.exited_to_permanent and o.exited_on + 730 <= @REPORT
                                          and o.returned_after_days between 0 and 180) as returned180_n,
                       count(*) filter (where o.exited_to_permanent and o.exited_on + 730 <= @REPORT
                                          and o.returned_after_days between 181 and 365) as returned365_n,
                       count(*) filter (where o.exited_to_permanent and o.exited_on + 730 <= @REPORT
                                          and o.returned_after_days between 366 and 730) as returned730_n,
                       count(*) filter (where o.exited_to_permanent and o.exited_on + 730 <= @REPORT) as returned_d,
                       count(*) filter (where o.exited_to_permanent and o.exited_on <= @REPORT
                                          and o.exited_on + 730 > @REPORT) as returned_p
                  from (select o.*, unnest(KEYS) as key
                          from RELATION o
                         where o.enrolled_on <= @REPORT
                           and (cast(null as bigint) is null or o.region_id = cast(null as bigint))) o
                 group by o.key
                """.replace("@REPORT", r).replace("RELATION", relation).replace("KEYS", keys);
    }

    /** outcomes.enrollment_outcome of migration V203 (which owns each first placement) in DuckDB's dialect. */
    static final String DUCK_PLACEMENT_OWNER = """
            create view outcomes.enrollment_outcome as
            select j.*,
                   j.first_placement_id is not null and not exists (
                       select 1 from intake.enrollment_facts later
                        where later.household_id = j.household_id
                          and (later.enrolled_on > j.enrolled_on
                               or later.enrolled_on = j.enrolled_on and later.enrollment_id > j.enrollment_id)
                          and later.enrolled_on <= j.first_placement_on) as counts_first_placement
              from outcomes.enrollment_judgement j
            """;

    /** outcomes.enrollment_judgement (migration V200's view, renamed by V203) in DuckDB's dialect, over tables named as the published views. */
    static final String DUCK_ENROLLMENT_OUTCOME = """
            create view outcomes.enrollment_judgement as
            select e.enrollment_id,
                   e.household_id,
                   e.program_id,
                   e.region_id,
                   e.navigator_user_id,
                   nav.agency_id as navigator_agency_id,
                   e.enrolled_on,
                   e.exited_on,
                   e.exit_destination,
                   h.head_race,
                   h.head_sex,
                   case when h.has_partner then 'TWO_PARENTS' when h.children > 0 then 'SINGLE_PARENT' else 'NO_CHILDREN' end
                       as household_type,
                   (coalesce(ref.kind = 'HOUSING', false) or exists (
                        select 1 from housing.subsidy_facts s
                         where s.household_id = e.household_id
                           and s.started_on <= coalesce(e.exited_on, date '9999-12-31')
                           and coalesce(s.ended_on, date '9999-12-31') >= e.enrolled_on)) as served_jointly,
                   (select min(p.start_date) from employment.placement_facts p
                     where p.household_id = e.household_id
                       and not p.held_at_enrollment
                       and p.job_kind in ('NEW_JOB', 'BETTER_JOB')
                       and p.start_date between e.enrolled_on and e.enrolled_on + 365) as employed_on,
                   fp.placement_id as first_placement_id,
                   fp.start_date as first_placement_on,
                   case when fp.placement_id is null then null else coalesce((
                        select max(g.to_day) >= fp.start_date + 365 and not bool_or(coalesce(g.over_30_days, false))
                          from (select sp.to_day,
                                       sp.from_day > max(sp.to_day) over (order by sp.from_day, sp.to_day
                                                                          rows between unbounded preceding and 1 preceding) + 31
                                           as over_30_days
                                  from (select greatest(j.start_date, fp.start_date) as from_day,
                                               coalesce(j.end_date, date '9999-12-31') as to_day
                                          from employment.placement_facts j
                                         where j.household_id = e.household_id
                                           and j.start_date <= fp.start_date + 365
                                           and coalesce(j.end_date, date '9999-12-31') >= fp.start_date) sp) g), false)
                   end as retained,
                   coalesce((select s.class from housing.living_situation_facts s
                              where s.household_id = e.household_id and s.started_on <= e.enrolled_on + 730
                              order by s.started_on desc limit 1) = 'permanent'
                            and not exists (select 1 from housing.living_situation_facts s
                                             where s.household_id = e.household_id and s.class = 'homeless'
                                               and s.started_on > e.enrolled_on and s.started_on <= e.enrolled_on + 730), false)
                       as housed_at_24_months,
                   (select coalesce(sum(p.monthly_earnings_cents), 0) from employment.placement_facts p
                     where p.household_id = e.household_id
                       and p.start_date <= e.enrolled_on + 730
                       and (p.end_date is null or p.end_date >= e.enrolled_on + 730)) > 150000 as earning_over_1500_at_24_months,
                   e.exit_destination // 100 = 4 as exited_to_permanent,
                   case when e.exit_destination // 100 = 4 then
                        (select min(s.started_on) - e.exited_on from housing.living_situation_facts s
                          where s.household_id = e.household_id and s.class = 'homeless'
                            and s.started_on between e.exited_on and e.exited_on + 730) end as returned_after_days
              from intake.enrollment_facts e
              left join families.household_facts h on h.household_id = e.household_id
              left join access.staff_directory nav on nav.user_id = e.navigator_user_id
              left join access.agency_directory ref on ref.agency_id = e.referrer_agency_id
              left join lateral (select f.placement_id, f.start_date
                                   from employment.placement_facts f
                                  where f.household_id = e.household_id
                                    and not f.held_at_enrollment
                                    and f.start_date >= e.enrolled_on
                                  order by f.start_date, f.placement_id
                                  limit 1) fp on true
            """;

    /**
     * Copies every published view out of PostgreSQL (COPY ... TO STDOUT, CSV) and into a DuckDB table of
     * the same schema, name and column types. Arrays travel as PostgreSQL's text form and become lists.
     */
    long exportToDuck(Path dir, Connection duck) throws SQLException, IOException {
        long rows = 0;
        try (Connection c = pg(DB)) {
            PGConnection pgc = c.unwrap(PGConnection.class);
            for (String view : VIEWS) {
                String[] name = view.split("\\.");
                List<String[]> columns = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("""
                        select a.attname, format_type(a.atttypid, a.atttypmod)
                          from pg_attribute a
                         where a.attrelid = cast(? as regclass) and a.attnum > 0 and not a.attisdropped
                         order by a.attnum""")) {
                    ps.setString(1, view);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            columns.add(new String[] {rs.getString(1), rs.getString(2)});
                        }
                    }
                }
                Path file = dir.resolve(view + ".csv");
                try (var out = Files.newOutputStream(file)) {
                    rows += pgc.getCopyAPI().copyOut("copy (select * from " + view + ") to stdout (format csv)", out);
                }
                exec(duck, "create schema if not exists " + name[0]);
                StringBuilder csvColumns = new StringBuilder();
                StringBuilder select = new StringBuilder();
                for (String[] col : columns) {
                    String type = duckType(col[1]);
                    boolean array = type.endsWith("[]");
                    if (!csvColumns.isEmpty()) {
                        csvColumns.append(", ");
                        select.append(", ");
                    }
                    csvColumns.append("'").append(col[0]).append("': '").append(array ? "VARCHAR" : type).append("'");
                    select.append(array ? """
                            case when "%1$s" is null then null when "%1$s" = '{}' then cast([] as %2$s)
                                 else cast(string_split(substr("%1$s", 2, length("%1$s") - 2), ',') as %2$s) end as "%1$s\""""
                            .formatted(col[0], type) : "\"" + col[0] + "\"");
                }
                exec(duck, "create table %s as select %s from read_csv('%s', header = false, delim = ',', quote = '\"', escape = '\"', allow_quoted_nulls = false, columns = {%s})"
                        .formatted(view, select, file, csvColumns));
                sizes.put("duckdb " + view, count(duck, "select count(*) from " + view));
                Files.delete(file);
            }
        }
        return rows;
    }

    static String duckType(String pgType) {
        if (pgType.endsWith("[]")) {
            return duckType(pgType.substring(0, pgType.length() - 2)) + "[]";
        }
        if (pgType.startsWith("numeric")) {
            return pgType.replace("numeric", "DECIMAL");
        }
        return switch (pgType) {
            case "uuid" -> "UUID";
            case "bigint" -> "BIGINT";
            case "integer" -> "INTEGER";
            case "smallint" -> "SMALLINT";
            case "date" -> "DATE";
            case "boolean" -> "BOOLEAN";
            case "text", "character varying" -> "VARCHAR";
            case "timestamp with time zone" -> "TIMESTAMPTZ";
            default -> throw new IllegalArgumentException("no DuckDB type for " + pgType);
        };
    }

    // ---------------------------------------------------------------- helpers

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    // ---------------------------------------------------------------- the generator

    /**
     * Seeded households with their enrollments and histories, written with COPY straight into the module
     * tables. Household h's whole journey is drawn from its own random stream (seed, h), so each table
     * is written in its own pass over the households without keeping anything in memory.
     */
    static final class Generator {
        static final int REGIONS = 7;
        static final String[] REGION_NAMES = {"Boston", "Springfield", "Worcester", "Lowell", "New Bedford", "Pittsfield", "Cape and Islands"};
        static final String[] OTHER_KINDS = {"CHILD_CARE", "MENTAL_HEALTH", "BENEFITS", "CAREER_CENTER"};
        static final int NAVIGATORS_PER_AGENCY = 25;
        static final int CASE_MANAGERS_PER_AGENCY = 10;
        static final String[] FIRST = {"Maria", "Ana", "Keisha", "Jasmine", "Tanya", "Rosa", "Aisha", "Linh", "Carmen", "Dana",
                "James", "Luis", "Marcus", "Kevin", "Andre", "Sofia", "Emily", "Nia", "Fatima", "Grace"};
        static final String[] LAST = {"Garcia", "Johnson", "Smith", "Williams", "Rodriguez", "Brown", "Nguyen", "Lopez", "Ortega-Ruiz",
                "Davis", "Martinez", "Jackson", "Pierre", "Santos", "Baptiste", "Kelly", "Murphy", "Silva", "Ali", "Tran"};
        static final String[] EMPLOYERS = {"Mass General", "Stop & Shop", "Amazon Fulfillment", "UPS", "Home Depot", "CVS Health",
                "Boston Medical Center", "Aramark", "Target", "Encore Boston Harbor"};
        static final String[] OCCUPATIONS = {"Certified nursing assistant", "Warehouse associate", "Cashier", "Line cook",
                "Security officer", "Medical assistant", "Customer service", "Driver", "Housekeeper", "Forklift operator"};
        static final String[] SOURCES = {"SHELTER", "MOTEL", "SCATTERED_SITE", "RAPID_REHOUSING", "DIVERSION", "RAFT", "HOMEBASE"};
        static final int[] HOMELESS = {101, 116, 118};
        static final int[] TEMPORARY = {302, 312, 313, 314, 327, 332};
        static final int[] PERMANENT = {410, 411, 421, 422, 423, 426, 435};
        static final int[] INSTITUTIONAL = {204, 205, 206, 207, 215, 225};
        static final int[] OTHER_DEST = {8, 9, 99, 17, 37, 24, 30, 329};
        static final int[] SUBSIDY = {419, 420, 428, 431, 433, 434, 436, 437, 438, 439, 440};
        static final String[] OTHER_EXIT = {"COMPLETED", "MOVED_AWAY", "STOPPED_ENGAGING", "CHOSE_TO_LEAVE", "OTHER"};
        static final String[] LEFT = {"QUIT", "LAID_OFF", "FIRED", "HEALTH", "CHILD_CARE", "TRANSPORTATION", "OTHER"};
        static final String[] ONE_RACE = {"BLACK_AF_AMERICAN", "WHITE", "HISPANIC_LATINAEO", "ASIAN", "AM_IND_AK_NATIVE",
                "NATIVE_HI_PACIFIC", "MID_EAST_N_AFRICAN"};
        static final double[] ONE_RACE_WEIGHT = {0.36, 0.28, 0.20, 0.06, 0.04, 0.03, 0.03};

        static final int HOUSEHOLD = 0, MEMBER = 1, INCOME = 2, REFERRAL = 3, ENROLLMENT = 4, PLACEMENT = 5, SITUATION = 6, SUBSIDY_T = 7;
        static final String[] COPY = {
                "copy families.household (id, owner_agency_id, worker_user_id, city, state, postal_code, created_by) from stdin",
                "copy families.member (id, household_id, relationship_to_hoh, first_name, last_name, birth_date, race, sex, veteran_status) from stdin",
                "copy families.income_report (household_id, as_of, total_monthly_cents, earned_monthly_cents, recorded_by) from stdin",
                "copy intake.referral (id, household_id, program_id, referred_on, source, living_situation, referred_by, referrer_agency_id, status) from stdin",
                "copy intake.enrollment (id, referral_id, household_id, program_id, start_date, navigator_user_id, enrolled_by, exited_on, exit_reason, exit_destination, exited_by) from stdin",
                "copy employment.placement (id, household_id, member_id, employer_name, occupation, hourly_wage_cents, hours_per_week, monthly_earnings_cents, schedule, started_on, ended_on, reason_left, held_at_enrollment, recorded_by) from stdin",
                "copy housing.living_situation (id, household_id, code, started_on, recorded_by) from stdin",
                "copy housing.subsidy (id, household_id, subsidy_type, started_on, ends_on, monthly_rent_cents, tenant_share_cents, income_limit_cents, recorded_by) from stdin"};

        private final Connection c;
        private final long seed;
        private final long reportDay;
        private final int households;
        private final int reEnrolled;
        private final long[] programs = new long[REGIONS];
        private final long[][] housingAgencies = new long[REGIONS][];
        private final long[][] employmentAgencies = new long[REGIONS][];
        private final long[][] otherAgencies = new long[REGIONS][];
        private final long[][] navigators = new long[REGIONS][];
        private final long[][] navigatorAgency = new long[REGIONS][];
        private final long[][] caseManagers = new long[REGIONS][];

        Generator(Connection c, int enrollments, long seed, LocalDate report) {
            this.c = c;
            this.seed = seed;
            this.reportDay = report.toEpochDay();
            // About 5% of households enrolled twice, so that households + re-enrolled = enrollments exactly.
            this.households = (int) Math.ceil(enrollments / 1.05);
            this.reEnrolled = enrollments - households;
        }

        void generate() throws SQLException, IOException {
            organisation();
            for (int table = 0; table < COPY.length; table++) {
                long t = System.nanoTime();
                long rows = 0;
                try (Rows out = new Rows(c, COPY[table])) {
                    for (int h = 0; h < households; h++) {
                        household(h, table, out);
                    }
                    rows = out.count;
                }
                System.out.printf("  %-110.110s %,10d rows %,7d ms%n", COPY[table], rows, ms(t));
            }
        }

        private void organisation() throws SQLException {
            for (int r = 0; r < REGIONS; r++) {
                long region = insert("insert into access.region (name) values (?) returning id", REGION_NAMES[r]);
                programs[r] = insert("insert into intake.program (name, region_id) values (?, ?) returning id", "Secure Jobs " + REGION_NAMES[r], region);
                housingAgencies[r] = new long[2];
                employmentAgencies[r] = new long[2];
                otherAgencies[r] = new long[OTHER_KINDS.length];
                navigators[r] = new long[2 * NAVIGATORS_PER_AGENCY];
                navigatorAgency[r] = new long[2 * NAVIGATORS_PER_AGENCY];
                caseManagers[r] = new long[2 * CASE_MANAGERS_PER_AGENCY];
                for (int a = 0; a < 2; a++) {
                    housingAgencies[r][a] = insert("insert into access.agency (name, kind, region_id) values (?, 'HOUSING', ?) returning id",
                            REGION_NAMES[r] + " Housing Partners " + (a + 1), region);
                    employmentAgencies[r][a] = insert("insert into access.agency (name, kind, region_id) values (?, 'EMPLOYMENT', ?) returning id",
                            REGION_NAMES[r] + " Career Works " + (a + 1), region);
                    for (int s = 0; s < NAVIGATORS_PER_AGENCY; s++) {
                        int i = a * NAVIGATORS_PER_AGENCY + s;
                        navigators[r][i] = staff("nav", r, i, "NAVIGATOR", employmentAgencies[r][a]);
                        navigatorAgency[r][i] = employmentAgencies[r][a];
                    }
                    for (int s = 0; s < CASE_MANAGERS_PER_AGENCY; s++) {
                        int i = a * CASE_MANAGERS_PER_AGENCY + s;
                        caseManagers[r][i] = staff("hcm", r, i, "HOUSING_CASE_MANAGER", housingAgencies[r][a]);
                    }
                }
                for (int k = 0; k < OTHER_KINDS.length; k++) {
                    otherAgencies[r][k] = insert("insert into access.agency (name, kind, region_id) values (?, ?, ?) returning id",
                            REGION_NAMES[r] + " " + OTHER_KINDS[k].toLowerCase().replace('_', ' '), OTHER_KINDS[k], region);
                }
            }
        }

        private long staff(String prefix, int region, int i, String role, long agency) throws SQLException {
            String username = prefix + "-" + region + "-" + i;
            return insert("insert into access.staff_user (username, display_name, password_hash, role, agency_id) values (?, ?, ?, ?, ?) returning id",
                    username, "Staff " + username, "{noop}not-a-login", role, agency);
        }

        private long insert(String sql, Object... params) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        /** One household's journey, every draw made whichever table is being written. */
        private void household(int h, int table, Rows out) throws IOException {
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + h * 0xBF58476D1CE4E5B9L);
            int region = pick(r, new double[] {0.30, 0.16, 0.15, 0.13, 0.10, 0.06, 0.10});
            UUID id = uuid(r);
            int navIndex = r.nextInt(navigators[region].length);
            long nav = navigators[region][navIndex];
            String zip = "0%04d".formatted(1000 + r.nextInt(2000));
            if (table == HOUSEHOLD) {
                out.row(id, navigatorAgency[region][navIndex], nav, REGION_NAMES[region], "MA", zip, nav);
            }
            // Members: the head (HUD race as enum names, several for multi-racial), a partner for ~25%, 1–3 children.
            UUID head = uuid(r);
            String race = race(r);
            int sex = pickInt(r, new int[] {0, 1, 99}, new double[] {0.84, 0.14, 0.02});
            String last = LAST[r.nextInt(LAST.length)];
            LocalDate headBirth = LocalDate.ofEpochDay(reportDay - 365L * 19 - r.nextInt(365 * 35));
            boolean hasPartner = r.nextDouble() < 0.25;
            UUID partner = uuid(r);
            int children = r.nextDouble() < 0.03 ? 0 : 1 + r.nextInt(3);
            if (table == MEMBER) {
                out.row(head, id, 1, FIRST[r.nextInt(FIRST.length)], last, headBirth, race, sex, pickInt(r, new int[] {0, 1}, new double[] {0.95, 0.05}));
            } else {
                r.nextInt(FIRST.length);
                pickInt(r, new int[] {0, 1}, new double[] {0.95, 0.05});
            }
            String partnerFirst = FIRST[r.nextInt(FIRST.length)];
            long partnerBirth = reportDay - 365L * 19 - r.nextInt(365 * 35);
            int partnerSex = sex == 0 ? 1 : 0;
            if (table == MEMBER && hasPartner) {
                out.row(partner, id, 3, partnerFirst, last, LocalDate.ofEpochDay(partnerBirth), "{}", partnerSex, 0);
            }
            for (int k = 0; k < children; k++) {
                UUID child = uuid(r);
                String first = FIRST[r.nextInt(FIRST.length)];
                long birth = reportDay - 30 - r.nextInt(365 * 17);
                if (table == MEMBER) {
                    out.row(child, id, 2, first, last, LocalDate.ofEpochDay(birth), "{}", r.nextInt(2), 99);
                } else {
                    r.nextInt(2);
                }
            }

            // Enrollments: one, or two for the first reEnrolled households (the first one exited).
            int count = h < reEnrolled ? 2 : 1;
            long day0 = reportDay - 4 * 365;
            long[] start = new long[count];
            long[] exit = new long[count];
            if (count == 1) {
                start[0] = day0 + r.nextInt(4 * 365);
            } else {
                start[0] = day0 + r.nextInt(4 * 365 - 600);
                exit[0] = start[0] + 60 + r.nextInt(240);
                start[1] = exit[0] + 30 + r.nextInt(270);
            }
            long last0 = start[count - 1];
            double exitChance = reportDay - last0 > 365 ? 0.65 : 0.25;
            boolean exits = r.nextDouble() < exitChance;
            long exitDay = last0 + 90 + r.nextInt(610);
            exit[count - 1] = exits && exitDay < reportDay ? exitDay : Long.MIN_VALUE;

            // Jobs of this household, for income reports: start, end (MAX_VALUE open), monthly cents.
            List<long[]> jobs = new ArrayList<>();
            long lastSituation = Long.MIN_VALUE;
            // Job held by the head at the first enrollment (~15%).
            boolean heldJob = r.nextDouble() < 0.15;
            long heldStart = start[0] - 30 - r.nextInt(700);
            int heldWage = 1500 + r.nextInt(600);
            int heldHours = 15 + r.nextInt(16);
            long heldMonthly = monthly(heldWage, heldHours);
            UUID heldId = uuid(r);
            int heldEmployer = r.nextInt(EMPLOYERS.length);
            int heldOccupation = r.nextInt(OCCUPATIONS.length);
            long heldEnd = r.nextDouble() < 0.3 ? start[0] + 20 + r.nextInt(500) : Long.MAX_VALUE;
            String heldReason = LEFT[r.nextInt(LEFT.length)];

            for (int e = 0; e < count; e++) {
                UUID referral = uuid(r);
                UUID enrollment = uuid(r);
                long referred = start[e] - r.nextInt(45);
                String source = SOURCES[r.nextInt(SOURCES.length)];
                int atReferral = HOMELESS[r.nextInt(HOMELESS.length)];
                double who = r.nextDouble();
                long referrerAgency;
                long referredBy;
                if (who < 0.5) {
                    referrerAgency = housingAgencies[region][r.nextInt(2)];
                    referredBy = caseManagers[region][r.nextInt(caseManagers[region].length)];
                } else if (who < 0.85) {
                    referrerAgency = employmentAgencies[region][r.nextInt(2)];
                    referredBy = nav;
                } else if (who < 0.95) {
                    referrerAgency = otherAgencies[region][r.nextInt(OTHER_KINDS.length)];
                    referredBy = nav;
                } else {
                    referrerAgency = 0;
                    referredBy = nav;
                }
                if (table == REFERRAL) {
                    out.row(referral, id, programs[region], LocalDate.ofEpochDay(referred), source, atReferral, referredBy,
                            referrerAgency == 0 ? null : referrerAgency, "ENROLLED");
                }
                // Exit and destination.
                double d = r.nextDouble();
                int[] group = d < 0.70 ? PERMANENT : d < 0.82 ? TEMPORARY : d < 0.88 ? HOMELESS : d < 0.92 ? INSTITUTIONAL : OTHER_DEST;
                int destination = group[r.nextInt(group.length)];
                String reason = group == PERMANENT ? (r.nextBoolean() ? "EMPLOYED_AND_STABLE" : "COMPLETED") : OTHER_EXIT[r.nextInt(OTHER_EXIT.length)];
                boolean exited = exit[e] != Long.MIN_VALUE;
                if (table == ENROLLMENT) {
                    out.row(enrollment, referral, id, programs[region], LocalDate.ofEpochDay(start[e]), nav, nav,
                            exited ? LocalDate.ofEpochDay(exit[e]) : null, exited ? reason : null,
                            exited ? destination : null, exited ? nav : null);
                }

                // Where the family lives: homeless at referral, most move to permanent housing, some return.
                long homelessSince = referred - r.nextInt(60);
                boolean viaTemporary = r.nextDouble() < 0.2;
                long temporaryOn = start[e] + 5 + r.nextInt(60);
                int temporaryCode = TEMPORARY[r.nextInt(TEMPORARY.length)];
                boolean housed = r.nextDouble() < 0.85;
                long housedOn = (viaTemporary ? temporaryOn + 30 : start[e] + 20) + r.nextInt(300);
                int housedCode = PERMANENT[r.nextInt(PERMANENT.length)];
                boolean returns = r.nextDouble() < 0.12;
                long returnOn = housedOn + 14 + r.nextInt(900);
                int returnCode = HOMELESS[r.nextInt(HOMELESS.length)];
                boolean rehoused = r.nextDouble() < 0.5;
                long rehousedOn = returnOn + 60 + r.nextInt(240);
                lastSituation = situation(table, out, r, id, atReferral, homelessSince, lastSituation, nav);
                if (viaTemporary) {
                    lastSituation = situation(table, out, r, id, temporaryCode, temporaryOn, lastSituation, nav);
                }
                if (housed) {
                    lastSituation = situation(table, out, r, id, housedCode, housedOn, lastSituation, nav);
                    if (returns) {
                        lastSituation = situation(table, out, r, id, returnCode, returnOn, lastSituation, nav);
                        if (rehoused) {
                            lastSituation = situation(table, out, r, id, PERMANENT[r.nextInt(PERMANENT.length)], rehousedOn, lastSituation, nav);
                        }
                    }
                }
                // A rental subsidy for ~45% of those housed.
                boolean subsidy = housed && r.nextDouble() < 0.45;
                UUID subsidyId = uuid(r);
                int subsidyType = SUBSIDY[r.nextInt(SUBSIDY.length)];
                long subsidyEnd = r.nextBoolean() ? Long.MAX_VALUE : housedOn + 365 + r.nextInt(730);
                long rent = 90_000 + 100L * r.nextInt(1100);
                Long incomeLimit = r.nextBoolean() ? null : 400_000L + 100L * r.nextInt(3000);
                if (table == SUBSIDY_T && subsidy && housedOn <= reportDay) {
                    out.row(subsidyId, id, subsidyType, LocalDate.ofEpochDay(housedOn),
                            subsidyEnd == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(subsidyEnd), rent, rent * 30 / 100, incomeLimit, nav);
                }

                // Jobs: the one held at the first enrollment, then ~72% find a job (most within a year),
                // some lose it, some move to a better one.
                boolean finds = r.nextDouble() < 0.72;
                boolean partnerWorks = hasPartner && r.nextDouble() < 0.2;
                long jobStart = start[e] + (r.nextDouble() < 0.9 ? 3 + r.nextInt(360) : 366 + r.nextInt(240));
                UUID worker = partnerWorks ? partner : head;
                if (e == 0 && heldJob) {
                    long end = heldEnd;
                    String why = heldReason;
                    if (finds && !partnerWorks && jobStart <= reportDay && jobStart - 1 < end) {
                        end = Math.max(heldStart, jobStart - 1);
                        why = "BETTER_JOB";
                    }
                    long shownEnd = end > reportDay ? Long.MAX_VALUE : end;
                    jobs.add(new long[] {heldStart, shownEnd, heldMonthly});
                    if (table == PLACEMENT) {
                        placement(out, heldId, id, head, heldEmployer, heldOccupation, heldWage, heldHours, heldStart, shownEnd,
                                shownEnd == Long.MAX_VALUE ? null : why, true, nav);
                    }
                }
                int chain = 0;
                while (finds && chain < 3) {
                    UUID jobId = uuid(r);
                    int wage = 1600 + r.nextInt(2200) + 150 * chain;
                    int hours = 16 + 2 * r.nextInt(13);
                    int employer = r.nextInt(EMPLOYERS.length);
                    int occupation = r.nextInt(OCCUPATIONS.length);
                    boolean schedule = r.nextDouble() < 0.85;
                    boolean ends = r.nextDouble() < 0.45;
                    long end = jobStart + 14 + r.nextInt(700);
                    boolean next = ends && r.nextDouble() < 0.6;
                    long nextStart = end + 1 + r.nextInt(120);
                    String why = next && r.nextDouble() < 0.3 ? "BETTER_JOB" : LEFT[r.nextInt(LEFT.length)];
                    if (jobStart > reportDay) {
                        break;
                    }
                    long shownEnd = !ends || end > reportDay ? Long.MAX_VALUE : end;
                    jobs.add(new long[] {jobStart, shownEnd, monthly(wage, hours)});
                    if (table == PLACEMENT) {
                        placement(out, jobId, id, worker, employer, occupation, wage, hours, jobStart, shownEnd,
                                shownEnd == Long.MAX_VALUE ? null : why, false, nav, schedule);
                    }
                    if (!next || shownEnd == Long.MAX_VALUE) {
                        break;
                    }
                    jobStart = nextStart;
                    chain++;
                }

                // Income reports: at enrollment (~90%), at 6 and 12 months and at the exit.
                long benefits = r.nextDouble() < 0.6 ? 50_000 + 100L * r.nextInt(700) : 0;
                boolean baseline = r.nextDouble() < 0.9;
                long[] reportDays = {start[e] - r.nextInt(20), start[e] + 180, start[e] + 365, exit[e]};
                if (table == INCOME) {
                    for (int k = 0; k < reportDays.length; k++) {
                        long day = reportDays[k];
                        if ((k == 0 && !baseline) || day == Long.MIN_VALUE || day > reportDay
                                || (k > 0 && exit[e] != Long.MIN_VALUE && day > exit[e])) {
                            continue;
                        }
                        long earned = 0;
                        for (long[] job : jobs) {
                            if (job[0] <= day && job[1] >= day) {
                                earned += job[2];
                            }
                        }
                        out.row(id, LocalDate.ofEpochDay(day), earned + benefits, earned, nav);
                    }
                }
            }
        }

        private long situation(int table, Rows out, SplittableRandom r, UUID household, int code, long day, long last, long by) throws IOException {
            UUID id = uuid(r);
            if (day <= last || day > reportDay) {
                return last;
            }
            if (table == SITUATION) {
                out.row(id, household, code, LocalDate.ofEpochDay(day), by);
            }
            return day;
        }

        private void placement(Rows out, UUID id, UUID household, UUID member, int employer, int occupation, int wage, int hours,
                               long start, long end, String reason, boolean held, long by) throws IOException {
            placement(out, id, household, member, employer, occupation, wage, hours, start, end, reason, held, by, true);
        }

        private void placement(Rows out, UUID id, UUID household, UUID member, int employer, int occupation, int wage, int hours,
                               long start, long end, String reason, boolean held, long by, boolean regular) throws IOException {
            out.row(id, household, member, EMPLOYERS[employer], OCCUPATIONS[occupation], wage, hours, monthly(wage, hours),
                    regular ? "REGULAR" : "IRREGULAR", LocalDate.ofEpochDay(start), end == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(end),
                    reason, held, by);
        }

        /** employment.Earnings: wage × hours × 52 / 12, rounded half up to the cent. */
        static long monthly(long wageCents, int hours) {
            return (wageCents * hours * 52 + 6) / 12;
        }

        private String race(SplittableRandom r) {
            double d = r.nextDouble();
            String first = ONE_RACE[pick(r, ONE_RACE_WEIGHT)];
            String second = ONE_RACE[r.nextInt(ONE_RACE.length)];
            if (d < 0.08 && !second.equals(first)) {
                return "{" + first + "," + second + "}";
            }
            if (d < 0.095) {
                return "{}";
            }
            if (d < 0.10) {
                return "{PREFERS_NOT_TO_ANSWER}";
            }
            return "{" + first + "}";
        }

        static int pick(SplittableRandom r, double[] weights) {
            double d = r.nextDouble();
            for (int i = 0; i < weights.length - 1; i++) {
                d -= weights[i];
                if (d < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        static int pickInt(SplittableRandom r, int[] values, double[] weights) {
            return values[pick(r, weights)];
        }

        static UUID uuid(SplittableRandom r) {
            return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
        }
    }

    /** Rows in PostgreSQL's COPY text format, streamed through the connection's CopyManager. */
    static final class Rows implements AutoCloseable {
        private final Writer out;
        long count;

        Rows(Connection c, String copy) throws SQLException {
            PGConnection pg = c.unwrap(PGConnection.class);
            this.out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg.getCopyAPI().copyIn(copy), 1 << 20),
                    StandardCharsets.UTF_8), 1 << 16);
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                Object v = values[i];
                out.write(v == null ? "\\N" : v instanceof Boolean b ? (b ? "t" : "f") : v.toString());
            }
            out.write('\n');
            count++;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
