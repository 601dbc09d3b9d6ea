package org.crosswalk.outcomes;

import java.time.LocalDate;
import java.util.List;
import org.crosswalk.access.Viewer;
import org.crosswalk.demo.DemoData;
import org.crosswalk.outcomes.Cabinet.CostLine;
import org.crosswalk.outcomes.Cabinet.Overview;
import org.crosswalk.outcomes.Cabinet.Progress;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cabinet page: proof points with their progress, cost per outcome, and the analysts' forms. */
@Controller
class CabinetController {

    private final Cabinet cabinet;
    private final OutcomeDashboard dashboard;
    private final DemoData demo;

    CabinetController(Cabinet cabinet, OutcomeDashboard dashboard, DemoData demo) {
        this.cabinet = cabinet;
        this.dashboard = dashboard;
        this.demo = demo;
    }

    @GetMapping("/overview/cabinet")
    String show(Viewer viewer, @RequestParam(required = false) String reportDate, Model model) {
        LocalDate date = Reports.pageDate(dashboard, reportDate, model);
        return page(viewer, date, new ProgramCostForm("", String.valueOf(LocalDate.now().getYear()), ""), model);
    }

    private String page(Viewer viewer, LocalDate date, ProgramCostForm costForm, Model model) {
        model.addAttribute("cabinet", cabinet.overview(viewer, date));
        model.addAttribute("costs", cabinet.programCosts(viewer));
        model.addAttribute("regions", cabinet.regions());
        if (!model.containsAttribute("costForm")) {
            model.addAttribute("costForm", costForm);
        }
        model.addAttribute("demo", demo.loaded());
        return "outcomes/cabinet";
    }

    @PostMapping("/overview/cabinet/costs")
    String recordCost(Viewer viewer, @ModelAttribute("costForm") ProgramCostForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        try {
            cabinet.recordProgramCost(viewer, form);
            redirect.addFlashAttribute("saved", "Program cost recorded.");
            return "redirect:/overview/cabinet";
        } catch (InvalidInput e) {
            binding.rejectValue(e.field().equals("costRegionId") ? "regionId" : e.field(), "invalid", e.getMessage());
        }
        model.addAttribute("typedDate", dashboard.today().toString());
        return page(viewer, dashboard.today(), form, model);
    }

    @GetMapping("/overview/cabinet/proof-points/new")
    String newProofPoint(Viewer viewer, Model model) {
        return form(viewer, ProofPointForm.blank(), null, model);
    }

    @PostMapping("/overview/cabinet/proof-points")
    String create(Viewer viewer, @ModelAttribute("form") ProofPointForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        try {
            cabinet.createProofPoint(viewer, form);
            redirect.addFlashAttribute("saved", "Proof point added.");
            return "redirect:/overview/cabinet";
        } catch (InvalidInput e) {
            binding.rejectValue(e.field(), "invalid", e.getMessage());
        }
        return form(viewer, form, null, model);
    }

    @GetMapping("/overview/cabinet/proof-points/{id}/edit")
    String edit(Viewer viewer, @PathVariable long id, Model model) {
        return form(viewer, cabinet.formOf(cabinet.proofPoint(viewer, id)), id, model);
    }

    @PostMapping("/overview/cabinet/proof-points/{id}")
    String update(Viewer viewer, @PathVariable long id, @ModelAttribute("form") ProofPointForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        try {
            cabinet.updateProofPoint(viewer, id, form);
            redirect.addFlashAttribute("saved", "Proof point saved.");
            return "redirect:/overview/cabinet";
        } catch (InvalidInput e) {
            binding.rejectValue(e.field(), "invalid", e.getMessage());
        }
        return form(viewer, form, id, model);
    }

    private String form(Viewer viewer, ProofPointForm form, Long id, Model model) {
        if (id == null) {
            // Only analysts add proof points: ask before showing the form.
            cabinet.requireManager(viewer);
        }
        model.addAttribute("form", form);
        model.addAttribute("proofPointId", id);
        model.addAttribute("regions", cabinet.regions());
        model.addAttribute("agencies", cabinet.agencyChoices().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("metrics", Metric.values());
        return "outcomes/proof-point";
    }

    @GetMapping("/overview/cabinet.csv")
    ResponseEntity<?> csv(Viewer viewer, @RequestParam(required = false) String reportDate) {
        return Reports.csvFor(dashboard, reportDate, "crosswalk-cabinet", date -> csvOf(cabinet.overview(viewer, date)));
    }

    static String csvOf(Overview o) {
        StringBuilder out = new StringBuilder(Csv.record(List.of("report_date", "table", "name", "region", "measure",
                "agencies", "baseline_percent", "target_percent", "deadline", "current_percent", "numerator", "denominator",
                "status")));
        for (Progress p : o.proofPoints()) {
            boolean hidden = p.status() == Cabinet.Status.TOO_FEW;
            out.append(Csv.record(List.of(o.reportDate().toString(), "proof_point", p.point().name(), p.point().regionName(),
                    p.point().metric().name(), String.join("; ", p.point().agencies()), p.point().baseline().toPlainString(),
                    p.point().target().toPlainString(), p.point().deadline().toString(),
                    hidden ? SmallCells.HIDDEN : p.currentPercent() == null ? "" : p.currentPercent().toPlainString(),
                    hidden ? SmallCells.HIDDEN : String.valueOf(p.numerator()),
                    hidden ? SmallCells.HIDDEN : String.valueOf(p.denominator()), p.status().name())));
        }
        out.append(Csv.record(List.of("report_date", "table", "region", "flex_paid_cents", "program_cost_cents", "total_cents",
                "jobs", "retained_jobs", "stably_housed", "per_job_cents", "per_retained_job_cents",
                "per_stably_housed_cents", "flex_per_job_cents")));
        for (CostLine c : o.costs()) {
            out.append(Csv.record(List.of(o.reportDate().toString(), "cost_per_outcome", c.region(),
                    Long.toString(c.flexPaid().cents()), Long.toString(c.programCost().cents()), Long.toString(c.total().cents()),
                    count(c.jobs()), count(c.retained()), count(c.housed()), cents(c.perJob(), c.jobs()),
                    cents(c.perRetainedJob(), c.retained()), cents(c.perHousedHousehold(), c.housed()), cents(c.flexPerJob(), c.jobs()))));
        }
        return out.toString();
    }

    private static String count(Long n) {
        return n == null ? SmallCells.HIDDEN : n.toString();
    }

    private static String cents(Money m, Long count) {
        return count == null ? SmallCells.HIDDEN : m == null ? "" : Long.toString(m.cents());
    }
}
