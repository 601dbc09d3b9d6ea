package org.crosswalk.flexfunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.employment.Jobs;
import org.crosswalk.employment.PlacementForm;
import org.crosswalk.employment.Schedule;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pool's reports worked out by hand: time from request to payment, spend by category, by family
 * (names only of families the lead may read), by outcome, and the CSV, line for line.
 *
 * <pre>
 *   request                         family   requested  paid after   paid
 *   PHONE $85.00                    shared   T          1 h          85.00
 *   TRANSPORTATION $45.50           shared   T+1d       2 h          45.50
 *   CAR_REPAIR $300.00              private  T+2d       3 h         300.00
 *   CHILD_CARE $120.00              private  T+3d       4 h         120.00
 *   WORK_CLOTHES $60.00             shared   T+4d      10 h          60.00
 *   EXAM_FEES $150.00               private  T+5d       unpaid         0
 * </pre>
 * Hours to cash sorted: 1, 2, 3, 4, 10. Median: the 3rd, 3.0 h. 90th percentile (interpolated,
 * as percentile_cont): position 0.9 × (5 − 1) = 3.6, between the 4th (4 h) and 5th (10 h):
 * 4 + 0.6 × 6 = 7.6 h. Shared family paid 85 + 45.50 + 60 = $190.50 over 3 requests; the private
 * one $420.00 over 3. The shared family's parent got a job; the private family did not:
 * spend per family with a job $190.50, without $420.00.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlexReportsTest {

    @Autowired Pools pools;
    @Autowired FlexBatch batch;
    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired Jobs jobs;
    @Autowired Clock clock;

    FlexTeam team;
    long pool;
    HouseholdId shared;
    HouseholdId hidden;
    List<UUID> ids;
    OffsetDateTime t;

    @BeforeAll
    void history() {
        team = FlexTeam.of(fixtures, "Reports");
        Viewer lead = team.lead().viewer();
        pool = pools.create(lead, new PoolForm(null, FiscalYear.of(LocalDate.now(clock)).year(), "5000", "1000", "0"));
        shared = team.sharedFamily("Flexcash");
        hidden = team.privateFamily("Flexhidden");
        t = OffsetDateTime.now(clock).minusDays(30).truncatedTo(ChronoUnit.HOURS);
        ids = batch.insert(List.of(
                paid(shared, Category.PHONE, 85_00, 0, 1),
                paid(shared, Category.TRANSPORTATION, 45_50, 1, 2),
                paid(hidden, Category.CAR_REPAIR, 300_00, 2, 3),
                paid(hidden, Category.CHILD_CARE, 120_00, 3, 4),
                paid(shared, Category.WORK_CLOTHES, 60_00, 4, 10),
                new FlexBatch.PastRequest(pool, hidden, Category.EXAM_FEES, new Money(150_00), "Pearson VUE", "Exam",
                        team.navigator().viewer().userId(), t.plusDays(5), null, null, false, null, null, null, null, null)));
        var head = households.read(team.navigator().viewer(), shared).head();
        jobs.recordPlacement(team.navigator().viewer(), shared, new PlacementForm(head.id(), null, "Riverbend Home Care",
                "Home health aide", "17.50", "32", Schedule.REGULAR, List.of(), LocalDate.now(clock).minusDays(10), null, null, false));
    }

    private FlexBatch.PastRequest paid(HouseholdId family, Category category, long cents, int day, int hoursToCash) {
        long nav = team.navigator().viewer().userId();
        long lead = team.lead().viewer().userId();
        OffsetDateTime asked = t.plusDays(day);
        return new FlexBatch.PastRequest(pool, family, category, new Money(cents), "Payee " + day, "Reason " + day, nav, asked,
                lead, asked.plusMinutes(30), false, null, lead, asked.plusHours(hoursToCash), PaymentMethod.CHECK, "C" + day);
    }

    @Test
    void timeToCashMedianAndNinetiethPercentile() {
        var page = pools.pool(team.lead().viewer(), pool, 0);
        assertThat(page.timeToCash().paidRequests()).isEqualTo(5);
        assertThat(page.timeToCash().medianHours()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(page.timeToCash().p90Hours()).isCloseTo(7.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(page.timeToCash().median()).isEqualTo("3.0 hours");
        assertThat(page.timeToCash().p90()).isEqualTo("7.6 hours");
        assertThat(TimeToCash.format(60.0)).isEqualTo("2.5 days");
        assertThat(TimeToCash.format(0.25)).isEqualTo("15 min");
    }

    @Test
    void spendByCategoryFamilyAndOutcome() {
        var page = pools.pool(team.lead().viewer(), pool, 0);
        assertThat(page.balance()).isEqualTo(new Balance(new Money(5000_00), Money.ZERO, new Money(610_50)));
        assertThat(page.byCategory()).extracting(c -> c.category() + " " + c.requests() + " " + c.paid().format()).containsExactly(
                "CAR_REPAIR 1 $300.00", "CHILD_CARE 1 $120.00", "PHONE 1 $85.00", "WORK_CLOTHES 1 $60.00",
                "TRANSPORTATION 1 $45.50", "EXAM_FEES 1 $0.00");
        assertThat(page.byFamily()).extracting(f -> f.familyName() + " " + f.requests() + " " + f.paid().format())
                .containsExactly("Ana Flexcash 3 $190.50");
        assertThat(page.otherFamilies().familyName()).isEqualTo("1 family not shared with you");
        assertThat(page.otherFamilies().paid()).isEqualTo(new Money(420_00));
        assertThat(page.byOutcome()).extracting(o -> o.gotJob() + " " + o.families() + " " + o.perFamily().format())
                .containsExactly("true 1 $190.50", "false 1 $420.00");
        // Administrators see the same money without a name.
        var admin = fixtures.staff("flex-reports-admin", org.crosswalk.access.Role.ADMINISTRATOR, null, null).viewer();
        var seen = pools.pool(admin, pool, 0);
        assertThat(seen.byFamily()).isEmpty();
        assertThat(seen.otherFamilies().familyName()).isEqualTo("2 families not shared with you");
    }

    @Test
    void theRegionReportShowsThePoolsTotalsToAnAnalystWithoutAName() {
        var analyst = fixtures.staff("flex-reports-analyst", org.crosswalk.access.Role.STATE_ANALYST, null, null).viewer();
        var row = pools.regions(analyst).stream().filter(r -> r.poolId() == pool).findFirst().orElseThrow();
        assertThat(row.region()).isEqualTo("Flex Reports");
        assertThat(row.budgeted()).isEqualTo(new Money(5000_00));
        assertThat(row.paid()).isEqualTo(new Money(610_50));
        assertThat(row.remaining()).isEqualTo(new Money(4389_50));
        assertThat(row.requests()).isEqualTo(6);
        assertThat(row.paidRequests()).isEqualTo(5);
        int fy = FiscalYear.of(LocalDate.now(clock)).year();
        assertThat(pools.regionsCsv(analyst).split("\r\n")).contains("Flex Reports," + fy + ",5000.00,0.00,610.50,4389.50,6,5,3.0,7.6");
    }

    @Test
    void theCsvHasOneLinePerRequestAndNamesOnlyReadableFamilies() {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        java.util.function.Function<OffsetDateTime, String> at = x -> iso.format(x.atZoneSameInstant(clock.getZone()).toOffsetDateTime());
        String csv = pools.csv(team.lead().viewer(), pool);
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("request_id,fiscal_year,category,amount,status,requested_at,decided_at,paid_at,paid_net,hours_to_cash,family");
        int fy = FiscalYear.of(LocalDate.now(clock)).year();
        assertThat(lines[1]).isEqualTo(ids.get(0) + "," + fy + ",PHONE,85.00,paid," + at.apply(t) + "," + at.apply(t.plusMinutes(30)) + ","
                + at.apply(t.plusHours(1)) + ",85.00,1.0,Ana Flexcash");
        assertThat(lines[3]).isEqualTo(ids.get(2) + "," + fy + ",CAR_REPAIR,300.00,paid," + at.apply(t.plusDays(2)) + ","
                + at.apply(t.plusDays(2).plusMinutes(30)) + "," + at.apply(t.plusDays(2).plusHours(3)) + ",300.00,3.0,");
        assertThat(lines[6]).isEqualTo(ids.get(5) + "," + fy + ",EXAM_FEES,150.00,requested," + at.apply(t.plusDays(5)) + ",,,0.00,,");
        assertThat(lines).hasSize(8);   // header, 6 requests, and the empty string after the last CRLF
        assertThat(lines[7]).isEmpty();
    }
}
