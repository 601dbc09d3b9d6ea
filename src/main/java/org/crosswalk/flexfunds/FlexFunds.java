package org.crosswalk.flexfunds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Request → approve (or decline) → pay, and reversal. Every step that moves money first takes the
 * pool's row lock ({@code select ... for update}), so decisions on one pool run one at a time and
 * each sees every earlier one: no approval can push the pool, a category's budget or a family's
 * cap below zero, and no request is paid twice (a unique index says so too). Requests and payments
 * carry an idempotency key: the same key again returns the first result and writes nothing.
 */
@Service
public class FlexFunds {

    static final int MAX_TEXT = 500;
    static final int MAX_KEY = 100;

    private final FlexRepository repository;
    private final Households households;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FlexFunds(FlexRepository repository, Households households, HouseholdAccess access, ApplicationEventPublisher events,
              Clock clock) {
        this.repository = repository;
        this.households = households;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** What a call did: {@code replayed} when the idempotency key (or the request's state) showed it was done already. */
    public record Outcome(FlexRequest request, boolean replayed) {}

    /** A family's requests, this year's pool and how much of it and of the family's cap is left. */
    public record FamilyFunds(HouseholdId household, String familyName, Pool pool, Balance poolBalance, Balance familyBalance,
                              List<FlexRequest> requests) {}

    @Transactional
    public FamilyFunds family(Viewer viewer, HouseholdId household) {
        access.requireEditable(viewer, household); // unreadable 404; partner staff, analysts, administrators 403
        var details = households.read(viewer, household);
        Pool pool = currentPool(household);
        touched(viewer, household, "FLEX_VIEWED", null);
        return new FamilyFunds(household, details.headName(), pool, pool == null ? null : repository.poolBalance(pool.id()),
                pool == null ? null : repository.familyBalance(pool.id(), pool.familyCap(), household),
                repository.requestsOf(household));
    }

    /** This fiscal year's pool of the region whose agency holds the family, or null. */
    Pool currentPool(HouseholdId household) {
        FiscalYear year = FiscalYear.of(LocalDate.now(clock));
        return repository.regionOf(household).flatMap(region -> repository.pool(region, year)).orElse(null);
    }

    @Transactional
    public Outcome request(Viewer viewer, HouseholdId household, RequestForm form) {
        access.requireEditable(viewer, household);
        String key = key(form.idempotencyKey());
        var earlier = replay(viewer, household, key);
        if (earlier != null) {
            return earlier;
        }
        Category category = Category.of(form.category())
                .orElseThrow(() -> new InvalidInput("category", "Choose what the money is for."));
        Money amount = Amount.required(form.amount(), "amount", "amount", false);
        String payee = text(form.payee(), "payee", "Enter who is paid (the landlord, the garage, the phone company...).");
        String reason = text(form.reason(), "reason", "Say how this keeps the parent working or job-searching.");
        Pool pool = currentPool(household);
        if (pool == null) {
            throw new InvalidInput("pool", "The family's region has no flexible-funds pool for "
                    + FiscalYear.of(LocalDate.now(clock)) + " yet; ask your team lead to open one.");
        }
        if (amount.compareTo(pool.familyCap()) > 0) {
            throw new InvalidInput("amount", "A family may receive at most " + pool.familyCap().format() + " a year from this pool.");
        }
        repository.lock(pool.id());
        earlier = replay(viewer, household, key); // a twin submission may have committed while we waited for the lock
        if (earlier != null) {
            return earlier;
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insertRequest(id, pool.id(), household, category, amount, payee, reason, key, viewer.userId(), now);
        touched(viewer, household, "FLEX_REQUESTED", category.name() + " " + amount.format() + " to " + payee);
        if (amount.compareTo(pool.autoApproveBelow()) < 0 && shortfall(pool, category, household, amount) == null) {
            repository.append(pool.id(), "APPROVED", category, id, household, 0, amount.cents(), 0, null, "auto-approved under "
                    + pool.autoApproveBelow().format(), viewer.userId());
            repository.markApproved(id, null, true, now);
            touched(viewer, household, "FLEX_APPROVED", "auto-approved under " + pool.autoApproveBelow().format());
        }
        return new Outcome(repository.request(id).orElseThrow(), false);
    }

    private Outcome replay(Viewer viewer, HouseholdId household, String key) {
        return repository.requestByKey(key).map(r -> {
            if (!r.household().equals(household) || r.requestedBy() != viewer.userId()) {
                throw new InvalidInput("idempotencyKey", "This idempotency key belongs to another request; send a new key.");
            }
            return new Outcome(r, true);
        }).orElse(null);
    }

    @Transactional
    public Outcome approve(Viewer viewer, UUID requestId) {
        FlexRequest request = lockedForLead(viewer, requestId);
        switch (request.status()) {
            case APPROVED, PAID -> {
                return new Outcome(request, true);
            }
            case DECLINED, REVERSED -> throw new InvalidInput("decision", "This request was " + request.status().code() + " already.");
            default -> { }
        }
        Pool pool = repository.pool(request.poolId()).orElseThrow();
        String shortfall = shortfall(pool, request.category(), request.household(), request.amount());
        if (shortfall != null) {
            throw new NotEnoughFunds(shortfall);
        }
        repository.append(pool.id(), "APPROVED", request.category(), request.id(), request.household(), 0,
                request.amount().cents(), 0, null, null, viewer.userId());
        repository.markApproved(request.id(), viewer.userId(), false, OffsetDateTime.now(clock));
        touched(viewer, request.household(), "FLEX_APPROVED", request.category().name() + " " + request.amount().format());
        return new Outcome(repository.request(request.id()).orElseThrow(), false);
    }

    @Transactional
    public Outcome decline(Viewer viewer, UUID requestId, ReasonForm form) {
        FlexRequest request = lockedForLead(viewer, requestId);
        if (request.status() == FlexRequest.Status.DECLINED) {
            return new Outcome(request, true);
        }
        if (request.status() != FlexRequest.Status.REQUESTED) {
            throw new InvalidInput("reason", "This request was " + request.status().code()
                    + " already; reverse it instead if the money should not go out.");
        }
        String reason = text(form.reason(), "reason", "Say why, so the navigator can tell the family.");
        repository.markDeclined(request.id(), viewer.userId(), reason, OffsetDateTime.now(clock));
        touched(viewer, request.household(), "FLEX_DECLINED", reason);
        return new Outcome(repository.request(request.id()).orElseThrow(), false);
    }

    @Transactional
    public Outcome pay(Viewer viewer, UUID requestId, PaymentForm form) {
        FlexRequest request = lockedForLead(viewer, requestId);
        String key = key(form.idempotencyKey());
        var earlier = repository.requestByPaymentKey(key);
        if (earlier.isPresent()) {
            if (!earlier.get().id().equals(request.id())) {
                throw new InvalidInput("idempotencyKey", "This idempotency key belongs to another payment; send a new key.");
            }
            return new Outcome(earlier.get(), true);
        }
        switch (request.status()) {
            case PAID -> throw new InvalidInput("method", "This request was paid already (" + request.paymentMethod().label()
                    + (request.paymentReference() == null ? "" : ", " + request.paymentReference()) + ").");
            case REQUESTED -> throw new InvalidInput("method", "Approve the request before recording its payment.");
            case DECLINED, REVERSED -> throw new InvalidInput("method", "This request was " + request.status().code() + ".");
            default -> { }
        }
        PaymentMethod method = PaymentMethod.of(form.method())
                .orElseThrow(() -> new InvalidInput("method", "Choose how it was paid."));
        String reference = form.reference() == null || form.reference().isBlank() ? null : form.reference().strip();
        if (reference != null && reference.length() > 100) {
            throw new InvalidInput("reference", "Keep the reference under 100 characters.");
        }
        if (reference == null && method != PaymentMethod.GIFT_CARD) {
            throw new InvalidInput("reference", "Enter the check number, card receipt or transfer reference.");
        }
        repository.append(request.poolId(), "PAID", request.category(), request.id(), request.household(), 0,
                -request.amount().cents(), request.amount().cents(), null, null, viewer.userId());
        repository.markPaid(request.id(), viewer.userId(), method, reference, key, OffsetDateTime.now(clock));
        touched(viewer, request.household(), "FLEX_PAID", request.amount().format() + " by " + method.name()
                + (reference == null ? "" : " " + reference));
        return new Outcome(repository.request(request.id()).orElseThrow(), false);
    }

    /** A correction: reversing entries for the payment and the approval, with the reason; the request ends reversed. */
    @Transactional
    public Outcome reverse(Viewer viewer, UUID requestId, ReasonForm form) {
        FlexRequest request = lockedForLead(viewer, requestId);
        if (request.status() == FlexRequest.Status.REVERSED) {
            return new Outcome(request, true);
        }
        if (!request.reversible()) {
            throw new InvalidInput("reason", "Only an approved or paid request can be reversed; this one is "
                    + request.status().code() + ".");
        }
        String reason = text(form.reason(), "reason", "Say why the approval or payment is corrected.");
        for (var entry : repository.unreversedEntries(request.id())) {
            repository.append(entry.poolId(), "REVERSAL", entry.category(), entry.requestId(), entry.household(),
                    -entry.budgetDelta().cents(), -entry.committedDelta().cents(), -entry.paidDelta().cents(), entry.id(),
                    reason, viewer.userId());
        }
        repository.markReversed(request.id(), viewer.userId(), reason, OffsetDateTime.now(clock));
        touched(viewer, request.household(), "FLEX_REVERSED", reason);
        return new Outcome(repository.request(request.id()).orElseThrow(), false);
    }

    /** Checks the role and region before anything is locked, then locks the pool and reads the request afresh. */
    private FlexRequest lockedForLead(Viewer viewer, UUID requestId) {
        FlexRequest request = repository.request(requestId).orElseThrow(() -> new RecordNotFound("request"));
        Pool pool = repository.pool(request.poolId()).orElseThrow();
        TeamLeads.requireLead(viewer, pool);
        repository.lock(pool.id());
        return repository.request(requestId).orElseThrow();
    }

    /** Why the pool, the category's budget or the family's cap cannot cover {@code amount}; null when all can. */
    String shortfall(Pool pool, Category category, HouseholdId household, Money amount) {
        Balance total = repository.poolBalance(pool.id());
        if (total.remaining().compareTo(amount) < 0) {
            return "The pool has " + total.remaining().format() + " left; " + amount.format() + " would overspend it.";
        }
        var byCategory = repository.categoryBalances(pool.id()).get(category);
        if (byCategory != null && byCategory.remaining() != null && byCategory.remaining().compareTo(amount) < 0) {
            return category.label() + " has " + byCategory.remaining().format() + " left in its budget.";
        }
        Balance family = repository.familyBalance(pool.id(), pool.familyCap(), household);
        if (family.remaining().compareTo(amount) < 0) {
            return "The family has " + family.remaining().format() + " left of its " + pool.familyCap().format() + " cap this year.";
        }
        return null;
    }

    private static String key(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInput("idempotencyKey", "Send an idempotency key (the Idempotency-Key header) so a retry does nothing twice.");
        }
        String k = key.strip();
        if (k.length() > MAX_KEY || !k.matches("[A-Za-z0-9._:-]+")) {
            throw new InvalidInput("idempotencyKey", "An idempotency key is up to " + MAX_KEY + " letters, digits, '.', '_', ':' or '-'.");
        }
        return k;
    }

    static String text(String value, String field, String whenBlank) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, whenBlank);
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new InvalidInput(field, "Keep it under " + MAX_TEXT + " characters.");
        }
        return v;
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
