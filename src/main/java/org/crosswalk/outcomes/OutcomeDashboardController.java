package org.crosswalk.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.access.Viewer;
import org.crosswalk.demo.DemoData;
import org.crosswalk.outcomes.OutcomeDashboard.Cell;
import org.crosswalk.outcomes.OutcomeDashboard.IncomeCell;
import org.crosswalk.outcomes.OutcomeDashboard.Dashboard;
import org.crosswalk.outcomes.OutcomeDashboard.Line;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The program dashboard page and its CSV export; both show exactly the same, suppressed, figures. */
@Controller
class OutcomeDashboardController {

    private final OutcomeDashboard dashboard;
    private final DemoData demo;
    private final Metrics metrics;
    private final FlowMeasures flows;

    OutcomeDashboardController(OutcomeDashboard dashboard, DemoData demo, Metrics metrics, FlowMeasures flows) {
        this.metrics = metrics;
        this.flows = flows;
        this.dashboard = dashboard;
        this.demo = demo;
    }

    @GetMapping("/overview/outcomes")
    String show(Viewer viewer, @RequestParam(required = false) String reportDate, Model model) {
        LocalDate date = Reports.pageDate(dashboard, reportDate, model);
        model.addAttribute("dashboard", dashboard.of(viewer, date));
        model.addAttribute("demo", demo.loaded());
        model.addAttribute("computedAt", metrics.computedAt());
        model.addAttribute("flows", flows.of(viewer, date));
        model.addAttribute("regionIds", dashboard.regionIds());
        return "outcomes/dashboard";
    }

    @GetMapping("/overview/outcomes.csv")
    ResponseEntity<?> csv(Viewer viewer, @RequestParam(required = false) String reportDate) {
        return Reports.csvFor(dashboard, reportDate, "crosswalk-outcomes", date -> csvOf(dashboard.of(viewer, date)));
    }

    @GetMapping("/overview/outcomes/flow.csv")
    ResponseEntity<?> flowCsv(Viewer viewer, @RequestParam(required = false) String reportDate) {
        return Reports.csvFor(dashboard, reportDate, "crosswalk-flow", date -> flowCsvOf(date, flows.of(viewer, date)));
    }

    static String flowCsvOf(LocalDate date, List<FlowMeasures.Table> tables) {
        StringBuilder out = new StringBuilder(Csv.record(List.of("report_date", "from", "measure", "region", "count", "part",
                "median", "p90", "unit")));
        for (FlowMeasures.Table t : tables) {
            List<FlowMeasures.Cell> cells = new ArrayList<>(t.regions());
            if (t.total() != null) {
                cells.add(t.total());
            }
            for (FlowMeasures.Cell c : cells) {
                boolean hidden = c.hidden();
                out.append(Csv.record(List.of(date.toString(), date.minusDays(364).toString(), t.flow().name(), c.region(),
                        c.count() == null ? SmallCells.HIDDEN : c.count().toString(),
                        c.part() == null ? (hidden && t.flow() == Flow.REFERRALS_ENROLLED ? SmallCells.HIDDEN : "") : c.part().toString(),
                        c.median() == null ? (hidden && c.count() == null ? SmallCells.HIDDEN : "") : String.format(java.util.Locale.US, "%.1f", c.median()),
                        c.p90() == null ? (hidden && c.count() == null && t.flow() == Flow.FLEX_PAID ? SmallCells.HIDDEN : "")
                                : String.format(java.util.Locale.US, "%.1f", c.p90()),
                        t.flow().unit())));
            }
        }
        return out.toString();
    }

    static String csvOf(Dashboard d) {
        StringBuilder out = new StringBuilder(Csv.record(List.of("report_date", "measure", "measure_name", "region",
                "numerator", "denominator", "rate_percent", "pending", "goal_percent", "goal_source", "median_cents")));
        for (Line line : d.lines()) {
            List<Cell> cells = new ArrayList<>(line.regions());
            if (line.total() != null) {
                cells.add(line.total());
            }
            for (Cell c : cells) {
                Integer goal = line.goal().goalPercent();
                out.append(Csv.record(List.of(d.reportDate().toString(), line.metric().name(), line.metric().label(), c.region(),
                        c.suppressed() ? SmallCells.HIDDEN : Long.toString(c.numerator()),
                        c.suppressed() ? SmallCells.HIDDEN : Long.toString(c.denominator()),
                        c.suppressed() ? SmallCells.HIDDEN : c.percent() == null ? "" : c.percent().toString(),
                        c.pendingSuppressed() ? SmallCells.HIDDEN : Long.toString(c.pending()),
                        goal == null ? "" : goal.toString(),
                        line.goal().goalSource() == null ? "" : line.goal().goalSource(), "")));
            }
        }
        // Income change: the denominator is the enrollments counted, the median in cents.
        for (IncomeCell c : d.income()) {
            for (boolean earned : new boolean[] {true, false}) {
                IncomeChange i = c.change();
                Long median = i == null ? null : earned ? i.medianEarnedChangeCents() : i.medianTotalChangeCents();
                out.append(Csv.record(List.of(d.reportDate().toString(),
                        earned ? "MEDIAN_EARNED_INCOME_CHANGE" : "MEDIAN_TOTAL_INCOME_CHANGE",
                        earned ? "Median change in earned monthly income" : "Median change in total monthly income",
                        c.region(), "", i == null || c.countHidden() ? SmallCells.HIDDEN : Long.toString(i.counted()), "", "", "", "",
                        i == null ? SmallCells.HIDDEN : median == null ? "" : median.toString())));
            }
        }
        return out.toString();
    }
}
