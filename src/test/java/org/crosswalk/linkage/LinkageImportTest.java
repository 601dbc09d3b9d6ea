package org.crosswalk.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.interop.HmisImport;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Members an HMIS import writes are matched like intake's: the employment provider registered a
 * mother ("Atitude Pride", a typo); the housing agency then imports its HMIS export (the HUD DataLab
 * FY2024 fixture, read from a temporary copy under its own SourceID so another test's import of
 * the same files does not make this one a no-op), which holds her as "Attitude Pride". The import
 * announces nothing; the catch-up finds the members no run has matched and proposes the pair —
 * for review while automatic linking is off, linked when it is on.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinkageImportTest {

    private static final Path DATALAB_FY2024 = Path.of(System.getProperty("crosswalk.hmis.fixtures", "/work/shared/fixtures/hmis"))
            .resolve("fy2024-datalab");

    @Autowired Fixtures fixtures;
    @Autowired LinkageFamilies families;
    @Autowired Linkage linkage;
    @Autowired HmisImport hmis;
    @Autowired JdbcClient jdbc;

    long housing, admin;
    UUID registered;

    @BeforeAll
    void theEmploymentProviderRegisteredHerAndABatchRan() {
        long region = fixtures.region("Linkage Import Region");
        housing = fixtures.agency("Linkage Import Housing", AgencyKind.HOUSING, region);
        long employment = fixtures.agency("Linkage Import Employment", AgencyKind.EMPLOYMENT, region);
        StaffUser navigator = fixtures.staff("lki-navigator", Role.NAVIGATOR, employment, null);
        admin = fixtures.staff("lki-admin", Role.ADMINISTRATOR, null, null).viewer().userId();
        registered = families.headOf(families.mother(navigator, "Atitude", "Pride", LocalDate.of(1968, 10, 28), "194-14-0964",
                "77 Wethersfield Ave", "06114"));
        linkage.runBatchNow("test");
        assertThat(linkage.matchUnmatched()).as("the batch matched everyone").isZero();
    }

    @AfterAll
    void restoreSettings() {
        families.settings(0.9, 0.2, true);
    }

    @Test
    @Order(1)
    void withAutomaticLinkingOffTheImportedRecordWaitsForReview() {
        families.settings(0.9, 0.2, false);
        hmis.importFrom(copyUnderSource("7101"), housing, admin);
        UUID imported = importedAttitudePride();
        int importedMembers = jdbc.sql("select count(*) from families.member_matching_facts where owner_agency_id = :agency")
                .param("agency", housing).query(Integer.class).single();
        assertThat(importedMembers).isGreaterThan(400);
        assertThat(families.pair(registered, imported)).as("nothing matched before the catch-up").isEmpty();

        int matched = linkage.matchUnmatched();

        assertThat(matched).as("every imported member, once").isEqualTo(importedMembers);
        long pair = families.pair(registered, imported).orElseThrow();
        assertThat(families.status(pair)).isEqualTo("REVIEW");
        assertThat(jdbc.sql("select made_by from linkage.link where id = :id").param("id", pair).query(String.class).single())
                .isEqualTo(MemberMatching.MATCHER);
        assertThat(linkage.matchUnmatched()).as("nothing left to match").isZero();
    }

    @Test
    @Order(2)
    void withAutomaticLinkingOnTheImportedRecordIsLinked() {
        families.settings(0.9, 0.2, true);
        hmis.importFrom(copyUnderSource("7102"), housing, admin);
        UUID imported = importedAttitudePride();

        linkage.matchUnmatched();

        long pair = families.pair(registered, imported).orElseThrow();
        assertThat(families.status(pair)).isEqualTo("LINKED");
        assertThat(jdbc.sql("select probability from linkage.link where id = :id").param("id", pair).query(Double.class).single())
                .isGreaterThanOrEqualTo(0.9);
    }

    /** The imported "Attitude Pride" no run has matched yet: the latest import's. */
    private UUID importedAttitudePride() {
        return jdbc.sql("""
                        select f.member_id from families.member_matching_facts f
                         where f.first_name = 'Attitude' and f.last_name = 'Pride' and f.owner_agency_id = :agency
                           and f.member_id not in (select member_id from linkage.matched_member)""")
                .param("agency", housing).query(UUID.class).single();
    }

    /** The DataLab export in a temporary folder, its Export.csv naming another SourceID. */
    private static Path copyUnderSource(String sourceId) {
        try {
            Path dir = Files.createTempDirectory("linkage-hmis");
            try (Stream<Path> files = Files.list(DATALAB_FY2024)) {
                for (Path f : files.toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    if (f.getFileName().toString().equals("Export.csv")) text = text.replace(",4,1106,", ",4," + sourceId + ",");
                    Files.writeString(dir.resolve(f.getFileName().toString()), text, StandardCharsets.UTF_8);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
