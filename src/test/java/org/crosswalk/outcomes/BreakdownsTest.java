package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.outcomes.Breakdowns.Breakdown;
import org.crosswalk.outcomes.Breakdowns.Figure;
import org.crosswalk.outcomes.Breakdowns.Group;
import org.crosswalk.outcomes.OutcomeHistories.Region;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudRace;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures by race (alone or in combination, and multi-racial), sex, household type, joint service
 * and enrollment quarter over four hand-made families, and the complementary small-cell rule over
 * hand-made tables. Expected figures worked out by hand beside each.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreakdownsTest {

    @Autowired Metrics metrics;
    @Autowired OutcomeHistories histories;

    static final LocalDate E = LocalDate.of(2023, 1, 10);   // 2023-Q1
    static final LocalDate REPORT = E.plusDays(365);         // every employment window closed
    Region region;

    /*
     * Alba: Black, woman, single parent (a child), job on day 100         → employed
     * Beth: Black and White, woman, two parents, no job                   → not employed
     * Cruz: White, man, no child, job on day 200                          → employed
     * Dana: race not collected, woman, single parent, came on her own
     *       (no housing referral, no subsidy), no job                     → not employed
     * Enid: enrolled on 2023-04-03 (Q2), Black, woman, single parent: her window closes on
     *       2024-04-02, after the report date → pending, in no denominator
     */
    @BeforeAll
    void families() {
        region = histories.region("equity");
        histories.familyOf(region, "Alba", List.of(HudRace.BLACK_AF_AMERICAN), Sex.FEMALE, false, true)
                .enrolled(E).job(E.plusDays(100), null, 40);
        histories.familyOf(region, "Beth", List.of(HudRace.BLACK_AF_AMERICAN, HudRace.WHITE), Sex.FEMALE, true, true)
                .enrolled(E);
        histories.familyOf(region, "Cruz", List.of(HudRace.WHITE), Sex.MALE, false, false)
                .enrolled(E).job(E.plusDays(200), null, 40);
        histories.familyOf(region, "Dana", List.of(HudRace.NOT_COLLECTED), Sex.FEMALE, false, true)
                .enrolledWithoutHousing(E);
        histories.familyOf(region, "Enid", List.of(HudRace.BLACK_AF_AMERICAN), Sex.FEMALE, false, true)
                .enrolled(LocalDate.of(2023, 4, 3));
    }

    private Map<String, String> employed(Dimension dimension) {
        Map<String, String> out = new java.util.TreeMap<>();
        metrics.by(dimension, REPORT, region.filter()).forEach((key, m) -> {
            MetricResult r = m.get(Metric.EMPLOYED_WITHIN_12_MONTHS);
            out.put(key, r.numerator() + "/" + r.denominator() + " pending " + r.pending());
        });
        return out;
    }

    @Test
    void raceCountsEachRaceChosenAndMultiRacialBesides() {
        // Black: Alba 1, Beth 0 → 1/2, Enid pending; White: Beth 0, Cruz 1 → 1/2; multi-racial: Beth → 0/1;
        // not collected: Dana → 0/1. The groups sum to 5 counted against 4 families: they overlap.
        assertThat(employed(Dimension.RACE)).isEqualTo(Map.of(
                "BLACK_AF_AMERICAN", "1/2 pending 1",
                "WHITE", "1/2 pending 0",
                "MULTI_RACIAL", "0/1 pending 0",
                "NOT_COLLECTED", "0/1 pending 0"));
    }

    @Test
    void sexHouseholdTypeServiceAndQuarterSplitTheTotal() {
        // women (0): Alba 1, Beth 0, Dana 0 → 1/3, Enid pending; men (1): Cruz → 1/1
        assertThat(employed(Dimension.SEX)).isEqualTo(Map.of("0", "1/3 pending 1", "1", "1/1 pending 0"));
        // single parent: Alba 1, Dana 0 → 1/2 + Enid pending; two parents: Beth → 0/1; no child: Cruz → 1/1
        assertThat(employed(Dimension.HOUSEHOLD_TYPE)).isEqualTo(Map.of(
                "SINGLE_PARENT", "1/2 pending 1", "TWO_PARENTS", "0/1 pending 0", "NO_CHILDREN", "1/1 pending 0"));
        // jointly (a housing agency referred): Alba, Beth, Cruz → 2/3 + Enid pending; alone: Dana → 0/1
        assertThat(employed(Dimension.SERVICE)).isEqualTo(Map.of("JOINT", "2/3 pending 1", "EMPLOYMENT_ONLY", "0/1 pending 0"));
        // quarters: Q1 Alba, Beth, Cruz, Dana → 2/4; Q2 Enid pending
        assertThat(employed(Dimension.COHORT)).isEqualTo(Map.of("2023-Q1", "2/4 pending 0", "2023-Q2", "0/0 pending 1"));
        // the whole region: 2/4, 1 pending, equal to the single measure
        assertThat(employed(Dimension.ALL)).isEqualTo(Map.of("ALL", "2/4 pending 1"));
        assertThat(metrics.compute(Metric.EMPLOYED_WITHIN_12_MONTHS, REPORT, region.filter()))
                .isEqualTo(MetricResult.of(Metric.EMPLOYED_WITHIN_12_MONTHS, 2, 4, 1));
    }

    // --- the small-cell rule, on hand-made tables (one measure varies; the others have no one counted) ---

    private static Group group(String key, long numerator, long denominator) {
        Map<Metric, Figure> f = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            f.put(m, new Figure(0, 0, null, false));
        }
        f.put(Metric.EMPLOYED_WITHIN_12_MONTHS, new Figure(numerator, denominator,
                denominator == 0 ? null : (double) numerator / denominator, false));
        return new Group(key, key, f);
    }

    private static List<String> shown(Breakdown b) {
        return java.util.stream.Stream.concat(b.groups().stream(), java.util.stream.Stream.of(b.total()))
                .map(g -> g.key() + "=" + (g.figure(Metric.EMPLOYED_WITHIN_12_MONTHS).suppressed() ? "n<11"
                        : g.figure(Metric.EMPLOYED_WITHIN_12_MONTHS).numerator() + "/" + g.figure(Metric.EMPLOYED_WITHIN_12_MONTHS).denominator()))
                .toList();
    }

    private static Breakdown table(Dimension d, Group total, Group... groups) {
        return Breakdowns.suppress(new Breakdown(d, REPORT, null, List.of(groups), total, false));
    }

    @Test
    void oneSmallGroupInAPartitionTakesTheNextSmallestWithIt() {
        // women 40, men 7, not collected 12 → total 59. Men < 11 are hidden; 59 − 40 − 12 would give
        // them back, so the smallest shown group (not collected, 12) is hidden too. The total stays.
        assertThat(shown(table(Dimension.SEX, group("ALL", 30, 59),
                group("0", 20, 40), group("1", 5, 7), group("99", 5, 12))))
                .containsExactly("0=20/40", "1=n<11", "99=n<11", "ALL=30/59");
    }

    @Test
    void twoSmallGroupsNeedNoMoreAndASmallTotalIsHidden() {
        // 3 and 8 are both hidden; nothing else is needed; total 31 shown
        assertThat(shown(table(Dimension.HOUSEHOLD_TYPE, group("ALL", 10, 31),
                group("A", 1, 3), group("B", 2, 8), group("C", 7, 20))))
                .containsExactly("A=n<11", "B=n<11", "C=7/20", "ALL=10/31");
        // total 9: everything under 11
        assertThat(shown(table(Dimension.SERVICE, group("ALL", 3, 9), group("JOINT", 3, 9))))
                .containsExactly("JOINT=n<11", "ALL=n<11");
    }

    @Test
    void aSingleGroupBesideItsTotalHidesTheTotalInstead() {
        // one group of 5 out of a total of 15, nothing else to hide, yet 15 − 5 is the rest: the total goes
        assertThat(shown(table(Dimension.REGION, group("ALL", 8, 15), group("North", 2, 5))))
                .containsExactly("North=n<11", "ALL=n<11");
    }

    @Test
    void raceGroupsOverlapSoOnlySmallOnesAreHidden() {
        // Black 30, White 25, Asian 4: Asian hidden; the groups overlap, so nothing else is
        assertThat(shown(table(Dimension.RACE, group("ALL", 20, 50),
                group("BLACK_AF_AMERICAN", 10, 30), group("WHITE", 9, 25), group("ASIAN", 1, 4))))
                .containsExactly("BLACK_AF_AMERICAN=10/30", "WHITE=9/25", "ASIAN=n<11", "ALL=20/50");
    }

    @Test
    void emptyGroupsDescribeNobodyAndAreShown() {
        // a group with nobody counted yet (0) hides nothing and reveals nothing; a group of 1 to 10 does
        assertThat(shown(table(Dimension.COHORT, group("ALL", 12, 30), group("2023-Q1", 12, 30), group("2023-Q2", 0, 0))))
                .containsExactly("2023-Q1=12/30", "2023-Q2=0/0", "ALL=12/30");
    }
}
