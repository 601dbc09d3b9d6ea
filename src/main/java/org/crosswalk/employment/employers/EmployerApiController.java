package org.crosswalk.employment.employers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import org.crosswalk.access.Viewer;
import org.crosswalk.employment.Industry;
import org.crosswalk.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The employer directory as JSON. Everyone who works with families reads it; partner staff do not change it (403). */
@RestController
@RequestMapping("/api/employers")
@Tag(name = "Employers", description = "The employer directory for job development: employers, openings, hires")
class EmployerApiController {

    private final Employers employers;

    EmployerApiController(Employers employers) {
        this.employers = employers;
    }

    /** How an opening closes: on a day (default today). */
    record Closing(LocalDate closedOn) {}

    @GetMapping
    @Operation(summary = "Search the directory", description = "region includes statewide employers; hiring=true keeps employers with an open opening.")
    PageOf<Employers.Summary> search(Viewer viewer, @RequestParam(required = false) String q,
                                     @RequestParam(required = false) Industry industry,
                                     @RequestParam(required = false) Long region,
                                     @RequestParam(defaultValue = "false") boolean hiring,
                                     @RequestParam(defaultValue = "NAME") Employers.Sort sort,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "25") int size) {
        return employers.search(viewer, new Employers.Search(q, industry, region, hiring, sort, page, size));
    }

    @PostMapping
    @Operation(summary = "Add an employer")
    ResponseEntity<Employers.Employer> create(Viewer viewer, @Valid @RequestBody EmployerForm employer) {
        long id = employers.create(viewer, employer);
        return ResponseEntity.created(URI.create("/api/employers/" + id)).body(employers.employer(viewer, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An employer with its openings")
    Employers.Employer read(Viewer viewer, @PathVariable long id) {
        return employers.employer(viewer, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an employer", description = "Send the version you read; 409 if someone saved since.")
    Employers.Employer update(Viewer viewer, @PathVariable long id, @Valid @RequestBody EmployerForm employer) {
        employers.update(viewer, id, employer);
        return employers.employer(viewer, id);
    }

    @GetMapping("/{id}/hires")
    @Operation(summary = "Hires at the employer", description = "Only in families you may read.")
    PageOf<Employers.Hire> hires(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        return employers.hires(viewer, id, page, size);
    }

    @PostMapping("/{id}/openings")
    @Operation(summary = "Post an opening", description = "Wages as text (\"16.50\"); wageMax empty for a single wage.")
    ResponseEntity<Employers.Employer> addOpening(Viewer viewer, @PathVariable long id, @Valid @RequestBody OpeningForm opening) {
        long created = employers.addOpening(viewer, id, opening);
        return ResponseEntity.created(URI.create("/api/employers/" + id + "#opening-" + created))
                .body(employers.employer(viewer, id));
    }

    @PutMapping("/{id}/openings/{opening}/close")
    @Operation(summary = "Close an opening")
    Employers.Employer closeOpening(Viewer viewer, @PathVariable long id, @PathVariable long opening,
                                    @RequestBody(required = false) Closing closing) {
        employers.closeOpening(viewer, id, opening, closing == null ? null : closing.closedOn());
        return employers.employer(viewer, id);
    }
}
