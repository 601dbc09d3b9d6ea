package org.crosswalk.plans.barriers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Barriers as JSON, with the same rules as the page: sensitive barriers appear only for the owning
 * agency and viewers who may see the family's sensitive information; for anyone else they do not exist.
 */
@RestController
@RequestMapping("/api/households/{id}/barriers")
@Tag(name = "Barriers", description = "Barriers to work, their owners and how they were solved")
class BarrierApiController {

    private final Barriers barriers;

    BarrierApiController(Barriers barriers) {
        this.barriers = barriers;
    }

    @GetMapping
    @Operation(summary = "The family's barriers you may see", description = "Open first (most severe, oldest), then resolved.")
    List<Barrier> list(Viewer viewer, @PathVariable String id) {
        return barriers.of(viewer, HouseholdId.parse(id));
    }

    @PostMapping
    @Operation(summary = "Record a barrier", description = "otherText names an OTHER barrier; ownerAgencyId defaults to your agency, openedOn to today.")
    ResponseEntity<Barrier> record(Viewer viewer, @PathVariable String id, @Valid @RequestBody BarrierForm barrier) {
        HouseholdId household = HouseholdId.parse(id);
        Barrier recorded = barriers.record(viewer, household, barrier);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/barriers/" + recorded.id())).body(recorded);
    }

    @PutMapping("/{barrier}/resolve")
    @Operation(summary = "Resolve a barrier", description = "How it was solved is required; the date is not before it opened, nor in the future. A barrier is resolved once.")
    Barrier resolve(Viewer viewer, @PathVariable String id, @PathVariable UUID barrier,
                    @Valid @RequestBody BarrierForm.Resolution resolution) {
        return barriers.resolve(viewer, HouseholdId.parse(id), barrier, resolution);
    }

    @PutMapping("/{barrier}/reopen")
    @Operation(summary = "Reopen a resolved barrier, with the reason")
    Barrier reopen(Viewer viewer, @PathVariable String id, @PathVariable UUID barrier,
                   @Valid @RequestBody BarrierForm.Reopening reopening) {
        return barriers.reopen(viewer, HouseholdId.parse(id), barrier, reopening);
    }
}
