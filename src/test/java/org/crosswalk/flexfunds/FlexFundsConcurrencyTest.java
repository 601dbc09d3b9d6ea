package org.crosswalk.flexfunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Never overspend, never pay twice, under load on real PostgreSQL: 16 threads issue 10,000
 * approvals and payments — each approval and each payment sent twice, the twin usually in flight
 * at the same moment on another thread, with the same idempotency key — against one pool whose
 * budget, category budgets and family caps are far below the demand. Afterwards the ledger sums
 * exactly to the balances, no cap is exceeded and no request is paid twice. Prints its figures.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlexFundsConcurrencyTest {

    static final int THREADS = 16;
    static final int REQUESTS = 2_500;          // × (approve, approve again, pay, pay again) = 10,000 operations
    static final int FAMILIES = 60;
    static final long BUDGET = 150_000_00;      // demand is about 2,500 × $160 = $400,000
    static final long FAMILY_CAP = 3_000_00;    // 60 × $3,000 = $180,000 of caps, more than the budget
    static final long PHONE_BUDGET = 20_000_00; // each category is asked for about $100,000
    static final long CAR_BUDGET = 30_000_00;
    static final List<Category> CATEGORIES = List.of(Category.PHONE, Category.CAR_REPAIR, Category.CHILD_CARE, Category.TRANSPORTATION);

    @Autowired FlexFunds funds;
    @Autowired Pools pools;
    @Autowired FlexBatch batch;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private record Op(UUID request, boolean pay, String key) {}

    @Test
    void sixteenThreadsTenThousandApprovalsAndPaymentsNeverOverspendNorPayTwice() throws Exception {
        FlexTeam team = FlexTeam.of(fixtures, "Concurrency");
        Viewer lead = team.lead().viewer();
        long pool = pools.create(lead, new PoolForm(null, FiscalYear.of(LocalDate.now(clock)).year(),
                new Money(BUDGET).dollars().toPlainString(), new Money(FAMILY_CAP).dollars().toPlainString(), "0"));
        pools.budget(lead, pool, new BudgetForm("PHONE", new Money(PHONE_BUDGET).dollars().toPlainString(), "test"));
        pools.budget(lead, pool, new BudgetForm("CAR_REPAIR", new Money(CAR_BUDGET).dollars().toPlainString(), "test"));
        List<HouseholdId> families = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            families.add(team.privateFamily("Flexload" + (char) ('a' + i % 26) + (char) ('a' + i / 26)));
        }
        Random dice = new Random(4);
        OffsetDateTime asked = OffsetDateTime.now(clock).minusHours(1);
        List<FlexBatch.PastRequest> pending = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            pending.add(new FlexBatch.PastRequest(pool, families.get(dice.nextInt(FAMILIES)), CATEGORIES.get(dice.nextInt(CATEGORIES.size())),
                    new Money((20 + dice.nextInt(281)) * 100L), "Payee " + i, "Load test", team.navigator().viewer().userId(),
                    asked, null, null, false, null, null, null, null, null));
        }
        List<UUID> requests = batch.insert(pending);

        // Each approval and payment twice, side by side in the queue so two threads take the twins together.
        ConcurrentLinkedQueue<Op> queue = new ConcurrentLinkedQueue<>();
        for (UUID r : requests) {
            queue.add(new Op(r, false, null));
            queue.add(new Op(r, false, null));
        }
        for (UUID r : requests) {
            String key = "pay-" + r;
            queue.add(new Op(r, true, key));
            queue.add(new Op(r, true, key));
        }
        Map<UUID, AtomicInteger> approvalsDone = new ConcurrentHashMap<>();
        requests.forEach(r -> approvalsDone.put(r, new AtomicInteger()));
        AtomicLong operations = new AtomicLong();
        AtomicLong approved = new AtomicLong();
        AtomicLong approvalReplays = new AtomicLong();
        AtomicLong refusedForFunds = new AtomicLong();
        AtomicLong paid = new AtomicLong();
        AtomicLong paymentReplays = new AtomicLong();
        AtomicLong paymentsOfUnapproved = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();

        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            running.add(threads.submit(() -> {
                Op op;
                while ((op = queue.poll()) != null) {
                    if (op.pay() && approvalsDone.get(op.request()).get() < 2) {
                        queue.add(op); // a client pays what it saw approved: wait until both approval clicks answered
                        Thread.onSpinWait();
                        continue;
                    }
                    operations.incrementAndGet();
                    try {
                        if (op.pay()) {
                            var outcome = funds.pay(lead, op.request(), new PaymentForm("CHECK", "L-" + op.request(), op.key()));
                            (outcome.replayed() ? paymentReplays : paid).incrementAndGet();
                        } else {
                            try {
                                var outcome = funds.approve(lead, op.request());
                                (outcome.replayed() ? approvalReplays : approved).incrementAndGet();
                            } finally {
                                approvalsDone.get(op.request()).incrementAndGet();
                            }
                        }
                    } catch (NotEnoughFunds e) {
                        refusedForFunds.incrementAndGet();
                    } catch (InvalidInput e) {
                        if (op.pay() && e.getMessage().startsWith("Approve the request")) {
                            paymentsOfUnapproved.incrementAndGet();
                        } else {
                            unexpected.incrementAndGet();
                            e.printStackTrace();
                        }
                    } catch (RuntimeException e) {
                        unexpected.incrementAndGet();
                        e.printStackTrace();
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;

        System.out.printf("""
                        flexfunds concurrency: %d threads, %d operations (%d approvals and %d payments, each sent twice) in %.1f s (%.0f ops/s; machine shared with other builds)
                          approved %d, approvals refused for lack of funds %d, approval retries absorbed %d
                          paid %d, payment retries absorbed %d, payments of unapproved requests refused %d
                          retries absorbed in all %d
                        """, THREADS, operations.get(), (long) REQUESTS, (long) REQUESTS, elapsed, operations.get() / elapsed,
                approved.get(), refusedForFunds.get(), approvalReplays.get(), paid.get(), paymentReplays.get(),
                paymentsOfUnapproved.get(), approvalReplays.get() + paymentReplays.get());

        assertThat(unexpected.get()).as("unexpected failures").isZero();
        assertThat(operations.get()).isEqualTo(4L * REQUESTS);
        assertThat(refusedForFunds.get()).as("the demand exceeds the money, so some approvals are refused").isPositive();
        // Every twin of a decision and of a payment was absorbed: one did it, the other did nothing new.
        assertThat(approvalReplays.get()).isEqualTo(approved.get());
        assertThat(paymentReplays.get()).isEqualTo(paid.get());
        assertThat(paid.get()).isEqualTo(approved.get());
        assertThat(refusedForFunds.get()).isEqualTo(2 * (REQUESTS - approved.get()));
        assertThat(paymentsOfUnapproved.get()).isEqualTo(2 * (REQUESTS - approved.get()));

        // The ledger sums exactly to the balances, and the balances to the requests' own states.
        Balance balance = pools.balance(lead, pool);
        long paidByRequests = jdbc.sql("select coalesce(sum(amount_cents), 0) from flexfunds.request where pool_id = :p and status = 'paid'")
                .param("p", pool).query(Long.class).single();
        assertThat(balance.budgeted().cents()).isEqualTo(BUDGET);
        assertThat(balance.committed().cents()).isZero();
        assertThat(balance.paid().cents()).isEqualTo(paidByRequests);
        assertThat(jdbc.sql("select count(*) from flexfunds.request where pool_id = :p and status = 'paid'").param("p", pool)
                .query(Long.class).single()).isEqualTo(paid.get());
        assertThat(balance.remaining().cents()).isNotNegative();
        System.out.printf("  pool: budget %s, paid %s, remaining %s%n", balance.budgeted(), balance.paid(), balance.remaining());

        // No cap exceeded: categories with their own budget, and every family.
        for (var c : jdbc.sql("""
                        select category, sum(budget_delta) as budget, sum(committed_delta + paid_delta) as used
                          from flexfunds.ledger_entry where pool_id = :p and category in ('PHONE', 'CAR_REPAIR') group by category
                        """).param("p", pool).query((rs, n) -> new long[] {rs.getLong("budget"), rs.getLong("used")}).list()) {
            assertThat(c[1]).isLessThanOrEqualTo(c[0]);
        }
        assertThat(jdbc.sql("""
                        select coalesce(max(used), 0) from (select sum(committed_delta + paid_delta) as used from flexfunds.ledger_entry
                         where pool_id = :p and household_id is not null group by household_id) f
                        """).param("p", pool).query(Long.class).single()).isLessThanOrEqualTo(FAMILY_CAP);
        // Never paid twice: one PAID entry per paid request, one APPROVED per approved one.
        assertThat(jdbc.sql("""
                        select count(*) from (select request_id from flexfunds.ledger_entry where pool_id = :p and kind in ('PAID', 'APPROVED')
                         group by request_id, kind having count(*) > 1) twice
                        """).param("p", pool).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from flexfunds.ledger_entry where pool_id = :p and kind = 'PAID'").param("p", pool)
                .query(Long.class).single()).isEqualTo(paid.get());

        // The ledger pages: 3 budget entries + one APPROVED and one PAID per paid request, 50 a page, newest first.
        long entries = 3 + 2 * paid.get();
        var second = pools.pool(lead, pool, 1).ledger();
        assertThat(second.total()).isEqualTo(entries);
        assertThat(second.items()).hasSize(50);
        assertThat(second.pages()).isEqualTo((int) ((entries + 49) / 50));
        var last = pools.pool(lead, pool, second.pages() - 1).ledger();
        assertThat(last.items().getLast().kind()).isEqualTo("BUDGET");
        assertThat(last.items().getLast().reason()).isEqualTo("Opening budget");
    }

    @Test
    void sixteenIdenticalRequestSubmissionsAtOnceMakeOneRequest() throws Exception {
        FlexTeam team = FlexTeam.of(fixtures, "Twinclicks");
        pools.create(team.lead().viewer(), new PoolForm(null, FiscalYear.of(LocalDate.now(clock)).year(), "1000", "500", "100"));
        HouseholdId family = team.sharedFamily("Flextwins");
        var form = new RequestForm("TRANSPORTATION", "45", "CTtransit", "Bus pass", "twin-" + UUID.randomUUID());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<FlexFunds.Outcome>> answers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            answers.add(threads.submit(() -> funds.request(team.navigator().viewer(), family, form)));
        }
        List<FlexFunds.Outcome> outcomes = new ArrayList<>();
        for (var a : answers) {
            outcomes.add(a.get(1, TimeUnit.MINUTES));
        }
        threads.shutdown();
        assertThat(outcomes.stream().map(o -> o.request().id()).distinct()).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.replayed())).hasSize(1);
        // $45 is under the $100 threshold: approved once, committed once.
        assertThat(jdbc.sql("select count(*) from flexfunds.ledger_entry where household_id = :h").param("h", family.value())
                .query(Long.class).single()).isEqualTo(1);
    }
}
