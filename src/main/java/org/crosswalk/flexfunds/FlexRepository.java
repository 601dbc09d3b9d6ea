package org.crosswalk.flexfunds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for pools, requests and the ledger; every balance is a sum over ledger entries. */
@Repository
class FlexRepository {

    private static final String POOL = """
            select p.id, p.region_id, p.fiscal_year, p.family_cap_cents, p.auto_approve_below_cents,
                   coalesce((select d.region_name from access.agency_directory d where d.region_id = p.region_id limit 1),
                            'Region ' || p.region_id) as region_name
              from flexfunds.pool p
            """;

    private static final String REQUEST = """
            select id, pool_id, household_id, category, amount_cents, payee, reason, status, requested_by, requested_at,
                   decided_by, decided_at, auto_approved, decline_reason, paid_by, paid_at, payment_method,
                   payment_reference, reversed_at, reversal_reason
              from flexfunds.request
            """;

    private final JdbcClient jdbc;

    FlexRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- pools

    Optional<Pool> pool(long id) {
        return jdbc.sql(POOL + " where p.id = :id").param("id", id).query(FlexRepository::pool).optional();
    }

    Optional<Pool> pool(long region, FiscalYear year) {
        return jdbc.sql(POOL + " where p.region_id = :r and p.fiscal_year = :y")
                .param("r", region).param("y", year.year()).query(FlexRepository::pool).optional();
    }

    /** Pools of one region, or of every region when {@code region} is null; newest year first. */
    List<Pool> pools(Long region) {
        return jdbc.sql(POOL + " where (cast(:r as bigint) is null or p.region_id = :r) order by p.fiscal_year desc, region_name")
                .param("r", region).query(FlexRepository::pool).list();
    }

    /** Takes the pool's row lock until the transaction ends: every money decision on a pool runs one at a time. */
    void lock(long pool) {
        jdbc.sql("select id from flexfunds.pool where id = :id for update").param("id", pool).query(Long.class).single();
    }

    long insertPool(long region, FiscalYear year, Money familyCap, Money threshold, long by) {
        return jdbc.sql("""
                        insert into flexfunds.pool (region_id, fiscal_year, family_cap_cents, auto_approve_below_cents, created_by)
                        values (:r, :y, :cap, :t, :by) returning id
                        """)
                .param("r", region).param("y", year.year()).param("cap", familyCap.cents()).param("t", threshold.cents())
                .param("by", by).query(Long.class).single();
    }

    void updateSettings(long pool, Money familyCap, Money threshold, long by) {
        jdbc.sql("""
                        update flexfunds.pool set family_cap_cents = :cap, auto_approve_below_cents = :t, updated_by = :by,
                               updated_at = now() where id = :id
                        """)
                .param("cap", familyCap.cents()).param("t", threshold.cents()).param("by", by).param("id", pool).update();
    }

    /** The region of the agency that holds the household, from published views. */
    Optional<Long> regionOf(HouseholdId household) {
        return jdbc.sql("""
                        select d.region_id from families.caseload c join access.agency_directory d on d.agency_id = c.owner_agency_id
                         where c.household_id = :h
                        """)
                .param("h", household.value()).query(Long.class).optional();
    }

    // ---- requests

    Optional<FlexRequest> request(UUID id) {
        return jdbc.sql(REQUEST + " where id = :id").param("id", id).query(FlexRepository::request).optional();
    }

    Optional<FlexRequest> requestByKey(String key) {
        return jdbc.sql(REQUEST + " where idempotency_key = :k").param("k", key).query(FlexRepository::request).optional();
    }

    Optional<FlexRequest> requestByPaymentKey(String key) {
        return jdbc.sql(REQUEST + " where payment_key = :k").param("k", key).query(FlexRepository::request).optional();
    }

    List<FlexRequest> requestsOf(HouseholdId household) {
        return jdbc.sql(REQUEST + " where household_id = :h order by requested_at desc, id")
                .param("h", household.value()).query(FlexRepository::request).list();
    }

    /** Requests in the given pools with the given status, oldest first (the queue's order). */
    List<FlexRequest> requests(Collection<Long> pools, FlexRequest.Status status, int limit) {
        if (pools.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REQUEST + " where pool_id in (:pools) and status = :s order by requested_at, id limit :limit")
                .param("pools", pools).param("s", status.code()).param("limit", limit).query(FlexRepository::request).list();
    }

    List<FlexRequest> requestsInPool(long pool) {
        return jdbc.sql(REQUEST + " where pool_id = :p order by requested_at, id").param("p", pool)
                .query(FlexRepository::request).list();
    }

    void insertRequest(UUID id, long pool, HouseholdId household, Category category, Money amount, String payee,
                       String reason, String key, long by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into flexfunds.request (id, pool_id, household_id, category, amount_cents, payee, reason,
                                                       idempotency_key, requested_by, requested_at)
                        values (:id, :pool, :h, :cat, :amount, :payee, :reason, :key, :by, :at)
                        """)
                .param("id", id).param("pool", pool).param("h", household.value()).param("cat", category.name())
                .param("amount", amount.cents()).param("payee", payee).param("reason", reason).param("key", key)
                .param("by", by).param("at", at).update();
    }

    void markApproved(UUID id, Long by, boolean auto, OffsetDateTime at) {
        jdbc.sql("""
                        update flexfunds.request set status = 'approved', decided_by = :by, decided_at = :at, auto_approved = :auto
                         where id = :id and status = 'requested'
                        """)
                .param("by", by).param("at", at).param("auto", auto).param("id", id).update();
    }

    void markDeclined(UUID id, long by, String reason, OffsetDateTime at) {
        jdbc.sql("""
                        update flexfunds.request set status = 'declined', decided_by = :by, decided_at = :at, decline_reason = :reason
                         where id = :id and status = 'requested'
                        """)
                .param("by", by).param("at", at).param("reason", reason).param("id", id).update();
    }

    void markPaid(UUID id, long by, PaymentMethod method, String reference, String key, OffsetDateTime at) {
        jdbc.sql("""
                        update flexfunds.request set status = 'paid', paid_by = :by, paid_at = :at, payment_method = :m,
                               payment_reference = :ref, payment_key = :key
                         where id = :id and status = 'approved'
                        """)
                .param("by", by).param("at", at).param("m", method.name()).param("ref", reference).param("key", key)
                .param("id", id).update();
    }

    void markReversed(UUID id, long by, String reason, OffsetDateTime at) {
        jdbc.sql("""
                        update flexfunds.request set status = 'reversed', reversed_by = :by, reversed_at = :at, reversal_reason = :reason
                         where id = :id and status in ('approved', 'paid')
                        """)
                .param("by", by).param("at", at).param("reason", reason).param("id", id).update();
    }

    // ---- the ledger

    record Entry(long id, long poolId, String kind, Category category, UUID requestId, HouseholdId household,
                 Money budgetDelta, Money committedDelta, Money paidDelta, Long reverses, String reason, Long recordedBy,
                 OffsetDateTime recordedAt) {}

    long append(long pool, String kind, Category category, UUID request, HouseholdId household, long budget,
                long committed, long paid, Long reverses, String reason, Long by) {
        return jdbc.sql("""
                        insert into flexfunds.ledger_entry (pool_id, kind, category, request_id, household_id, budget_delta,
                                                            committed_delta, paid_delta, reverses, reason, recorded_by)
                        values (:pool, :kind, :cat, :req, :h, :b, :c, :p, :rev, :reason, :by) returning id
                        """)
                .param("pool", pool).param("kind", kind).param("cat", category == null ? null : category.name())
                .param("req", request).param("h", household == null ? null : household.value())
                .param("b", budget).param("c", committed).param("p", paid).param("rev", reverses)
                .param("reason", reason).param("by", by).query(Long.class).single();
    }

    /** The request's entries not yet reversed, newest first: what a reversal must negate. */
    List<Entry> unreversedEntries(UUID request) {
        return jdbc.sql("""
                        select * from flexfunds.ledger_entry e
                         where e.request_id = :r and e.kind <> 'REVERSAL'
                           and not exists (select 1 from flexfunds.ledger_entry x where x.reverses = e.id)
                         order by e.id desc
                        """)
                .param("r", request).query(FlexRepository::entry).list();
    }

    List<Entry> ledger(long pool, int page, int size) {
        return jdbc.sql("select * from flexfunds.ledger_entry where pool_id = :p order by id desc limit :size offset :offset")
                .param("p", pool).param("size", size).param("offset", (long) page * size).query(FlexRepository::entry).list();
    }

    /** Per request of the pool: paid net of reversals. */
    Map<UUID, Long> paidNet(long pool) {
        Map<UUID, Long> net = new java.util.HashMap<>();
        jdbc.sql("select request_id, sum(paid_delta) as paid from flexfunds.ledger_entry where pool_id = :p and request_id is not null group by request_id")
                .param("p", pool).query((rs, n) -> net.put(rs.getObject("request_id", UUID.class), rs.getLong("paid"))).list();
        return net;
    }

    long ledgerSize(long pool) {
        return jdbc.sql("select count(*) from flexfunds.ledger_entry where pool_id = :p").param("p", pool)
                .query(Long.class).single();
    }

    /** The pool's whole balance: its budget (category null), all commitments and all payments. */
    Balance poolBalance(long pool) {
        return jdbc.sql("""
                        select coalesce(sum(budget_delta) filter (where category is null), 0) as budgeted,
                               coalesce(sum(committed_delta), 0) as committed, coalesce(sum(paid_delta), 0) as paid
                          from flexfunds.ledger_entry where pool_id = :p
                        """)
                .param("p", pool).query(FlexRepository::balance).single();
    }

    /** Per category: its own budget (null when the pool gives it none) and what it used. */
    record CategoryBalance(Category category, Money budgeted, Money committed, Money paid) {
        Money remaining() {
            return budgeted == null ? null : new Money(budgeted.cents() - committed.cents() - paid.cents());
        }
    }

    Map<Category, CategoryBalance> categoryBalances(long pool) {
        Map<Category, CategoryBalance> all = new EnumMap<>(Category.class);
        jdbc.sql("""
                        select category, bool_or(kind = 'BUDGET' or (kind = 'REVERSAL' and budget_delta <> 0)) as has_budget,
                               sum(budget_delta) as budgeted, sum(committed_delta) as committed, sum(paid_delta) as paid
                          from flexfunds.ledger_entry where pool_id = :p and category is not null group by category
                        """)
                .param("p", pool).query((rs, n) -> {
                    Category c = Category.valueOf(rs.getString("category"));
                    all.put(c, new CategoryBalance(c, rs.getBoolean("has_budget") ? new Money(rs.getLong("budgeted")) : null,
                            new Money(rs.getLong("committed")), new Money(rs.getLong("paid"))));
                    return null;
                }).list();
        return all;
    }

    /** What one family was committed and paid from the pool. */
    Balance familyBalance(long pool, Money cap, HouseholdId household) {
        return jdbc.sql("""
                        select :cap as budgeted, coalesce(sum(committed_delta), 0) as committed, coalesce(sum(paid_delta), 0) as paid
                          from flexfunds.ledger_entry where pool_id = :p and household_id = :h
                        """)
                .param("cap", cap.cents()).param("p", pool).param("h", household.value())
                .query(FlexRepository::balance).single();
    }

    // ---- mapping

    private static Pool pool(ResultSet rs, int n) throws SQLException {
        return new Pool(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_name"),
                new FiscalYear(rs.getInt("fiscal_year")), new Money(rs.getLong("family_cap_cents")),
                new Money(rs.getLong("auto_approve_below_cents")));
    }

    private static Balance balance(ResultSet rs, int n) throws SQLException {
        return new Balance(new Money(rs.getLong("budgeted")), new Money(rs.getLong("committed")), new Money(rs.getLong("paid")));
    }

    static FlexRequest request(ResultSet rs, int n) throws SQLException {
        String method = rs.getString("payment_method");
        return new FlexRequest(rs.getObject("id", UUID.class), rs.getLong("pool_id"),
                new HouseholdId(rs.getObject("household_id", UUID.class)), Category.valueOf(rs.getString("category")),
                new Money(rs.getLong("amount_cents")), rs.getString("payee"), rs.getString("reason"),
                FlexRequest.Status.of(rs.getString("status")), rs.getLong("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class), (Long) rs.getObject("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getBoolean("auto_approved"), rs.getString("decline_reason"),
                (Long) rs.getObject("paid_by"), rs.getObject("paid_at", OffsetDateTime.class),
                method == null ? null : PaymentMethod.valueOf(method), rs.getString("payment_reference"),
                rs.getObject("reversed_at", OffsetDateTime.class), rs.getString("reversal_reason"));
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category");
        UUID household = rs.getObject("household_id", UUID.class);
        return new Entry(rs.getLong("id"), rs.getLong("pool_id"), rs.getString("kind"),
                category == null ? null : Category.valueOf(category), rs.getObject("request_id", UUID.class),
                household == null ? null : new HouseholdId(household), new Money(rs.getLong("budget_delta")),
                new Money(rs.getLong("committed_delta")), new Money(rs.getLong("paid_delta")), (Long) rs.getObject("reverses"),
                rs.getString("reason"), (Long) rs.getObject("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
