package org.crosswalk.conferences;

import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.PdfDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The agenda and minutes as a printable page, and the same page as a PDF. */
@Controller
class ConferenceExportController {

    static final String TEMPLATE = "conferences/print";

    private final CaseConferences conferences;
    private final ITemplateEngine templates;

    ConferenceExportController(CaseConferences conferences, ITemplateEngine templates) {
        this.conferences = conferences;
        this.templates = templates;
    }

    @GetMapping("/conferences/{id}/print")
    String print(Viewer viewer, @PathVariable UUID id, Model model) {
        model.addAttribute("meeting", conferences.export(viewer, id));
        model.addAttribute("pdf", false);
        return TEMPLATE;
    }

    @GetMapping("/conferences/{id}/pdf")
    ResponseEntity<byte[]> pdf(Viewer viewer, @PathVariable UUID id) {
        var meeting = conferences.export(viewer, id);
        var context = new Context();
        context.setVariable("meeting", meeting);
        context.setVariable("pdf", true);
        byte[] pdf = PdfDocument.fromHtml(templates.process(TEMPLATE, context));
        String name = "case-conference-" + DateTimeFormatter.ISO_LOCAL_DATE.format(meeting.conference().heldOn()) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(pdf);
    }
}
