package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosswalk.housing.LivingSituation.RENTAL_NO_SUBSIDY;

import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.intake.LivingSituation;
import org.crosswalk.outcomes.OutcomeHistories.Family;
import org.crosswalk.outcomes.OutcomeHistories.Region;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outcomes follow the person across agencies' records (docs/metrics.md, "Linked records"): a job or a
 * home recorded by another agency for the same mother counts, once linked, and only while linked.
 * Expected figures worked out by hand beside each assertion.
 */
@CrosswalkIntegrationTest
class LinkedRecordsTest {

    @Autowired
    Metrics metrics;

    @Autowired
    OutcomeHistories histories;

    @Autowired
    JdbcClient jdbc;

    static final LocalDate E = LocalDate.of(2022, 3, 1);

    /** A link row as the linkage module keeps it (member_a < member_b), with the given status. */
    void link(Family one, Family other, String status) {
        UUID a = one.parent();
        UUID b = other.parent();
        // PostgreSQL orders uuids bytewise, as Java's UUID.compareTo does not (signed longs): ask it.
        boolean ordered = jdbc.sql("select ?::uuid < ?::uuid").params(a, b).query(Boolean.class).single();
        Family first = ordered ? one : other;
        Family second = ordered ? other : one;
        jdbc.sql("""
                insert into linkage.link (member_a, member_b, household_a, household_b, probability, weight, comparison, status, made_by)
                values (?, ?, ?, ?, 0.99, 12.0, '{}'::jsonb, ?, 'test')""")
                .params(first.parent(), second.parent(), first.id.value(), second.id.value(), status)
                .update();
    }

    MetricResult at(Metric metric, LocalDate on, Region region) {
        return metrics.compute(metric, on, region.filter());
    }

    @Test
    void aJobAndAHomeRecordedForTheSameMotherUnderAnotherRecordCountOnceLinked() {
        Region r = histories.region("linked records");
        // Ana came to the employment program on her own (no housing referral, no subsidy): her own record
        // holds no job and no living situation.
        Family linked = r.family("Okafor").enrolledWithoutHousing(E);
        // The housing agency's record of the same mother: a home from day 50, a new job from day 100,
        // 40 hours at $20 = $3,466.67 a month, still held.
        Family housingRecord = r.family("Okafor-Housing").livingIn(RENTAL_NO_SUBSIDY, E.plusDays(50)).job(E.plusDays(100), null, 40);
        link(linked, housingRecord, "LINKED");
        // The same shape, but the pair only waits in the review queue: not the same person yet.
        Family queued = r.family("Mensah").enrolledWithoutHousing(E);
        Family queuedRecord = r.family("Mensah-Housing").livingIn(RENTAL_NO_SUBSIDY, E.plusDays(50)).job(E.plusDays(100), null, 40);
        link(queued, queuedRecord, "REVIEW");

        LocalDate closed = E.plusDays(731);   // every window of both enrollments has closed
        // employed: Okafor by the linked job on day 100; Mensah has no job of her own → 1/2
        assertThat(at(Metric.EMPLOYED_WITHIN_12_MONTHS, closed, r)).isEqualTo(MetricResult.of(Metric.EMPLOYED_WITHIN_12_MONTHS, 1, 2, 0));
        // retained: one first placement (Okafor's, day 100, held past day 465) → 1/1
        assertThat(at(Metric.RETAINED_12_MONTHS, closed, r)).isEqualTo(MetricResult.of(Metric.RETAINED_12_MONTHS, 1, 1, 0));
        // housed at 24 months: Okafor permanent since day 50; Mensah's own record has no situation → 1/2
        assertThat(at(Metric.STABLY_HOUSED_24_MONTHS, closed, r)).isEqualTo(MetricResult.of(Metric.STABLY_HOUSED_24_MONTHS, 1, 2, 0));
        // earning on day 730: Okafor $3,466.67 > $1,500; Mensah nothing → 1/2
        assertThat(at(Metric.EARNING_OVER_1500_AT_24_MONTHS, closed, r))
                .isEqualTo(MetricResult.of(Metric.EARNING_OVER_1500_AT_24_MONTHS, 1, 2, 0));
        // served jointly: Okafor is linked to a record a housing agency holds; Mensah only queued
        var byService = metrics.by(Dimension.SERVICE, closed, r.filter());
        assertThat(byService.get("JOINT").get(Metric.EMPLOYED_WITHIN_12_MONTHS))
                .isEqualTo(MetricResult.of(Metric.EMPLOYED_WITHIN_12_MONTHS, 1, 1, 0));
        assertThat(byService.get("EMPLOYMENT_ONLY").get(Metric.EMPLOYED_WITHIN_12_MONTHS))
                .isEqualTo(MetricResult.of(Metric.EMPLOYED_WITHIN_12_MONTHS, 0, 1, 0));

        // Unlinked (a person said they are not the same): back to her own record alone → 0/2 employed
        jdbc.sql("update linkage.link set status = 'UNLINKED' where household_a in (?, ?)")
                .params(linked.id.value(), housingRecord.id.value()).update();
        assertThat(at(Metric.EMPLOYED_WITHIN_12_MONTHS, closed, r)).isEqualTo(MetricResult.of(Metric.EMPLOYED_WITHIN_12_MONTHS, 0, 2, 0));
        assertThat(metrics.by(Dimension.SERVICE, closed, r.filter()).get("EMPLOYMENT_ONLY").get(Metric.EMPLOYED_WITHIN_12_MONTHS))
                .isEqualTo(MetricResult.of(Metric.EMPLOYED_WITHIN_12_MONTHS, 0, 2, 0));
    }

    @Test
    void aJobSeenFromTwoLinkedEnrollmentsIsRetainedUnderOneOnly() {
        Region r = histories.region("linked owner");
        // Two agencies each enrolled the same mother: the first on E (exited on day 20), the second on
        // day 10; the job starts on day 30, recorded on the second record.
        Family first = r.family("Diallo").enrolledAndExited(E, E.plusDays(20), LivingSituation.WITH_FAMILY_TEMPORARILY);
        Family second = r.family("Diallo-Second").enrolledWithoutHousing(E.plusDays(10)).job(E.plusDays(30), null, 40);
        // A third record of hers, linked to the second only: a person is the whole linked set.
        Family third = r.family("Diallo-Third");
        link(second, third, "LINKED");
        link(first, third, "LINKED");

        LocalDate closed = E.plusDays(30 + 366);
        // both enrollments see the job (day 30 of the first, day 20 of the second) → 2/2 employed
        assertThat(at(Metric.EMPLOYED_WITHIN_12_MONTHS, closed, r)).isEqualTo(MetricResult.of(Metric.EMPLOYED_WITHIN_12_MONTHS, 2, 2, 0));
        // but it is one placement, counted under the latest enrollment that began before it (the second) → 1/1
        assertThat(at(Metric.RETAINED_12_MONTHS, closed, r)).isEqualTo(MetricResult.of(Metric.RETAINED_12_MONTHS, 1, 1, 0));
    }
}
