package org.crosswalk.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HMIS CSV import on the HUD DataLab fixtures (read in place) and on variants of them in a
 * temporary folder, each under its own SourceID. Expected counts were read from the files
 * (Python's csv module beside the test: households = distinct HouseholdID, head exits = Exit rows
 * of each household's head enrollment, income reports = distinct (HouseholdID, InformationDate)
 * with an amount, living situations = distinct (HouseholdID, date) with a code Crosswalk's housing
 * list holds).
 */
@CrosswalkIntegrationTest
class HmisImportTest {

    @Autowired HmisImport hmis;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;

    long agency;
    long admin;

    @BeforeEach
    void setUp() {
        long region = fixtures.region("Interop Region");
        agency = fixtures.agency("Interop Housing", AgencyKind.HOUSING, region);
        admin = fixtures.staff("interop-admin", Role.ADMINISTRATOR, null, null).viewer().userId();
        hmis.tune(5000, (file, chunk) -> { });
    }

    @AfterEach
    void reset() {
        hmis.tune(5000, (file, chunk) -> { });
    }

    @Test
    void bothDataLabFixturesImportInPlaceWithCountsThatMatchTheFiles() {
        long fy2024 = hmis.importFrom(HmisExports.FY2024, agency, admin);
        assertThat(status(fy2024)).isEqualTo("DONE");
        assertThat(problems(fy2024, "STRUCTURE")).isZero();
        assertThat(problems(fy2024, "ERROR")).isZero();
        // 2 households with 0 or 2 heads, 24 income rows whose EarnedAmount exceeds the total
        assertThat(problems(fy2024, "WARNING")).isEqualTo(26);
        Map<String, Integer> expected = Map.ofEntries(Map.entry("Export", 1), Map.entry("Organization", 10), Map.entry("User", 12),
                Map.entry("Project", 10), Map.entry("Funder", 37), Map.entry("ProjectCoC", 10), Map.entry("Inventory", 49),
                Map.entry("Affiliation", 0), Map.entry("HMISParticipation", 10), Map.entry("CEParticipation", 10),
                Map.entry("Client", 514), Map.entry("Enrollment", 574), Map.entry("Exit", 447), Map.entry("IncomeBenefits", 1181),
                Map.entry("HealthAndDV", 1181), Map.entry("EmploymentEducation", 1181), Map.entry("Disabilities", 6942),
                Map.entry("Services", 6385), Map.entry("CurrentLivingSituation", 20), Map.entry("Assessment", 8),
                Map.entry("AssessmentQuestions", 0), Map.entry("AssessmentResults", 0), Map.entry("Event", 19),
                Map.entry("YouthEducationStatus", 852));
        expected.forEach((file, rows) -> {
            assertThat(fileRows(fy2024, file)).as(file).isEqualTo(rows);
            assertThat(staged("1106", file)).as(file).isEqualTo(rows);
        });
        assertMapped("1106", 473, 574, 371, 957, 656, 179);
        String checksum = HmisExports.mappedChecksum(jdbc, "1106");

        // The same data in FY2026 from the same source: its rows are not newer, so nothing changes;
        // its two custom files are kept, not lost.
        long fy2026 = hmis.importFrom(HmisExports.FY2026, agency, admin);
        assertThat(status(fy2026)).isEqualTo("DONE");
        assertThat(jdbc.sql("select csv_version from interop.hmis_run where id = :r").param("r", fy2026).query(String.class).single())
                .isEqualTo("2026 v1.0");
        assertThat(problems(fy2026, "STRUCTURE") + problems(fy2026, "ERROR")).isZero();
        expected.forEach((file, rows) -> assertThat(fileRows(fy2026, file)).as(file).isEqualTo(rows));
        assertThat(fileRows(fy2026, "CustomGender")).isEqualTo(514);
        assertThat(fileRows(fy2026, "CustomEnrollmentFY26Deprecations")).isEqualTo(37);
        assertThat(staged("1106", "CustomGender")).isEqualTo(514);
        assertThat(householdsMapped(fy2026)).isZero();
        assertThat(HmisExports.mappedChecksum(jdbc, "1106")).isEqualTo(checksum);
    }

    @Test
    void fy2026MapsTheSameHouseholdsAndReadsSexFromItsOwnColumn() {
        long run = hmis.importFrom(HmisExports.copy(HmisExports.FY2026, "2601", Map.of()), agency, admin);
        assertThat(status(run)).isEqualTo("DONE");
        assertMapped("2601", 473, 574, 371, 957, 656, 179);
        // The converted file leaves Sex blank for everyone: not collected, not guessed.
        assertThat(jdbc.sql("""
                select count(*) from interop.hmis_household hh join families.member m on m.household_id = hh.household_id
                 where hh.source_id = '2601' and m.sex <> 99
                """).query(Integer.class).single()).isZero();
        // Race columns: of the 574 memberships, 202 are of clients with BlackAfAmerican = 1, 369 with White = 1.
        assertThat(jdbc.sql("""
                select count(*) filter (where 'BLACK_AF_AMERICAN' = any(m.race)) || '/' || count(*) filter (where 'WHITE' = any(m.race))
                  from interop.hmis_household hh join families.member m on m.household_id = hh.household_id
                 where hh.source_id = '2601'
                """).query(String.class).single()).isEqualTo("202/369");
    }

    @Test
    void importingTheSameExportTwiceChangesNothing() {
        var export = HmisExports.copy(HmisExports.FY2024, "idem", Map.of());
        long first = hmis.importFrom(export, agency, admin);
        String checksum = HmisExports.mappedChecksum(jdbc, "idem");
        List<Integer> counts = counts("idem");
        long second = hmis.importFrom(export, agency, admin);
        assertThat(second).isNotEqualTo(first);
        assertThat(status(second)).isEqualTo("DONE");
        assertThat(householdsMapped(first)).isEqualTo(473);
        assertThat(householdsMapped(second)).isZero();
        assertThat(counts("idem")).isEqualTo(counts);
        assertThat(HmisExports.mappedChecksum(jdbc, "idem")).isEqualTo(checksum);
        // The first load of a source COPies straight into staging; the second merges.
        assertThat(direct(first, "Client")).isTrue();
        assertThat(direct(second, "Client")).isFalse();
    }

    /**
     * The row hash decides whether a staged row changed, and household checksums are built from it:
     * its bytes must not drift between versions of the import, or every household would be mapped
     * again. Worked by hand for the first Organization row of the DataLab export: each column's name,
     * 0x1F, its value (stripped; timestamps normalised to ISO without zero seconds), 0x1E, in header
     * order; SHA-256, the first 16 bytes in hex.
     */
    @Test
    void theRowHashIsTheDocumentedDigestOfTheNormalisedRow() throws Exception {
        hmis.importFrom(HmisExports.copy(HmisExports.FY2024, "hash", Map.of()), agency, admin);
        String layout = String.join("", List.of("OrganizationID\u001f1361\u001e", "OrganizationName\u001fThe Humanitarian Services\u001e",
                "VictimServiceProvider\u001f0\u001e", "OrganizationCommonName\u001fHumanitarian\u001e", "DateCreated\u001f2017-03-22 10:57\u001e",
                "DateUpdated\u001f2022-08-15 12:16\u001e", "UserID\u001f27\u001e", "DateDeleted\u001f\u001e", "ExportID\u001f1036\u001e"));
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(layout.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 16);
        assertThat(jdbc.sql("select row_hash from interop.hmis_row where source_id = 'hash' and file = 'Organization' and record_id = '1361'")
                .query(String.class).single()).isEqualTo(expected);
    }

    private boolean direct(long run, String file) {
        return jdbc.sql("select direct from interop.hmis_run_file where run_id = :r and file = :f").param("r", run).param("f", file)
                .query(Boolean.class).single();
    }

    @Test
    void aNewerExportUpdatesByDateUpdatedAndAppliesDateDeleted() {
        hmis.importFrom(HmisExports.copy(HmisExports.FY2024, "delta", Map.of()), agency, admin);
        assertThat(exitDestination("delta", "826158")).isEqualTo(410);
        assertThat(exitDestination("delta", "836116")).isEqualTo(313);
        String deletedHousehold = householdOf("delta", "849668");
        assertThat(mappedHousehold("delta", deletedHousehold)).isEqualTo(1);

        var newer = HmisExports.copy(HmisExports.FY2024, "delta", Map.of(
                "Exit.csv", text -> HmisExports.replaceLine("836116,", l -> set(set(l, 4, "410"), -4, "2020-01-01 00:00:00"))
                        .apply(HmisExports.replaceLine("826158,", l -> set(set(l, 4, "435"), -4, "2023-01-05 10:00:00")).apply(text)),
                "Enrollment.csv", HmisExports.replaceLine("849668,", l -> set(set(l, -2, "2023-01-05 10:00:00"), -4, "2023-01-05 10:00:00"))));
        long run = hmis.importFrom(newer, agency, admin);
        assertThat(status(run)).isEqualTo("DONE");
        assertThat(exitDestination("delta", "826158")).as("newer DateUpdated wins").isEqualTo(435);
        assertThat(exitDestination("delta", "836116")).as("an older DateUpdated is ignored").isEqualTo(313);
        assertThat(mappedHousehold("delta", deletedHousehold)).as("its only enrollment was deleted").isZero();
        assertThat(jdbc.sql("select households_mapped, households_removed from interop.hmis_run where id = :r").param("r", run)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single()).isEqualTo(List.of(1, 1));
        // the removed household s_849668 had one member, an exit, one income report (two rows, one day), a DV answer
        // and one living situation that Crosswalk's list holds (its prior situation 336 is not)
        assertMapped("delta", 472, 573, 370, 956, 655, 178);
    }

    @Test
    void anImportKilledMidwayAndRunAgainEndsAsACleanRunDoes() {
        hmis.tune(500, (file, chunk) -> { });
        hmis.importFrom(HmisExports.copy(HmisExports.FY2024, "clean", Map.of()), agency, admin);

        var export = HmisExports.copy(HmisExports.FY2024, "killed", Map.of());
        int[] chunks = {0};
        hmis.tune(500, (file, chunk) -> {
            // 10 one-chunk files, Client 2, Enrollment 2, Exit 1, IncomeBenefits 3, HealthAndDV 3,
            // EmploymentEducation 3: the 25th chunk is the 1st of Disabilities' 14
            if (++chunks[0] == 25) {
                throw new IllegalStateException("killed after 25 chunks");
            }
        });
        assertThatThrownBy(() -> hmis.importFrom(export, agency, admin)).hasMessageContaining("killed");
        long run = jdbc.sql("select max(id) from interop.hmis_run where source_id = 'killed'").query(Long.class).single();
        assertThat(status(run)).isEqualTo("FAILED");
        assertThat(staged("killed", "Disabilities")).isBetween(1, 6941);

        // killed again, this time while mapping
        hmis.tune(500, (file, chunk) -> {
            if (file.equals("mapping")) {
                throw new IllegalStateException("killed while mapping");
            }
        });
        assertThatThrownBy(() -> hmis.importFrom(export, agency, admin)).hasMessageContaining("killed");

        hmis.tune(500, (file, chunk) -> { });
        long resumed = hmis.importFrom(export, agency, admin);
        assertThat(resumed).as("the unfinished run is resumed").isEqualTo(run);
        assertThat(status(run)).isEqualTo("DONE");
        assertThat(HmisExports.mappedChecksum(jdbc, "killed")).isEqualTo(HmisExports.mappedChecksum(jdbc, "clean"));
        assertThat(counts("killed")).isEqualTo(counts("clean"));
        long cleanRun = jdbc.sql("select max(id) from interop.hmis_run where source_id = 'clean'").query(Long.class).single();
        assertThat(problems(run, "WARNING")).isEqualTo(problems(cleanRun, "WARNING"));
        assertThat(fileRows(run, "Disabilities")).isEqualTo(6942);
        assertThat(jdbc.sql("select sum(rows_done) from interop.hmis_run_file where run_id = :r").param("r", run).query(Integer.class).single())
                .isEqualTo(jdbc.sql("select sum(rows_done) from interop.hmis_run_file where run_id = :r").param("r", cleanRun).query(Integer.class).single());
    }

    @Test
    void structuralProblemsStopTheImportBeforeAnythingIsWritten() {
        long noClient = hmis.importFrom(HmisExports.copy(HmisExports.FY2024, "nofile", Map.of("Client.csv", t -> null)), agency, admin);
        assertThat(status(noClient)).isEqualTo("REFUSED");
        assertThat(problemTexts(noClient)).containsExactly("STRUCTURE Client: Client.csv is missing");

        long oldVersion = hmis.importFrom(HmisExports.copy(HmisExports.FY2024, "oldversion",
                Map.of("Export.csv", t -> t.replace("2024 v1.3", "2022 v1.2"))), agency, admin);
        assertThat(status(oldVersion)).isEqualTo("REFUSED");
        assertThat(problemTexts(oldVersion)).singleElement().asString().startsWith("STRUCTURE Export line 2 CSVVersion: Unknown CSVVersion");

        long noColumn = hmis.importFrom(HmisExports.copy(HmisExports.FY2024, "nocolumn",
                Map.of("Enrollment.csv", t -> t.replaceFirst("HouseholdID", "HouseholdIdentifier"))), agency, admin);
        assertThat(problemTexts(noColumn)).containsExactly("STRUCTURE Enrollment HouseholdID: Required column HouseholdID is missing");

        for (String source : List.of("nofile", "oldversion", "nocolumn")) {
            assertThat(jdbc.sql("select count(*) from interop.hmis_row where source_id = :s").param("s", source).query(Integer.class).single())
                    .as(source).isZero();
            assertThat(jdbc.sql("select count(*) from interop.hmis_household where source_id = :s").param("s", source).query(Integer.class).single())
                    .as(source).isZero();
        }
    }

    @Test
    void rowProblemsAreReportedByFileLineAndColumnAndTheRowIsSkipped() {
        UnaryOperator<String> crlfAndBom = t -> "\uFEFF" + t.replace("\n", "\r\n");
        var export = HmisExports.copy(HmisExports.FY2024, "quirks", Map.of(
                "Client.csv", t -> crlfAndBom.apply(HmisExports.replaceLine("528656,", l -> l + ",,").apply(t)),
                "Enrollment.csv", t -> HmisExports.replaceLine("837182,", l -> set(l, 5, "7"))
                        .apply(HmisExports.replaceLine("849668,", l -> set(l, 3, "2022-13-45")).apply(t)),
                "Exit.csv", t -> t + "999001,999999,528656,2022-01-01,410" + ",".repeat(39) + "\n",
                "IncomeBenefits.csv", t -> t + t.lines().skip(1).findFirst().orElseThrow() + "\n"));
        long run = hmis.importFrom(export, agency, admin);
        assertThat(status(run)).isEqualTo("DONE");
        assertThat(problemTexts(run)).contains(
                "ERROR Enrollment line 2 EntryDate: Bad date [2022-13-45]",
                "ERROR Enrollment line 3 RelationshipToHoH: Code not in HUD's list for RelationshipToHoH [7]",
                "ERROR Exit line 449 EnrollmentID: Orphan EnrollmentID: no such row in Enrollment.csv [999999]",
                "ERROR IncomeBenefits line 1183 IncomeBenefitsID: Duplicate key: IncomeBenefitsID 826158_1 appears earlier in the file [826158_1]");
        assertThat(staged("quirks", "Client")).as("BOM, CRLF and a trailing comma are read").isEqualTo(514);
        assertThat(staged("quirks", "Enrollment")).isEqualTo(572);
        assertThat(jdbc.sql("select rows_skipped from interop.hmis_run_file where run_id = :r and file = 'Enrollment'").param("r", run)
                .query(Integer.class).single()).isEqualTo(2);
        // the appended duplicate is one error; the others are rows of the two skipped enrollments, now orphans
        assertThat(staged("quirks", "IncomeBenefits")).isEqualTo(1181 - (orphansOfSkippedEnrollments(run, "IncomeBenefits") - 1));
        assertThat(staged("quirks", "Export")).isEqualTo(1);
    }

    // ---- helpers

    private static String set(String line, int index, String value) {
        String[] v = line.split(",", -1);
        v[index < 0 ? v.length + index : index] = value;
        return String.join(",", Arrays.asList(v));
    }

    private String status(long run) {
        return jdbc.sql("select status from interop.hmis_run where id = :r").param("r", run).query(String.class).single();
    }

    private int problems(long run, String severity) {
        return jdbc.sql("select count(*) from interop.hmis_problem where run_id = :r and severity = :s").param("r", run).param("s", severity)
                .query(Integer.class).single();
    }

    private int orphansOfSkippedEnrollments(long run, String file) {
        return jdbc.sql("select count(*) from interop.hmis_problem where run_id = :r and file = :f and severity = 'ERROR'")
                .param("r", run).param("f", file).query(Integer.class).single();
    }

    private List<String> problemTexts(long run) {
        return jdbc.sql("""
                select severity || ' ' || file || coalesce(' line ' || line, '') || coalesce(' ' || column_name, '') || ': ' || problem
                       || coalesce(' [' || value || ']', '')
                  from interop.hmis_problem where run_id = :r order by id
                """).param("r", run).query(String.class).list();
    }

    private int fileRows(long run, String file) {
        return jdbc.sql("select rows_done from interop.hmis_run_file where run_id = :r and file = :f").param("r", run).param("f", file)
                .query(Integer.class).single();
    }

    private int staged(String source, String file) {
        return jdbc.sql("select count(*) from interop.hmis_row where source_id = :s and file = :f").param("s", source).param("f", file)
                .query(Integer.class).single();
    }

    private int householdsMapped(long run) {
        return jdbc.sql("select households_mapped from interop.hmis_run where id = :r").param("r", run).query(Integer.class).single();
    }

    private String householdOf(String source, String enrollmentId) {
        return jdbc.sql("select household_key from interop.hmis_row where source_id = :s and file = 'Enrollment' and record_id = :e")
                .param("s", source).param("e", enrollmentId).query(String.class).single();
    }

    private int mappedHousehold(String source, String hmisHousehold) {
        return jdbc.sql("""
                select count(*) from interop.hmis_household hh join families.household h on h.id = hh.household_id
                 where hh.source_id = :s and hh.hmis_household_id = :k
                """).param("s", source).param("k", hmisHousehold).query(Integer.class).single();
    }

    private Integer exitDestination(String source, String enrollmentId) {
        return jdbc.sql("""
                select e.exit_destination from interop.hmis_household hh join intake.enrollment e on e.household_id = hh.household_id
                 where hh.source_id = :s and hh.hmis_household_id = :k
                """).param("s", source).param("k", householdOf(source, enrollmentId)).query(Integer.class).single();
    }

    private void assertMapped(String source, int households, int members, int exits, int income, int situations, int dv) {
        assertThat(counts(source)).isEqualTo(List.of(households, members, households, exits, income, situations, dv));
    }

    /** households, members, enrollments, exits, income reports, living situations, DV-restricted households */
    private List<Integer> counts(String source) {
        return jdbc.sql("""
                select (select count(*) from interop.hmis_household hh join families.household h on h.id = hh.household_id where hh.source_id = :s),
                       (select count(*) from interop.hmis_household hh join families.member m on m.household_id = hh.household_id where hh.source_id = :s),
                       (select count(*) from interop.hmis_household hh join intake.enrollment e on e.household_id = hh.household_id where hh.source_id = :s),
                       (select count(*) from interop.hmis_household hh join intake.enrollment e on e.household_id = hh.household_id
                         where hh.source_id = :s and e.exited_on is not null),
                       (select count(*) from interop.hmis_household hh join families.income_report r on r.household_id = hh.household_id where hh.source_id = :s),
                       (select count(*) from interop.hmis_household hh join housing.living_situation l on l.household_id = hh.household_id where hh.source_id = :s),
                       (select count(*) from interop.hmis_household hh join access.household_steward s on s.household_id = hh.household_id
                         where hh.source_id = :s and s.dv_restricted)
                """).param("s", source).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7))).single();
    }
}
