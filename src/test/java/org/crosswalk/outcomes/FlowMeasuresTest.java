package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.flexfunds.Category;
import org.crosswalk.flexfunds.FiscalYear;
import org.crosswalk.flexfunds.FlexBatch;
import org.crosswalk.flexfunds.PaymentMethod;
import org.crosswalk.outcomes.FlowMeasures.Cell;
import org.crosswalk.outcomes.FlowMeasures.Table;
import org.crosswalk.outcomes.OutcomeHistories.Family;
import org.crosswalk.outcomes.OutcomeHistories.Region;
import org.crosswalk.plans.barriers.BarrierBatch;
import org.crosswalk.plans.barriers.BarrierKind;
import org.crosswalk.plans.barriers.Severity;
import org.crosswalk.services.directory.DirectoryBatch;
import org.crosswalk.services.referrals.ReferralBatch;
import org.crosswalk.services.referrals.ReferralStatus;
import org.crosswalk.services.referrals.Urgency;
import org.crosswalk.shared.Money;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The flow measures over one hand-made region, report date 2024-06-30 (window from 2023-07-02); expected values beside. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowMeasuresTest {

    @Autowired FlowMeasures flows;
    @Autowired OutcomeHistories histories;
    @Autowired BarrierBatch barriers;
    @Autowired ReferralBatch referrals;
    @Autowired DirectoryBatch directory;
    @Autowired FlexBatch flex;
    @Autowired Fixtures fixtures;

    static final LocalDate R = LocalDate.of(2024, 6, 30);
    Region region;
    StaffUser lead;

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    static OffsetDateTime at(String day, int hour) {
        return d(day).atTime(hour, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    @BeforeAll
    void history() {
        region = histories.region("flow");
        lead = fixtures.staff("flow-lead", Role.TEAM_LEAD, region.worker.viewer().agencyId(), region.id);
        long agency = region.worker.viewer().agencyId(), worker = region.worker.viewer().userId();
        // funnel: referred A, B, C, D in the window, enrolled after 10, 20 and 30 days; E before the window
        Family a = region.family("Flow A").referredAndEnrolled(d("2024-01-01"), d("2024-01-11"));
        region.family("Flow B").referredAndEnrolled(d("2024-02-01"), d("2024-02-21"));
        region.family("Flow C").referredAndEnrolled(d("2024-03-01"), d("2024-03-31"));
        region.family("Flow D").referredOnly(d("2024-04-01"));
        region.family("Flow E").referredAndEnrolled(d("2023-06-01"), d("2023-06-05"));
        // barriers of family A: resolved in the window after 4, 10 and 364 days; one resolved before it;
        // open on the report date for 10, 29 (resolved after it) and 30 days
        barriers.insert(List.of(
                barrier(a, agency, "2024-01-01", "2024-01-05", worker), barrier(a, agency, "2024-02-01", "2024-02-11", worker),
                barrier(a, agency, "2023-07-02", "2024-06-30", worker), barrier(a, agency, "2022-01-01", "2023-01-01", worker),
                barrier(a, agency, "2024-06-20", null, worker), barrier(a, agency, "2024-06-01", "2024-07-15", worker),
                barrier(a, agency, "2024-05-31", null, worker)));
        // partner referrals of family A: answered after 3 and 10 days; one waiting 10 days; one withdrawn
        UUID service = directory.referableServices().getFirst().id();
        referrals.insert(List.of(
                referral(a, service, agency, worker, at("2024-05-01", 12), ReferralStatus.ACCEPTED, at("2024-05-04", 12), null),
                referral(a, service, agency, worker, at("2024-06-01", 12), ReferralStatus.DECLINED, at("2024-06-11", 12), null),
                referral(a, service, agency, worker, at("2024-06-20", 12), ReferralStatus.SENT, null, null),
                referral(a, service, agency, worker, at("2024-06-25", 12), ReferralStatus.WITHDRAWN, null, at("2024-06-26", 12))));
        // flexible funds paid after 6, 24 and 2 hours
        long pool = flex.pool(agency, FiscalYear.of(d("2024-03-01")), new Money(1_000_000), new Money(500_000), new Money(0), worker);
        flex.insert(List.of(paid(pool, a, at("2024-03-01", 10), at("2024-03-01", 16), worker),
                paid(pool, a, at("2024-04-01", 10), at("2024-04-02", 10), worker),
                paid(pool, a, at("2024-05-01", 10), at("2024-05-01", 12), worker)));
    }

    private static BarrierBatch.LoadedBarrier barrier(Family f, long agency, String opened, String resolved, long by) {
        return new BarrierBatch.LoadedBarrier(UUID.randomUUID(), f.id, BarrierKind.TRANSPORTATION, null, Severity.MEDIUM, agency,
                "Bus route", d(opened), resolved == null ? null : d(resolved), resolved == null ? null : "Bus pass", by);
    }

    private static ReferralBatch.PastReferral referral(Family f, UUID service, long agency, long by, OffsetDateTime sent,
                                                        ReferralStatus status, OffsetDateTime answered, OffsetDateTime withdrawn) {
        return new ReferralBatch.PastReferral(f.id, service, agency, by, sent, "Child care", Urgency.SOON, status, answered,
                answered == null ? null : by, null, status == ReferralStatus.DECLINED ? "No places" : null, null, null,
                withdrawn, withdrawn == null ? null : "Found another", false);
    }

    private static FlexBatch.PastRequest paid(long pool, Family f, OffsetDateTime requested, OffsetDateTime paid, long by) {
        return new FlexBatch.PastRequest(pool, f.id, Category.PHONE, new Money(5_000), "Phone co", "Bill", by, requested, by,
                requested.plusMinutes(30), false, null, by, paid, PaymentMethod.CHECK, "P-1");
    }

    private Cell cell(Flow flow) {
        Table t = flows.of(lead.viewer(), R).stream().filter(x -> x.flow() == flow).findFirst().orElseThrow();
        assertThat(t.total()).isNull();     // a team lead's own region, no total
        return t.regions().getFirst();
    }

    @Test
    void theFunnelCountsReferralsInTheWindowAndTheirEnrollments() {
        // A, B, C, D referred in the window (E before it); A, B, C enrolled → 3 of 4 = 75%; days 10, 20, 30 → 20
        Cell c = cell(Flow.REFERRALS_ENROLLED);
        assertThat(List.of(c.count(), c.part())).containsExactly(4L, 3L);
        assertThat(c.partPercent()).isEqualTo(75);
        assertThat(c.median()).isEqualTo(20.0);
    }

    @Test
    void barriersResolvedInTheWindowAndOpenOnTheReportDate() {
        // resolved 2024-01-05 (4 days), 2024-02-11 (10), 2024-06-30 (364); the one of 2023-01-01 is before the window
        assertThat(cell(Flow.BARRIERS_RESOLVED)).extracting(Cell::count, Cell::median).containsExactly(3L, 10.0);
        // open on 2024-06-30: since 06-20 (10 days), 06-01 (29: resolved later), 05-31 (30) → median 29
        assertThat(cell(Flow.BARRIERS_OPEN)).extracting(Cell::count, Cell::median).containsExactly(3L, 29.0);
    }

    @Test
    void partnerReferralsAnsweredAndWaiting() {
        // answered after 3 and 10 days → median 6.5; waiting since 06-20 → 10 days; the withdrawn one is neither
        assertThat(cell(Flow.PARTNER_REFERRALS_ANSWERED)).extracting(Cell::count, Cell::median).containsExactly(2L, 6.5);
        assertThat(cell(Flow.PARTNER_REFERRALS_WAITING)).extracting(Cell::count, Cell::median).containsExactly(1L, 10.0);
    }

    @Test
    void flexibleFundsTimeToCash() {
        // 2, 6 and 24 hours: median 6; 90th percentile at rank 0.9 × 2 = 1.8 → 6 + 0.8 × (24 − 6) = 20.4
        Cell c = cell(Flow.FLEX_PAID);
        assertThat(c.count()).isEqualTo(3L);
        assertThat(c.median()).isEqualTo(6.0);
        assertThat(c.p90()).isCloseTo(20.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void analystsSeeSmallRegionsHiddenAndTheTotalCountWithThem() {
        // regions 5 and 40 (total 45): the 5 is hidden, the total's count too, its median stays
        Table t = FlowMeasures.suppressed(Flow.BARRIERS_RESOLVED,
                List.of(new Cell("North", 5L, null, 3.0, null, false), new Cell("South", 40L, null, 9.0, null, false)),
                new Cell("All regions", 45L, null, 8.0, null, false));
        assertThat(t.regions()).extracting(Cell::region, Cell::count, Cell::median, Cell::hidden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("North", null, null, true),
                        org.assertj.core.groups.Tuple.tuple("South", 40L, 9.0, false));
        assertThat(t.total()).extracting(Cell::count, Cell::median, Cell::hidden).containsExactly(null, 8.0, true);
        // nothing counted is not a small cell
        Table none = FlowMeasures.suppressed(Flow.FLEX_PAID, List.of(new Cell("North", 0L, null, null, null, false),
                new Cell("South", 12L, null, 5.0, 9.0, false)), new Cell("All regions", 12L, null, 5.0, 9.0, false));
        assertThat(none.total()).extracting(Cell::count, Cell::hidden).containsExactly(12L, false);
    }
}
