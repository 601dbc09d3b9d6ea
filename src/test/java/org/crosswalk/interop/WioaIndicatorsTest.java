package org.crosswalk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.families.FamilyBatch;
import org.crosswalk.intake.ExitReason;
import org.crosswalk.intake.IntakeBatch;
import org.crosswalk.intake.LivingSituation;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WIOA indicators, computed by hand for six parents in their own program, wage data through 2025Q2:
 * <pre>
 * parent SSN          enrolled    exited      dest  wages (quarter: $)
 * P1     123-45-6701  2023-06-01  2024-03-31  410   2024Q3: A 2,500 corrected to 3,000 + B 1,000
 * P2     123-45-6702  2023-10-01  2024-04-01  435   2024Q3: 5,000; 2024Q4: 2,500; 2025Q2: 2,600
 * P3     123-45-6703  2023-09-01  2024-02-15  410   2024Q2: 1,000; 2025Q1: 6,000
 * P4     (none)       2023-07-01  2024-01-10  410   —
 * P5     123-45-6705  2023-05-01  2024-03-01  24    2024Q3: 9,999 (deceased: excluded)
 * P6     123-45-6706  2024-02-01  2025-01-15  410   —
 * </pre>
 * Exit quarters: P1 2024Q1 (the last day of a quarter stays in it), P2 2024Q2 (the first day of the
 * next), P3 2024Q1, P6 2025Q1. 2nd quarter after exit: P1 2024Q3 ($4,000: two employers summed),
 * P2 2024Q4 ($2,500; its 2024Q3 wages are the 1st quarter), P3 2024Q3 (nothing), P6 2025Q3 (after
 * the data: pending). Q2 rate 2/3, median of $2,500 and $4,000 = $3,250.00. 4th quarter: P1 2025Q1
 * (nothing), P2 2025Q2 ($2,600), P3 2025Q1 ($6,000): 2/3. Secure Jobs (wages from the enrollment
 * quarter to the quarter of enrollment + 365 days): P1 2023Q2–2024Q2 no; P2 2023Q4–2024Q3 yes
 * (2024Q3); P3 2023Q3–2024Q3 yes (2024Q2); P6 2024Q1–2025Q1 no: 2/4. P4 has no SSN: supplemental
 * data only, in no denominator; P5 is excluded everywhere.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WioaIndicatorsTest {

    @Autowired WageRecords wages;
    @Autowired WioaIndicators wioa;
    @Autowired FamilyBatch families;
    @Autowired IntakeBatch intake;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    long program;
    final List<UUID> parents = new ArrayList<>();
    Path wageFile;

    @BeforeAll
    void sixParents() throws Exception {
        long region = fixtures.region("WIOA Region");
        long agency = fixtures.agency("WIOA Employment", AgencyKind.EMPLOYMENT, region);
        long navigator = fixtures.staff("wioa-nav", Role.NAVIGATOR, agency, null).viewer().userId();
        program = intake.programsWithStandardRules(Map.of("WIOA Test Program", "WIOA Region")).get("WIOA Test Program");
        Object[][] people = {
                {"123-45-6701", "2023-06-01", "2024-03-31", LivingSituation.RENTAL_NO_SUBSIDY},
                {"123-45-6702", "2023-10-01", "2024-04-01", LivingSituation.RENTAL_WITH_SUBSIDY},
                {"123-45-6703", "2023-09-01", "2024-02-15", LivingSituation.RENTAL_NO_SUBSIDY},
                {null, "2023-07-01", "2024-01-10", LivingSituation.RENTAL_NO_SUBSIDY},
                {"123-45-6705", "2023-05-01", "2024-03-01", LivingSituation.DECEASED},
                {"123-45-6706", "2024-02-01", "2025-01-15", LivingSituation.RENTAL_NO_SUBSIDY}};
        List<FamilyBatch.Family> fams = new ArrayList<>();
        List<IntakeBatch.Story> stories = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            HouseholdId household = new HouseholdId(UUID.randomUUID());
            UUID member = UUID.randomUUID();
            parents.add(member);
            fams.add(new FamilyBatch.Family(household, agency, null, false, OffsetDateTime.now(), new FamilyBatch.Address(null, null, null, null, null),
                    List.of(new FamilyBatch.Person(member, Relationship.SELF, "Parent", null, "P" + (i + 1), LocalDate.of(1990, 1, 1 + i),
                            List.of(HudRace.WHITE), i % 2 == 0 ? Sex.FEMALE : Sex.MALE, YesNo.NO, null, null, (String) people[i][0])),
                    List.of()));
            LocalDate start = LocalDate.parse((String) people[i][1]);
            stories.add(new IntakeBatch.Story(household, program, start, ReferralSource.SHELTER, LivingSituation.EMERGENCY_SHELTER, navigator,
                    agency, List.of(), navigator, List.of(), List.of(), new IntakeBatch.Enrollment(start,
                    List.of(new IntakeBatch.Assignment(navigator, start)),
                    new IntakeBatch.Exit(LocalDate.parse((String) people[i][2]), ExitReason.COMPLETED, (LivingSituation) people[i][3]))));
        }
        families.insert(fams);
        intake.load(stories);
        wageFile = Files.createTempFile("wages", ".csv");
        Files.writeString(wageFile, """
                ssn,employer_id,year,quarter,wages
                123-45-6701,A,2024,3,2500.00
                123456701,B,2024,3,1000.00
                123-45-6701,A,2024,3,3000.00
                123-45-6702,C,2024,3,5000.00
                123-45-6702,C,2024,4,2500.00
                123-45-6702,C,2025,2,2600.00
                123-45-6703,D,2024,2,1000.00
                123-45-6703,D,2025,1,6000.00
                123-45-6705,E,2024,3,9999.00
                123-45-6799,F,2025,2,100.00
                000-12-3456,G,2024,3,100.00
                123-45-6702,C,2024,5,100.00
                123-45-6702,C,2024,1,-5
                """);
    }

    @Test
    void wageRecordsLoadByMatchKeyAndReportBadRowsWithoutTheSsn() {
        WageRecords.Load first = wages.load(wageFile, null);
        assertThat(first.read()).isEqualTo(13);
        assertThat(first.skipped()).isEqualTo(3);
        assertThat(first.loaded()).as("A's 2024Q3 correction replaces the first row").isEqualTo(9);
        assertThat(first.problems()).containsExactly("line 12 ssn: Not a valid SSN", "line 13 quarter: A quarter is 1, 2, 3 or 4 [5]",
                "line 14 wages: Not an amount in dollars (at least 0) [-5]");
        WageRecords.Load again = wages.load(wageFile, null);
        assertThat(again.loaded()).isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from interop.wage_record where employer_id in ('A','B','C','D','E','F')").query(Integer.class).single())
                .as("loading the same file again changes nothing").isEqualTo(9);
        assertThat(jdbc.sql("select wages_cents from interop.wage_record where employer_id = 'A'").query(Long.class).single()).isEqualTo(300000);
        assertThat(jdbc.sql("select count(*) from interop.wage_record where match_key ~ '^[0-9a-f]{32}$'").query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from interop.wage_record").query(Integer.class).single());
    }

    @Test
    void indicatorsForExitersAndTheSecureJobsView() {
        wages.load(wageFile, null);
        WioaIndicators.Report report = wioa.report(TODAY, program, WioaIndicators.quarter("2025Q2"));
        assertThat(report.wageDataThrough()).isEqualTo("2025Q2");
        assertThat(report.employedQ2()).isEqualTo(new WioaIndicators.Rate(2, 3, 1, 1, 1));
        assertThat(report.employedQ2().percent()).isEqualTo(66.7);
        assertThat(report.employedQ4()).isEqualTo(new WioaIndicators.Rate(2, 3, 1, 1, 1));
        assertThat(report.medianEarningsQ2Cents()).isEqualTo(325000L);
        assertThat(report.secureJobs()).isEqualTo(new WioaIndicators.Rate(2, 4, 0, 1, 1));
        assertThat(report.secureJobs().percent()).isEqualTo(50.0);

        // with wage data only through 2025Q1, P2's 4th quarter (2025Q2) is pending like P6's: P1 no, P3 yes
        WioaIndicators.Report earlier = wioa.report(TODAY, program, WioaIndicators.quarter("2025Q1"));
        assertThat(earlier.employedQ4()).isEqualTo(new WioaIndicators.Rate(1, 2, 2, 1, 1));
    }

    @Test
    void thePirlFileHasOneRowPerParentAndEnrollment() {
        wages.load(wageFile, null);
        StringWriter out = new StringWriter();
        wioa.pirl(TODAY, program, WioaIndicators.quarter("2025Q2"), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.getFirst()).startsWith("100 Unique Individual Identifier,200 Date of Birth,201 Sex,");
        assertThat(lines).contains(
                id(0) + ",19900101,2,20230601,20240331,1,4000.00,0,0.00,0,0",
                id(1) + ",19900102,1,20231001,20240401,1,2500.00,1,2600.00,1,0",
                id(3) + ",19900104,1,20230701,20240110,,,,,,0",
                id(4) + ",19900105,2,20230501,20240301,,,,,,1",
                id(5) + ",19900106,1,20240201,20250115,,,,,0,0");
        assertThat(out.toString()).doesNotContain("6701").doesNotContain("123-45");
    }

    private String id(int parent) {
        return parents.get(parent).toString().replace("-", "").substring(0, 12);
    }
}
