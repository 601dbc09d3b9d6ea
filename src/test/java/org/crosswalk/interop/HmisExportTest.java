package org.crosswalk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * FY2026 export of what an agency holds, and the round trip: the DataLab FY2024 export imported
 * for agency A, exported, and the export imported for agency B gives B the same households,
 * members, enrollments and exits, income and living situations as A.
 */
@CrosswalkIntegrationTest
class HmisExportTest {

    @Autowired HmisImport hmis;
    @Autowired HmisExport export;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;

    @Test
    void importOfTheExportReproducesHouseholdsEnrollmentsExitsIncomeAndLivingSituations() throws Exception {
        long region = fixtures.region("Interop Round Trip Region");
        long a = fixtures.agency("Interop Round Trip A", AgencyKind.HOUSING, region);
        long b = fixtures.agency("Interop Round Trip B", AgencyKind.HOUSING, region);
        long admin = fixtures.staff("rt-admin", Role.ADMINISTRATOR, null, null).viewer().userId();
        hmis.tune(5000, (f, c) -> { });
        hmis.importFrom(HmisExports.copy(HmisExports.FY2024, "rt", Map.of()), a, admin);

        Path folder = Files.createTempDirectory("hmis-export");
        HmisExport.Summary summary = export.export(a, admin, "rt-admin", folder);

        // all 24 HUD files with HUD's FY2026 headers, and the three custom files
        Map<String, List<String>> columns = HmisExport.columns();
        assertThat(columns).hasSize(24);
        for (var file : columns.entrySet()) {
            List<String> lines = HmisExports.lines(folder.resolve(file.getKey() + ".csv"));
            assertThat(lines.getFirst()).as(file.getKey()).isEqualTo(String.join(",", file.getValue()));
        }
        for (String custom : HmisExport.CUSTOM_FILES) {
            assertThat(folder.resolve(custom + ".csv")).exists();
        }
        assertThat(HmisExports.lines(folder.resolve("Export.csv")).get(1)).contains(",2026 v1.0,");
        // 473 households, 574 members; each member gets an Enrollment, and an Exit where the household exited;
        // 957 household income reports, 656 living situations
        int survivors = jdbc.sql("""
                select count(*) from interop.hmis_household hh join access.household_steward s on s.household_id = hh.household_id
                 where hh.source_id = 'rt' and s.dv_restricted
                """).query(Integer.class).single();
        assertThat(survivors).as("the fixture has DV survivors").isPositive();
        // one HealthAndDV row (DomesticViolenceSurvivor 1) per DV-restricted household: each has one enrollment
        assertThat(summary.rows()).containsEntry("households", 473).containsEntry("Client", 574).containsEntry("Enrollment", 574)
                .containsEntry("IncomeBenefits", 957).containsEntry("CurrentLivingSituation", 656).containsEntry("Project", 10)
                .containsEntry("HealthAndDV", survivors).containsEntry("Funder", 0);
        assertThat(jdbc.sql("select count(*) from audit.event where action = 'HMIS_EXPORTED' and detail like :d")
                .param("d", "%" + summary.exportId()).query(Integer.class).single()).isEqualTo(473);
        assertThat(String.join("\n", HmisExports.lines(folder.resolve("Client.csv")))).doesNotContainPattern(",\\d{9},");

        long run = hmis.importFrom(folder, b, admin);
        assertThat(jdbc.sql("select status from interop.hmis_run where id = :r").param("r", run).query(String.class).single()).isEqualTo("DONE");
        assertThat(jdbc.sql("select count(*) from interop.hmis_problem where run_id = :r and severity <> 'WARNING'").param("r", run)
                .query(Integer.class).single()).isZero();
        assertThat(fileRows(run, "CustomPlacement")).isZero();

        List<String> original = content("rt", "replace(hh.household_id::text, '-', '')");
        List<String> roundTripped = content("crosswalk-" + a, "hh.hmis_household_id");
        // members, income reports, living situations, enrollments (with the referral's prior living situation), DV flags
        assertThat(original).hasSize(574 + 957 + 656 + 473 + 473);
        assertThat(original).filteredOn(l -> l.startsWith("d|") && l.endsWith("|true")).hasSize(survivors);
        assertThat(original).filteredOn(l -> l.startsWith("e|")).extracting(l -> l.substring(l.lastIndexOf('|') + 1))
                .as("prior living situations other than 99 (not collected)").anyMatch(code -> !code.equals("99"));
        assertThat(roundTripped).isEqualTo(original);

        // staff of another agency may not see the DV restriction: an export in their name carries none
        long navigator = fixtures.staff("rt-navigator-b", Role.NAVIGATOR, b, region).viewer().userId();
        HmisExport.Summary theirs = export.export(a, navigator, "rt-navigator-b", Files.createTempDirectory("hmis-export-b"));
        assertThat(theirs.rows()).containsEntry("HealthAndDV", 0).containsEntry("Enrollment", 574);
    }

    @Test
    void placementsCheckInsAndEarningsOfTheDemoGoOutBesideTheHudFiles() throws Exception {
        long admin = fixtures.staff("rt-admin", Role.ADMINISTRATOR, null, null).viewer().userId();
        long agency = jdbc.sql("""
                select h.owner_agency_id from employment.placement_facts p join families.household_facts h on h.household_id = p.household_id
                 where p.household_id in (select household_id from intake.enrollment_facts)
                 group by 1 order by count(*) desc, 1 limit 1
                """).query(Long.class).single();
        String exported = "(select e.household_id from intake.enrollment_facts e join families.household_facts h on h.household_id = e.household_id"
                + " where h.owner_agency_id = :a)";
        int placements = jdbc.sql("select count(*) from employment.placement_facts where household_id in " + exported).param("a", agency)
                .query(Integer.class).single();
        int checkins = jdbc.sql("select count(*) from employment.checkin_facts where household_id in " + exported).param("a", agency)
                .query(Integer.class).single();
        long earnedCents = jdbc.sql("select coalesce(sum(earned_monthly_cents), 0) from families.income_facts where household_id in " + exported)
                .param("a", agency).query(Long.class).single();
        assertThat(placements).isPositive();

        Path folder = Files.createTempDirectory("hmis-export-demo");
        HmisExport.Summary summary = export.export(agency, admin, "rt-admin", folder);
        assertThat(summary.rows()).containsEntry("CustomPlacement", placements).containsEntry("CustomRetentionCheckIn", checkins);
        List<String> income = HmisExports.lines(folder.resolve("IncomeBenefits.csv"));
        int earnedAt = List.of(income.getFirst().split(",")).indexOf("EarnedAmount");
        long exportedEarned = income.stream().skip(1).map(l -> l.split(",", -1)[earnedAt])
                .mapToLong(v -> new java.math.BigDecimal(v).movePointRight(2).longValueExact()).sum();
        assertThat(exportedEarned).as("earnings go out in IncomeBenefits.EarnedAmount").isEqualTo(earnedCents);
    }

    private int fileRows(long run, String file) {
        return jdbc.sql("select rows_done from interop.hmis_run_file where run_id = :r and file = :f").param("r", run).param("f", file)
                .query(Integer.class).single();
    }

    /** Members, income reports, living situations and enrollments of a source's households, keyed by {@code key}. */
    private List<String> content(String source, String key) {
        String k = key;
        return jdbc.sql("""
                select line from (
                  select 'm|' || %1$s || '|' || m.relationship_to_hoh || '|' || m.first_name || '|' || coalesce(m.middle_name, '') || '|'
                         || m.last_name || '|' || coalesce(m.birth_date::text, '') || '|' || m.sex || '|' || m.veteran_status || '|'
                         || array_to_string(array(select unnest(m.race) order by 1), ',') as line
                    from interop.hmis_household hh join families.member m on m.household_id = hh.household_id where hh.source_id = :s
                  union all
                  select 'i|' || %1$s || '|' || r.as_of || '|' || r.total_monthly_cents || '|' || r.earned_monthly_cents
                    from interop.hmis_household hh join families.income_report r on r.household_id = hh.household_id where hh.source_id = :s
                  union all
                  select 'l|' || %1$s || '|' || l.code || '|' || l.started_on
                    from interop.hmis_household hh join housing.living_situation l on l.household_id = hh.household_id where hh.source_id = :s
                  union all
                  select 'e|' || %1$s || '|' || e.start_date || '|' || coalesce(e.exited_on::text, '') || '|' || coalesce(e.exit_destination::text, '')
                         || '|' || r.living_situation
                    from interop.hmis_household hh join intake.enrollment e on e.household_id = hh.household_id
                    join intake.referral r on r.id = e.referral_id where hh.source_id = :s
                  union all
                  select 'd|' || %1$s || '|' || s.dv_restricted
                    from interop.hmis_household hh join access.household_steward s on s.household_id = hh.household_id where hh.source_id = :s
                ) x order by line
                """.formatted(k)).param("s", source).query(String.class).list();
    }
}
