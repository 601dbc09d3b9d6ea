package org.crosswalk.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.demo.DemoData;
import org.crosswalk.outcomes.Breakdowns.Breakdown;
import org.crosswalk.outcomes.Breakdowns.Figure;
import org.crosswalk.outcomes.Breakdowns.Group;
import org.crosswalk.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Equity and comparison: every measure by race and ethnicity, sex, household type, joint service,
 * region, agency, navigator or enrollment quarter, with a chart of one measure across the groups
 * (over time, for quarters), and the same table as CSV.
 */
@Controller
class BreakdownController {

    private final Breakdowns breakdowns;
    private final OutcomeDashboard dashboard;
    private final Organisation organisation;
    private final DemoData demo;
    private final JsonMapper json;
    private final Metrics metrics;

    BreakdownController(Breakdowns breakdowns, OutcomeDashboard dashboard, Organisation organisation, DemoData demo,
                        JsonMapper json, Metrics metrics) {
        this.metrics = metrics;
        this.breakdowns = breakdowns;
        this.dashboard = dashboard;
        this.organisation = organisation;
        this.demo = demo;
        this.json = json;
    }

    /** The request, checked: each bad field is named with what to type instead. */
    record Query(Dimension by, Metric chart, LocalDate reportDate, Long region, Map<String, String> errors) {}

    private Query query(Viewer viewer, String by, String chart, String reportDate, String region) {
        Map<String, String> errors = new LinkedHashMap<>();
        Dimension dimension = Dimension.RACE;
        if (by != null && !by.isBlank()) {
            try {
                dimension = Dimension.valueOf(by.strip());
            } catch (IllegalArgumentException e) {
                errors.put("by", "Choose what to break the measures down by from the list.");
            }
        }
        Metric metric = Metric.EMPLOYED_WITHIN_12_MONTHS;
        if (chart != null && !chart.isBlank()) {
            try {
                metric = Metric.valueOf(chart.strip());
            } catch (IllegalArgumentException e) {
                errors.put("chart", "Choose the measure to chart from the list.");
            }
        }
        LocalDate date = dashboard.today();
        try {
            date = dashboard.reportDate(reportDate);
        } catch (InvalidInput e) {
            errors.put("reportDate", e.getMessage());
        }
        Long regionId = null;
        if (region != null && !region.isBlank() && viewer.role() != Role.TEAM_LEAD) {
            try {
                long id = Long.parseLong(region.strip());
                if (organisation.regions().stream().noneMatch(r -> r.id() == id)) {
                    errors.put("region", "There is no such region; choose one from the list.");
                } else {
                    regionId = id;
                }
            } catch (NumberFormatException e) {
                errors.put("region", "Choose a region from the list.");
            }
        }
        return new Query(dimension, metric, date, regionId, errors);
    }

    @GetMapping("/overview/outcomes/breakdown")
    String show(Viewer viewer, @RequestParam(required = false) String by, @RequestParam(required = false) String chart,
                @RequestParam(required = false) String reportDate, @RequestParam(required = false) String region,
                Model model) {
        Query q = query(viewer, by, chart, reportDate, region);
        Breakdown b = breakdowns.of(viewer, q.by(), q.reportDate(), q.region());
        model.addAttribute("b", b);
        model.addAttribute("q", q);
        model.addAttribute("typedDate", reportDate == null || reportDate.isBlank() ? q.reportDate().toString() : reportDate);
        model.addAttribute("dimensions", Dimension.choosable());
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("regions", viewer.role() == Role.TEAM_LEAD ? List.of() : organisation.regions());
        // In a <script> element nothing is unescaped, so "<" is written as \u003c to keep "</script>" out.
        model.addAttribute("chartJson", json.writeValueAsString(chartData(b, q.chart())).replace("<", "\\u003c"));
        model.addAttribute("demo", demo.loaded());
        model.addAttribute("computedAt", metrics.computedAt());
        return "outcomes/breakdown";
    }

    @GetMapping("/overview/outcomes/breakdown.csv")
    ResponseEntity<?> csv(Viewer viewer, @RequestParam(required = false) String by, @RequestParam(required = false) String reportDate,
                          @RequestParam(required = false) String region) {
        Query q = query(viewer, by, null, reportDate, region);
        if (!q.errors().isEmpty()) {
            return Reports.refused(String.join("\n", q.errors().values()));
        }
        Breakdown b = breakdowns.of(viewer, q.by(), q.reportDate(), q.region());
        return Reports.csv("crosswalk-outcomes-by-" + q.by().name().toLowerCase() + "-" + q.reportDate() + ".csv", csvOf(b));
    }

    static String csvOf(Breakdown b) {
        StringBuilder out = new StringBuilder(Csv.record(List.of("report_date", "dimension", "group", "measure",
                "numerator", "denominator", "rate_percent", "median_cents")));
        List<Group> rows = new ArrayList<>(b.groups());
        rows.add(b.total());
        for (Group g : rows) {
            for (Metric m : Metric.values()) {
                Figure f = g.figure(m);
                out.append(Csv.record(List.of(b.reportDate().toString(), b.dimension().name(), g.label(), m.name(),
                        f.suppressed() ? SmallCells.HIDDEN : Long.toString(f.numerator()),
                        f.suppressed() ? SmallCells.HIDDEN : Long.toString(f.denominator()),
                        f.suppressed() ? SmallCells.HIDDEN : f.percent() == null ? "" : f.percent().toString(), "")));
            }
            // Income change: the denominator is the enrollments counted, the median in cents.
            IncomeChange i = g.income();
            boolean hidden = i == null && b.suppressionApplied();
            for (String measure : List.of("MEDIAN_EARNED_INCOME_CHANGE", "MEDIAN_TOTAL_INCOME_CHANGE")) {
                Long median = i == null ? null : measure.contains("EARNED") ? i.medianEarnedChangeCents() : i.medianTotalChangeCents();
                out.append(Csv.record(List.of(b.reportDate().toString(), b.dimension().name(), g.label(), measure, "",
                        hidden ? SmallCells.HIDDEN : i == null ? "0" : Long.toString(i.counted()), "",
                        hidden ? SmallCells.HIDDEN : median == null ? "" : median.toString())));
            }
        }
        return out.toString();
    }

    /** What the chart draws: group labels, the rate in percent (null where hidden or nobody counted), and the goal. */
    static Map<String, Object> chartData(Breakdown b, Metric metric) {
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Group g : b.groups()) {
            labels.add(g.label());
            values.add(g.figure(metric).percent());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", metric.label());
        data.put("kind", b.dimension() == Dimension.COHORT ? "line" : "bar");
        data.put("labels", labels);
        data.put("values", values);
        data.put("goal", MetricGoal.of(metric).goalPercent());
        return data;
    }
}
