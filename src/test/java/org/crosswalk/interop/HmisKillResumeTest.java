package org.crosswalk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosswalk.CrosswalkApplication;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real kill: {@code import-hmis} runs in a child JVM (the command line, on this test's database)
 * on a generated export, is SIGKILLed ({@link Process#destroyForcibly()}) once it has printed
 * committed mapping chunks, and is run again. The end state must equal a clean run's of the same
 * export under another SourceID (compared by HMIS IDs, not Crosswalk's UUIDs).
 */
@CrosswalkIntegrationTest
class HmisKillResumeTest {

    static final int CLIENTS = 4000;
    static final Pattern MAPPING = Pattern.compile("^\\s*mapping\\s+(\\d+) chunk\\(s\\) committed");

    @Autowired HmisImport hmis;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;

    @Test
    void aSigkilledCommandLineImportResumesToTheStateOfACleanRun() throws Exception {
        long region = fixtures.region("Kill Region");
        long agency = fixtures.agency("Kill Shelter", AgencyKind.HOUSING, region);
        long admin = fixtures.staff("kill-admin", Role.ADMINISTRATOR, null, null).viewer().userId();
        Path killed = Files.createTempDirectory("hmis-killed");
        Path clean = Files.createTempDirectory("hmis-clean");
        HmisGenerator.generate(killed, CLIENTS, new Random(7), "killed-cli");
        HmisGenerator.generate(clean, CLIENTS, new Random(7), "clean-cli");

        Child first = Child.start(killed, jdbc);
        assertThat(first.awaitMappingChunks(2, 120)).as("the child committed mapping chunks before the kill:%n%s", first.output()).isTrue();
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process.exitValue()).as("killed, not finished").isEqualTo(137);
        long run = jdbc.sql("select id from interop.hmis_run where source_id = 'killed-cli'").query(Long.class).single();
        assertThat(jdbc.sql("select status from interop.hmis_run where id = :r").param("r", run).query(String.class).single())
                .isEqualTo("MAPPING");
        int mappedBeforeKill = jdbc.sql("select count(*) from interop.hmis_household where source_id = 'killed-cli'").query(Integer.class).single();
        int households = jdbc.sql("select count(distinct household_key) from interop.hmis_row where source_id = 'killed-cli' and file = 'Enrollment'")
                .query(Integer.class).single();
        assertThat(mappedBeforeKill).as("killed midway through mapping").isBetween(1, households - 1);

        Child second = Child.start(killed, jdbc);
        assertThat(second.process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(second.process.exitValue()).as(second.output()).isZero();
        assertThat(second.output()).contains("Run " + run + " DONE");
        assertThat(jdbc.sql("select count(*) from interop.hmis_run where source_id = 'killed-cli'").query(Integer.class).single())
                .as("the killed run was resumed, not started anew").isEqualTo(1);

        hmis.tune(1000, (file, chunks) -> { });
        long cleanRun = hmis.importFrom(clean, agency, admin);
        hmis.tune(5000, (file, chunks) -> { });
        assertThat(jdbc.sql("select status from interop.hmis_run where id = :r").param("r", cleanRun).query(String.class).single()).isEqualTo("DONE");

        assertThat(HmisExports.mappedChecksum(jdbc, "killed-cli")).isNotEqualTo("empty")
                .isEqualTo(HmisExports.mappedChecksum(jdbc, "clean-cli"));
        assertThat(counts("killed-cli")).isEqualTo(counts("clean-cli")).startsWith(households + " households");
        assertThat(staged("killed-cli")).isEqualTo(staged("clean-cli"));
        assertThat(problems(run)).isEqualTo(problems(cleanRun));
    }

    private String counts(String source) {
        return jdbc.sql("""
                select count(*) || ' households, ' || (select count(*) from families.member m join interop.hmis_household x on x.household_id = m.household_id where x.source_id = :s)
                       || ' members, ' || (select count(*) from intake.enrollment e join interop.hmis_household x on x.household_id = e.household_id where x.source_id = :s)
                       || ' enrollments, ' || (select count(*) from families.income_report i join interop.hmis_household x on x.household_id = i.household_id where x.source_id = :s)
                       || ' income reports, ' || (select count(*) from housing.living_situation l join interop.hmis_household x on x.household_id = l.household_id where x.source_id = :s)
                       || ' living situations'
                  from interop.hmis_household where source_id = :s
                """).param("s", source).query(String.class).single();
    }

    /** Staged rows by file and hash (export-independent: the two exports differ only in SourceID). */
    private String staged(String source) {
        return jdbc.sql("""
                select md5(string_agg(file || '|' || record_id || '|' || row_hash || '|' || (date_deleted is null), E'\\n' order by file, record_id))
                  from interop.hmis_row where source_id = :s and file <> 'Export'
                """).param("s", source).query(String.class).single();
    }

    private List<String> problems(long run) {
        return jdbc.sql("select file || ' ' || coalesce(line, 0) || ' ' || severity || ' ' || problem from interop.hmis_problem where run_id = :r order by 1")
                .param("r", run).query(String.class).list();
    }

    /**
     * The command line in its own JVM, on this test's database (never recreating it; already migrated,
     * so without Flyway; beans created lazily, to start sooner), its output collected as it comes.
     */
    static final class Child {
        final Process process;
        final List<String> lines = new ArrayList<>();
        final CountDownLatch mapping = new CountDownLatch(1);
        volatile int wanted = Integer.MAX_VALUE;

        private Child(Process process) {
            this.process = process;
        }

        static Child start(Path export, JdbcClient jdbc) throws Exception {
            String database = jdbc.sql("select current_database()").query(String.class).single();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), CrosswalkApplication.class.getName(),
                    "import-hmis", export.toString(), "--agency=Kill Shelter", "--as=kill-admin",
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--crosswalk.test.given-datasource=true", "--crosswalk.demo.load=false",
                    "--crosswalk.security.ssn-key=test-only-key-not-for-production", "--crosswalk.data-dir=target/test-data/kill-child",
                    "--crosswalk.interop.chunk-rows=1000", "--crosswalk.interop.households-per-chunk=300", "--server.port=0",
                    "--spring.flyway.enabled=false", "--spring.main.lazy-initialization=true", "--logging.level.root=WARN")
                    .redirectErrorStream(true);
            Child child = new Child(builder.start());
            Thread reader = new Thread(child::read, "hmis-child-output");
            reader.setDaemon(true);
            reader.start();
            return child;
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    Matcher m = MAPPING.matcher(line);
                    if (m.find() && Integer.parseInt(m.group(1)) >= wanted) {
                        mapping.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the process was killed: its output ends here
            }
        }

        boolean awaitMappingChunks(int chunks, int seconds) throws InterruptedException {
            wanted = chunks;
            return mapping.await(seconds, TimeUnit.SECONDS);
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }
}
