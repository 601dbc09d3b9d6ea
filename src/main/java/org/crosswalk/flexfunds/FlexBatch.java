package org.crosswalk.flexfunds;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes past flexible-funds history at once (demo data, a migration from a spreadsheet): a pool
 * and requests with their decisions and payments at the times they happened, with the same ledger
 * entries the live path writes. A system load publishes no audit events: nobody viewed anything.
 * It checks no caps; the caller brings a history that kept them.
 */
@Service
public class FlexBatch {

    private final FlexRepository repository;
    private final JdbcClient jdbc;

    FlexBatch(FlexRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** The pool of the region of {@code agencyId} for the year, opened with {@code budget} if there is none yet. */
    @Transactional
    public long pool(long agencyId, FiscalYear year, Money budget, Money familyCap, Money autoApproveBelow, long by) {
        long region = jdbc.sql("select region_id from access.agency_directory where agency_id = :a").param("a", agencyId)
                .query(Long.class).single();
        return repository.pool(region, year).map(Pool::id).orElseGet(() -> {
            long id = repository.insertPool(region, year, familyCap, autoApproveBelow, by);
            repository.append(id, "BUDGET", null, null, null, budget.cents(), 0, 0, null, "Opening budget", by);
            return id;
        });
    }

    public long requests(long pool) {
        return jdbc.sql("select count(*) from flexfunds.request where pool_id = :p").param("p", pool).query(Long.class).single();
    }

    /** A request as it went: decided (approved unless {@code declineReason}) and paid when those times are set. */
    public record PastRequest(long pool, HouseholdId household, Category category, Money amount, String payee, String reason,
                              long requestedBy, OffsetDateTime requestedAt, Long decidedBy, OffsetDateTime decidedAt,
                              boolean autoApproved, String declineReason, Long paidBy, OffsetDateTime paidAt,
                              PaymentMethod method, String reference) {}

    @Transactional
    public List<UUID> insert(List<PastRequest> requests) {
        return requests.stream().map(this::insert).toList();
    }

    private UUID insert(PastRequest r) {
        UUID id = UUID.randomUUID();
        repository.insertRequest(id, r.pool(), r.household(), r.category(), r.amount(), r.payee(), r.reason(),
                "batch-" + id, r.requestedBy(), r.requestedAt());
        if (r.decidedAt() == null) {
            return id;
        }
        if (r.declineReason() != null) {
            repository.markDeclined(id, r.decidedBy(), r.declineReason(), r.decidedAt());
            return id;
        }
        entry(id, r, "APPROVED", r.amount().cents(), 0, r.decidedBy() == null ? r.requestedBy() : r.decidedBy(), r.decidedAt());
        repository.markApproved(id, r.decidedBy(), r.autoApproved(), r.decidedAt());
        if (r.paidAt() != null) {
            entry(id, r, "PAID", -r.amount().cents(), r.amount().cents(), r.paidBy(), r.paidAt());
            repository.markPaid(id, r.paidBy(), r.method(), r.reference(), "batch-payment-" + id, r.paidAt());
        }
        return id;
    }

    private void entry(UUID id, PastRequest r, String kind, long committed, long paid, long by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into flexfunds.ledger_entry (pool_id, kind, category, request_id, household_id, committed_delta,
                                                            paid_delta, recorded_by, recorded_at)
                        values (:pool, :kind, :cat, :id, :h, :c, :p, :by, :at)
                        """)
                .param("pool", r.pool()).param("kind", kind).param("cat", r.category().name()).param("id", id)
                .param("h", r.household().value()).param("c", committed).param("p", paid).param("by", by).param("at", at)
                .update();
    }
}
