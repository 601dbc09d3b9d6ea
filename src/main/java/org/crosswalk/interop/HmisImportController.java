package org.crosswalk.interop;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Administrators import an HMIS CSV export (a zip) for a chosen agency, follow its progress and read
 * its validation report. URL rules restrict /admin to administrators.
 */
@Controller
@RequestMapping("/admin/interop/hmis")
class HmisImportController {

    private final HmisImport hmis;
    private final HmisRuns runs;
    private final Organisation organisation;

    HmisImportController(HmisImport hmis, HmisRuns runs, Organisation organisation) {
        this.hmis = hmis;
        this.runs = runs;
        this.organisation = organisation;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("runs", runs.runs(Math.max(0, page), 20));
        model.addAttribute("agencies", organisation.agencies().stream().filter(Organisation.Agency::active).toList());
        return "interop/hmis";
    }

    @PostMapping
    String upload(Viewer viewer, @RequestParam(required = false) Long agencyId, @RequestParam(required = false) MultipartFile file,
                  Model model) {
        String problem = agencyId == null ? "agencyId" : file == null || file.isEmpty() ? "file" : null;
        if (problem != null) {
            model.addAttribute("error", problem);
            model.addAttribute("agencyId", agencyId);
            return page(0, model);
        }
        Path upload;
        try {
            upload = Files.createTempFile("hmis-upload", ".zip");
            file.transferTo(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long run = hmis.start(upload, agencyId, viewer.userId(), HmisImportController::delete);
            return "redirect:/admin/interop/hmis/runs/" + run;
        } catch (UncheckedIOException e) {
            model.addAttribute("error", "zip");
            model.addAttribute("agencyId", agencyId);
            return page(0, model);
        }
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model,
               @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("run", runs.run(id));
        model.addAttribute("files", runs.files(id));
        model.addAttribute("problems", runs.problems(id, Math.max(0, page), 50));
        return htmx != null ? "interop/run :: progress" : "interop/run";
    }

    @GetMapping("/runs/{id}/problems.csv")
    void problemsCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
        runs.run(id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"hmis-import-" + id + "-problems.csv\"");
        runs.problemsCsv(id, new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary upload left behind is harmless
        }
    }
}
