package org.crosswalk.outcomes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosswalk.access.Organisation.Region;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.outcomes.Cabinet.CostLine;
import org.crosswalk.outcomes.Cabinet.Progress;
import org.crosswalk.outcomes.OutcomeDashboard.Cell;
import org.crosswalk.outcomes.OutcomeDashboard.IncomeCell;
import org.crosswalk.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-page summary of a region for funders: the region's cells of the dashboard, the cabinet and
 * the flow measures, exactly as those pages show them to the same viewer (same suppression), so the
 * summary can never say more than the pages do.
 */
@Service
public class RegionSummary {

    public record Measure(Metric metric, MetricGoal goal, Cell cell) {}

    public record FlowLine(Flow flow, FlowMeasures.Cell cell) {}

    public record Summary(Region region, LocalDate reportDate, OffsetDateTime computedAt, List<Measure> measures,
                          IncomeCell income, List<FlowLine> flows, CostLine cost, List<Progress> proofPoints,
                          boolean suppressionApplied) {}

    private final OutcomeDashboard dashboard;
    private final FlowMeasures flows;
    private final Cabinet cabinet;
    private final Metrics metrics;

    RegionSummary(OutcomeDashboard dashboard, FlowMeasures flows, Cabinet cabinet, Metrics metrics) {
        this.dashboard = dashboard;
        this.flows = flows;
        this.cabinet = cabinet;
        this.metrics = metrics;
    }

    /** A team lead's own region whatever is asked; an analyst's chosen region, which must exist. */
    public Region regionFor(Viewer viewer, String typed) {
        List<Region> regions = cabinet.regions();
        if (viewer.role() == Role.TEAM_LEAD) {
            return regions.stream().filter(r -> viewer.regionId() != null && r.id() == viewer.regionId()).findFirst()
                    .orElseThrow(() -> new InvalidInput("region", "Your account has no region."));
        }
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput("region", "Choose the region to summarise.");
        }
        try {
            long id = Long.parseLong(typed.strip());
            return regions.stream().filter(r -> r.id() == id).findFirst()
                    .orElseThrow(() -> new InvalidInput("region", "There is no such region; choose one from the list."));
        } catch (NumberFormatException e) {
            throw new InvalidInput("region", "Choose the region to summarise from the list.");
        }
    }

    @Transactional(readOnly = true)
    public Summary of(Viewer viewer, Region region, LocalDate reportDate) {
        var d = dashboard.of(viewer, reportDate);
        List<Measure> measures = d.lines().stream()
                .map(l -> new Measure(l.metric(), l.goal(), l.regions().stream()
                        .filter(c -> c.region().equals(region.name())).findFirst().orElseThrow()))
                .toList();
        IncomeCell income = d.income().stream().filter(c -> c.region().equals(region.name())).findFirst().orElseThrow();
        List<FlowLine> flowLines = flows.of(viewer, reportDate).stream()
                .map(t -> new FlowLine(t.flow(), t.regions().stream().filter(c -> c.region().equals(region.name()))
                        .findFirst().orElseThrow()))
                .toList();
        var overview = cabinet.overview(viewer, reportDate);
        CostLine cost = overview.costs().stream().filter(c -> c.region().equals(region.name())).findFirst().orElseThrow();
        List<Progress> points = overview.proofPoints().stream()
                .filter(p -> p.point().regionId() != null && p.point().regionId() == region.id()).toList();
        return new Summary(region, reportDate, metrics.computedAt(), measures, income, flowLines, cost, points,
                d.suppressionApplied());
    }
}
