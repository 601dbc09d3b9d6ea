package org.crosswalk.flexfunds;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team lead's side: the queue of requests awaiting a decision or a payment, the region's pools
 * with their balances, each pool's ledger and reports (by category, family, outcome), and managing
 * a pool's budget, cap and auto-approve threshold. Administrators see every region's pools without
 * family names.
 */
@Service
public class Pools {

    static final int LEDGER_PAGE = 50;
    static final int QUEUE_LIMIT = 200;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final FlexRepository repository;
    private final FlexReports reports;
    private final FamilyNames names;
    private final Organisation organisation;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    Pools(FlexRepository repository, FlexReports reports, FamilyNames names, Organisation organisation,
          org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reports = reports;
        this.names = names;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    public record PoolSummary(Pool pool, Balance balance, TimeToCash timeToCash) {}

    /** A request on a list, with the family's name when the viewer may read the family (else null). */
    public record Line(FlexRequest request, String familyName, String requestedBy, String poolName) {}

    public record Team(boolean lead, List<PoolSummary> pools, List<Line> awaitingDecision, List<Line> awaitingPayment,
                       FiscalYear currentYear) {}

    @Transactional
    public Team team(Viewer viewer) {
        TeamLeads.requirePoolViewer(viewer);
        boolean lead = viewer.role() == Role.TEAM_LEAD;
        List<Pool> pools = repository.pools(lead ? viewer.regionId() : null);
        List<PoolSummary> summaries = pools.stream()
                .map(p -> new PoolSummary(p, repository.poolBalance(p.id()), reports.timeToCash(p.id()))).toList();
        if (!lead) {
            return new Team(false, summaries, List.of(), List.of(), FiscalYear.of(LocalDate.now(clock)));
        }
        List<Long> ids = pools.stream().map(Pool::id).toList();
        Map<Long, Pool> byId = pools.stream().collect(Collectors.toMap(Pool::id, p -> p));
        var pending = repository.requests(ids, FlexRequest.Status.REQUESTED, QUEUE_LIMIT);
        var approved = repository.requests(ids, FlexRequest.Status.APPROVED, QUEUE_LIMIT);
        var named = names.of(viewer, Stream.concat(pending.stream(), approved.stream()).map(FlexRequest::household).toList());
        Map<Long, String> staff = organisation.staffNames();
        return new Team(true, summaries, lines(pending, named, staff, byId), lines(approved, named, staff, byId),
                FiscalYear.of(LocalDate.now(clock)));
    }

    private static List<Line> lines(List<FlexRequest> requests, Map<HouseholdId, String> named, Map<Long, String> staff,
                                    Map<Long, Pool> pools) {
        return requests.stream().map(r -> new Line(r, named.get(r.household()), staff.get(r.requestedBy()),
                pools.get(r.poolId()).name())).toList();
    }

    public record CategoryLine(Category category, Money budgeted, Money committed, Money paid, Money remaining, long requests) {}

    public record LedgerLine(long id, String kind, Category category, UUID requestId, String familyName,
                             boolean hasFamily, Money budgetDelta, Money committedDelta, Money paidDelta, Long reverses,
                             String reason, String recordedBy, java.time.OffsetDateTime recordedAt) {}

    public record FamilySpend(String familyName, long requests, Money paid) {}

    public record PoolPage(Pool pool, boolean lead, boolean manages, boolean namesShown, Balance balance,
                           List<CategoryLine> categories, TimeToCash timeToCash, PageOf<LedgerLine> ledger,
                           List<FlexReports.ByCategory> byCategory, List<FamilySpend> byFamily, FamilySpend otherFamilies,
                           List<FlexReports.ByOutcome> byOutcome) {}

    @Transactional
    public PoolPage pool(Viewer viewer, long poolId, int page) {
        Pool pool = visiblePool(viewer, poolId);
        int p = Math.max(0, page);
        var entries = repository.ledger(pool.id(), p, LEDGER_PAGE);
        var byFamily = reports.byFamily(pool.id());
        var named = names.of(viewer, Stream.concat(entries.stream().map(FlexRepository.Entry::household).filter(h -> h != null),
                byFamily.stream().map(FlexReports.ByFamily::household)).toList());
        Map<Long, String> staff = organisation.staffNames();
        var ledger = entries.stream().map(e -> new LedgerLine(e.id(), e.kind(), e.category(), e.requestId(),
                e.household() == null ? null : named.get(e.household()), e.household() != null, e.budgetDelta(),
                e.committedDelta(), e.paidDelta(), e.reverses(), e.reason(),
                e.recordedBy() == null ? null : staff.get(e.recordedBy()), e.recordedAt())).toList();
        List<FamilySpend> families = new ArrayList<>();
        long otherFamilies = 0;
        long otherRequests = 0;
        long otherPaid = 0;
        for (var f : byFamily) {
            String name = named.get(f.household());
            if (name == null) {
                otherFamilies++;
                otherRequests += f.requests();
                otherPaid += f.paid().cents();
            } else {
                families.add(new FamilySpend(name, f.requests(), f.paid()));
            }
        }
        var byCategory = reports.byCategory(pool.id());
        return new PoolPage(pool, TeamLeads.leads(viewer, pool), TeamLeads.manages(viewer, pool), viewer.mayOpenFamilies(),
                repository.poolBalance(pool.id()), categories(pool, byCategory), reports.timeToCash(pool.id()),
                new PageOf<>(ledger, p, LEDGER_PAGE, repository.ledgerSize(pool.id())), byCategory,
                families, otherFamilies == 0 ? null : new FamilySpend(otherFamilies + (otherFamilies == 1 ? " family" : " families")
                + " not shared with you", otherRequests, new Money(otherPaid)), reports.byOutcome(pool.id()));
    }

    private List<CategoryLine> categories(Pool pool, List<FlexReports.ByCategory> counts) {
        var balances = repository.categoryBalances(pool.id());
        Map<Category, Long> requests = counts.stream().collect(Collectors.toMap(FlexReports.ByCategory::category,
                FlexReports.ByCategory::requests));
        return Arrays.stream(Category.values()).map(c -> {
            var b = balances.get(c);
            long n = requests.getOrDefault(c, 0L);
            return b == null ? new CategoryLine(c, null, Money.ZERO, Money.ZERO, null, n)
                    : new CategoryLine(c, b.budgeted(), b.committed(), b.paid(), b.remaining(), n);
        }).toList();
    }

    /** The pool's balances, for the API and for checks. */
    @Transactional(readOnly = true)
    public Balance balance(Viewer viewer, long poolId) {
        return repository.poolBalance(visiblePool(viewer, poolId).id());
    }

    /** A request with the pool, for the team lead deciding or paying it. */
    public record RequestView(FlexRequest request, Pool pool, String familyName, String requestedBy, String decidedBy,
                              String paidBy, Balance poolBalance, Balance familyBalance, String shortfall) {}

    @Transactional
    public RequestView request(Viewer viewer, UUID requestId, FlexFunds funds) {
        FlexRequest r = repository.request(requestId).orElseThrow(() -> new RecordNotFound("request"));
        Pool pool = repository.pool(r.poolId()).orElseThrow();
        TeamLeads.requireLead(viewer, pool);
        Map<Long, String> staff = organisation.staffNames();
        String name = names.of(viewer, List.of(r.household())).get(r.household());
        // The payee and reason are the family's personal data, whether or not the lead may read the family's record.
        events.publishEvent(new org.crosswalk.shared.PersonalDataTouched(r.household(), viewer.userId(), viewer.username(),
                "FLEX_REQUEST_VIEWED", r.category().name() + " " + r.amount().format()));
        return new RequestView(r, pool, name, staff.get(r.requestedBy()), r.decidedBy() == null ? null : staff.get(r.decidedBy()),
                r.paidBy() == null ? null : staff.get(r.paidBy()), repository.poolBalance(pool.id()),
                repository.familyBalance(pool.id(), pool.familyCap(), r.household()),
                r.awaitingDecision() ? funds.shortfall(pool, r.category(), r.household(), r.amount()) : null);
    }

    private Pool visiblePool(Viewer viewer, long poolId) {
        TeamLeads.requirePoolViewer(viewer);
        Pool pool = repository.pool(poolId).orElseThrow(() -> new RecordNotFound("pool"));
        TeamLeads.requireManager(viewer, pool);
        return pool;
    }

    // ---- managing pools

    public List<Organisation.Region> regionsFor(Viewer viewer) {
        TeamLeads.requirePoolViewer(viewer);
        return organisation.regions().stream()
                .filter(r -> viewer.role() == Role.ADMINISTRATOR || r.id() == viewer.regionId()).toList();
    }

    @Transactional
    public long create(Viewer viewer, PoolForm form) {
        TeamLeads.requirePoolViewer(viewer);
        long region;
        if (viewer.role() == Role.TEAM_LEAD) {
            region = viewer.regionId();
        } else if (form.regionId() == null || organisation.regions().stream().noneMatch(r -> r.id() == form.regionId())) {
            throw new InvalidInput("regionId", "Choose the region.");
        } else {
            region = form.regionId();
        }
        if (form.fiscalYear() == null || form.fiscalYear() < 2000 || form.fiscalYear() > 2200) {
            throw new InvalidInput("fiscalYear", "Enter the fiscal year by the year it ends, like 2027 for July 2026–June 2027.");
        }
        Money budget = Amount.required(form.budget(), "budget", "budget", false);
        Money cap = Amount.required(form.familyCap(), "familyCap", "cap per family", false);
        Money threshold = Amount.required(form.autoApproveBelow(), "autoApproveBelow", "auto-approve threshold", true);
        checkSettings(budget, cap, threshold);
        long id;
        try {
            id = repository.insertPool(region, new FiscalYear(form.fiscalYear()), cap, threshold, viewer.userId());
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("fiscalYear", "The region has a pool for FY" + form.fiscalYear() + " already.");
        }
        repository.append(id, "BUDGET", null, null, null, budget.cents(), 0, 0, null, "Opening budget", viewer.userId());
        return id;
    }

    private static void checkSettings(Money budget, Money cap, Money threshold) {
        if (budget != null && cap.compareTo(budget) > 0) {
            throw new InvalidInput("familyCap", "The cap per family cannot be more than the whole budget (" + budget.format() + ").");
        }
        if (threshold.compareTo(cap) > 0) {
            throw new InvalidInput("autoApproveBelow", "The auto-approve threshold cannot be above the cap per family (" + cap.format() + ").");
        }
    }

    @Transactional
    public void settings(Viewer viewer, long poolId, SettingsForm form) {
        Pool pool = visiblePool(viewer, poolId);
        Money cap = Amount.required(form.familyCap(), "familyCap", "cap per family", false);
        Money threshold = Amount.required(form.autoApproveBelow(), "autoApproveBelow", "auto-approve threshold", true);
        repository.lock(pool.id());
        checkSettings(repository.poolBalance(pool.id()).budgeted(), cap, threshold);
        repository.updateSettings(pool.id(), cap, threshold, viewer.userId());
    }

    /** Sets the pool's (category blank) or a category's budget to a new total, as one BUDGET entry for the difference. */
    @Transactional
    public void budget(Viewer viewer, long poolId, BudgetForm form) {
        Pool pool = visiblePool(viewer, poolId);
        Category category = form.category() == null || form.category().isBlank() ? null
                : Category.of(form.category()).orElseThrow(() -> new InvalidInput("category", "Choose a category from the list."));
        Money amount = Amount.required(form.amount(), "amount", "new budget", true);
        String reason = FlexFunds.text(form.reason(), "reason", "Say why the budget changes (a grant, a transfer, a correction).");
        repository.lock(pool.id());
        long current;
        long used;
        if (category == null) {
            Balance b = repository.poolBalance(pool.id());
            current = b.budgeted().cents();
            used = b.used().cents();
        } else {
            var b = repository.categoryBalances(pool.id()).get(category);
            current = b == null || b.budgeted() == null ? 0 : b.budgeted().cents();
            used = b == null ? 0 : b.committed().cents() + b.paid().cents();
        }
        if (amount.cents() < used) {
            throw new InvalidInput("amount", "Already committed and paid: " + new Money(used).format() + "; the budget cannot be less.");
        }
        repository.append(pool.id(), "BUDGET", category, null, null, amount.cents() - current, 0, 0, null, reason, viewer.userId());
    }

    // ---- every region, for administrators, state analysts and team leads: totals, no names

    @Transactional(readOnly = true)
    public List<FlexReports.RegionRow> regions(Viewer viewer) {
        requireRegionReader(viewer);
        return reports.regions();
    }

    static final List<String> REGION_CSV_HEADER = List.of("region", "fiscal_year", "budgeted", "committed", "paid", "remaining",
            "requests", "paid_requests", "median_hours_to_cash", "p90_hours_to_cash");

    @Transactional(readOnly = true)
    public String regionsCsv(Viewer viewer) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(REGION_CSV_HEADER.toArray(String[]::new)).get())) {
            for (var r : regions(viewer)) {
                csv.printRecord(r.region(), r.fiscalYear(), r.budgeted().dollars().toPlainString(), r.committed().dollars().toPlainString(),
                        r.paid().dollars().toPlainString(), r.remaining().dollars().toPlainString(), r.requests(), r.paidRequests(),
                        hours(r.medianHours()), hours(r.p90Hours()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String hours(Double h) {
        return h == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", h);
    }

    private static void requireRegionReader(Viewer viewer) {
        if (viewer.role() != Role.ADMINISTRATOR && viewer.role() != Role.STATE_ANALYST && viewer.role() != Role.TEAM_LEAD) {
            throw new org.springframework.security.access.AccessDeniedException("The regions' flexible-funds totals are for team leads, state analysts and administrators.");
        }
    }

    // ---- CSV

    static final List<String> CSV_HEADER = List.of("request_id", "fiscal_year", "category", "amount", "status", "requested_at",
            "decided_at", "paid_at", "paid_net", "hours_to_cash", "family");

    /** Every request of the pool, oldest first; the family column is empty for families the viewer may not read. */
    @Transactional
    public String csv(Viewer viewer, long poolId) {
        Pool pool = visiblePool(viewer, poolId);
        List<FlexRequest> requests = repository.requestsInPool(pool.id());
        Map<java.util.UUID, Long> paidNet = repository.paidNet(pool.id());
        var named = names.of(viewer, requests.stream().map(FlexRequest::household).collect(Collectors.toSet()));
        ZoneId zone = clock.getZone();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (FlexRequest r : requests) {
                var cash = r.timeToCash();
                csv.printRecord(r.id(), pool.fiscalYear().year(), r.category().name(), r.amount().dollars().toPlainString(),
                        r.status().code(), time(r.requestedAt(), zone), time(r.decidedAt(), zone), time(r.paidAt(), zone),
                        new Money(paidNet.getOrDefault(r.id(), 0L)).dollars().toPlainString(),
                        cash == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", cash.toSeconds() / 3600.0),
                        named.getOrDefault(r.household(), ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String time(java.time.OffsetDateTime t, ZoneId zone) {
        return t == null ? "" : ISO.format(t.atZoneSameInstant(zone).toOffsetDateTime());
    }
}
