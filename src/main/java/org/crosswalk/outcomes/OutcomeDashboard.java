package org.crosswalk.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Organisation.Region;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program dashboard: every outcome measure per region and for all regions, beside its goal. State
 * analysts see every region under the small-cell rule ({@link SmallCells}); a team lead sees their own
 * region, unsuppressed, and no total. Aggregates only, so nothing is audited.
 */
@Service
public class OutcomeDashboard {

    static final String ALL_REGIONS = "All regions";

    /**
     * One region's figure for one measure; {@code suppressed} hides numerator, denominator and rate,
     * {@code pendingSuppressed} the pending count (a count of families too, so it follows the same rule).
     */
    public record Cell(String region, long numerator, long denominator, long pending, Double rate, boolean suppressed,
                       boolean pendingSuppressed) {

        Cell(String region, long numerator, long denominator, long pending, Double rate, boolean suppressed) {
            this(region, numerator, denominator, pending, rate, suppressed, false);
        }

        static Cell of(String region, MetricResult r) {
            return new Cell(region, r.numerator(), r.denominator(), r.pending(), r.rate(), false);
        }

        Cell hidden() {
            return new Cell(region, 0, 0, pending, null, true, pendingSuppressed);
        }

        Cell pendingHidden() {
            return new Cell(region, numerator, denominator, 0, rate, suppressed, true);
        }

        /** A pending count of 1 to 10 families is hidden; none pending is not a small cell. */
        boolean smallPending() {
            return pending > 0 && SmallCells.tooSmall(pending);
        }

        /** The rate as a whole percentage, or null when nobody's window has closed. */
        public Integer percent() {
            return suppressed || rate == null ? null : (int) Math.round(100 * rate);
        }
    }

    public record Line(Metric metric, MetricGoal goal, List<Cell> regions, Cell total) {}

    /**
     * A region's median income change; {@code change} is null when hidden (fewer than 11 counted, for
     * analysts), and {@code countHidden} hides the all-regions count that would reveal a hidden region's.
     */
    public record IncomeCell(String region, IncomeChange change, boolean countHidden) {}

    public record Dashboard(LocalDate reportDate, List<Line> lines, List<IncomeCell> income, boolean suppressionApplied) {}

    private final Metrics metrics;
    private final Organisation organisation;
    private final Clock clock;

    OutcomeDashboard(Metrics metrics, Organisation organisation, Clock clock) {
        this.metrics = metrics;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Region IDs by name, for links from a region's row. */
    public Map<String, Long> regionIds() {
        Map<String, Long> ids = new java.util.HashMap<>();
        organisation.regions().forEach(r -> ids.put(r.name(), r.id()));
        return ids;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The report date typed in the form: blank means today; it cannot be in the future. */
    public LocalDate reportDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return today();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("reportDate", "Enter the report date as a date, for example " + today() + ".");
        }
        if (date.isAfter(today())) {
            throw new InvalidInput("reportDate", "The report date cannot be in the future: outcomes are judged on days that have passed.");
        }
        return date;
    }

    @Transactional(readOnly = true)
    public Dashboard of(Viewer viewer, LocalDate reportDate) {
        boolean ownRegionOnly = viewer.role() == Role.TEAM_LEAD;
        List<Region> regions = organisation.regions().stream()
                .filter(r -> !ownRegionOnly || viewer.regionId() != null && r.id() == viewer.regionId())
                .toList();
        Filter filter = ownRegionOnly ? Filter.region(viewer.regionId()) : Filter.everywhere();
        Map<String, Map<Metric, MetricResult>> byRegion = metrics.by(Dimension.REGION, reportDate, filter);
        Map<Metric, MetricResult> all = ownRegionOnly ? Map.of() : metrics.by(Dimension.ALL, reportDate, filter)
                .getOrDefault("ALL", Map.of());
        List<Line> lines = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            List<Cell> cells = regions.stream()
                    .map(r -> Cell.of(r.name(), resultOf(byRegion.get(String.valueOf(r.id())), metric)))
                    .toList();
            lines.add(ownRegionOnly
                    ? new Line(metric, MetricGoal.of(metric), cells, null)
                    : suppressed(metric, cells, Cell.of(ALL_REGIONS, resultOf(all, metric))));
        }
        Map<String, IncomeChange> incomeByRegion = metrics.incomeChangeBy(Dimension.REGION, reportDate, filter);
        List<IncomeCell> income = new ArrayList<>();
        boolean anyIncomeHidden = false;
        for (Region r : regions) {
            IncomeChange c = incomeByRegion.getOrDefault(String.valueOf(r.id()), new IncomeChange(null, null, 0, 0, 0));
            boolean hide = !ownRegionOnly && SmallCells.tooSmall(c.counted());
            anyIncomeHidden |= hide;
            income.add(new IncomeCell(r.name(), hide ? null : c, false));
        }
        if (!ownRegionOnly) {
            IncomeChange allIncome = metrics.incomeChange(reportDate, filter);
            income.add(new IncomeCell(ALL_REGIONS, SmallCells.tooSmall(allIncome.counted()) ? null : allIncome,
                    anyIncomeHidden && regions.size() > 1));
        }
        return new Dashboard(reportDate, lines, income, !ownRegionOnly);
    }

    private static MetricResult resultOf(Map<Metric, MetricResult> group, Metric metric) {
        return group == null || !group.containsKey(metric) ? MetricResult.of(metric, 0, 0, 0) : group.get(metric);
    }

    /**
     * Hides each region whose denominator is under {@link SmallCells#SMALLEST_SHOWN}, and the total by
     * {@link SmallCells#totalHidden}; pending counts of 1 to 10 families likewise, with the total
     * pending hidden when any region's is.
     */
    static Line suppressed(Metric metric, List<Cell> regions, Cell total) {
        boolean anyHidden = regions.stream().anyMatch(c -> SmallCells.tooSmall(c.denominator()));
        boolean anyPendingHidden = regions.stream().anyMatch(Cell::smallPending);
        List<Cell> shown = regions.stream()
                .map(c -> c.smallPending() ? c.pendingHidden() : c)
                .map(c -> SmallCells.tooSmall(c.denominator()) ? c.hidden() : c)
                .toList();
        Cell all = total;
        if (anyPendingHidden && regions.size() > 1 || total.smallPending()) {
            all = all.pendingHidden();
        }
        if (SmallCells.totalHidden(anyHidden, regions.size(), total.denominator())) {
            all = all.hidden();
        }
        return new Line(metric, MetricGoal.of(metric), shown, all);
    }
}
