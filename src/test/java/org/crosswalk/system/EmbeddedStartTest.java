package org.crosswalk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosswalk.CrosswalkApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The zero-setup promise: with no database configured Crosswalk starts its own PostgreSQL,
 * migrates, loads the demo cohort once, and a second start finds the same data.
 */
class EmbeddedStartTest {

    @Test
    void startsOnItsOwnPostgresLoadsDemoDataOnceAndReusesItOnTheNextStart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "embedded-start-");
        String[] args = {"--crosswalk.test.embedded=true", "--crosswalk.data-dir=" + dataDir, "--server.port=0",
                "--spring.main.banner-mode=off"};

        long firstHouseholds;
        try (ConfigurableApplicationContext first = start(args)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            firstHouseholds = jdbc.sql("select count(*) from families.household").query(Long.class).single();
            // the 161 families of the cohort and 4 mothers registered again by another agency (demo.SecondRegistrations)
            assertThat(firstHouseholds).isEqualTo(165);
            assertThat(jdbc.sql("select count(*) from families.member where relationship_to_hoh = 2").query(Long.class).single())
                    .isEqualTo(285);
            jdbc.sql("update families.household set city = 'Kept between starts' where id = (select min(id::text)::uuid from families.household)").update();
        }
        assertThat(dataDir.resolve("pg").resolve("PG_VERSION")).exists();
        assertThat(dataDir.resolve("ssn.key")).exists();

        try (ConfigurableApplicationContext second = start(args)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from families.household").query(Long.class).single()).isEqualTo(firstHouseholds);
            assertThat(jdbc.sql("select count(*) from families.household where city = 'Kept between starts'").query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(CrosswalkApplication.class).run(args);
    }
}
