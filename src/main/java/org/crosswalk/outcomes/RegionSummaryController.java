package org.crosswalk.outcomes;

import java.time.LocalDate;
import org.crosswalk.access.Organisation.Region;
import org.crosswalk.access.Viewer;
import org.crosswalk.demo.DemoData;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PdfDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A region's one-page summary for funders, as a printable page and as the same page in PDF. */
@Controller
class RegionSummaryController {

    static final String TEMPLATE = "outcomes/summary";

    private final RegionSummary summaries;
    private final OutcomeDashboard dashboard;
    private final DemoData demo;
    private final ITemplateEngine templates;

    RegionSummaryController(RegionSummary summaries, OutcomeDashboard dashboard, DemoData demo, ITemplateEngine templates) {
        this.summaries = summaries;
        this.dashboard = dashboard;
        this.demo = demo;
        this.templates = templates;
    }

    @GetMapping("/overview/outcomes/summary")
    Object page(Viewer viewer, @RequestParam(required = false) String region, @RequestParam(required = false) String reportDate,
                Model model) {
        Region r;
        LocalDate date;
        try {
            r = summaries.regionFor(viewer, region);
            date = dashboard.reportDate(reportDate);
        } catch (InvalidInput e) {
            return Reports.refused(e.getMessage());
        }
        model.addAttribute("s", summaries.of(viewer, r, date));
        model.addAttribute("demo", demo.loaded());
        model.addAttribute("pdf", false);
        return TEMPLATE;
    }

    @GetMapping("/overview/outcomes/summary.pdf")
    ResponseEntity<?> pdf(Viewer viewer, @RequestParam(required = false) String region,
                          @RequestParam(required = false) String reportDate) {
        Region r;
        LocalDate date;
        try {
            r = summaries.regionFor(viewer, region);
            date = dashboard.reportDate(reportDate);
        } catch (InvalidInput e) {
            return Reports.refused(e.getMessage());
        }
        Context context = new Context();
        context.setVariable("s", summaries.of(viewer, r, date));
        context.setVariable("demo", demo.loaded());
        context.setVariable("pdf", true);
        byte[] pdf = PdfDocument.fromHtml(templates.process(TEMPLATE, context));
        String name = "crosswalk-" + r.name().toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + date + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(pdf);
    }
}
