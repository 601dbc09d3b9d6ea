package org.crosswalk.housing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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

/** A household's housing as JSON, under the same rules as the pages. Changes return the whole housing record. */
@RestController
@RequestMapping("/api/households/{id}/housing")
@Tag(name = "Housing", description = "Living situations (HUD codes), subsidies (HUD 3.12.A), rent burden, end alerts, income cliff")
class HousingApiController {

    private final Housing housing;

    HousingApiController(Housing housing) {
        this.housing = housing;
    }

    @GetMapping
    @Operation(summary = "A household's living situations and subsidies, with rent burden, alerts and the cliff flag")
    Housing.Overview read(Viewer viewer, @PathVariable String id) {
        return housing.overview(viewer, HouseholdId.parse(id));
    }

    @PostMapping("/situations")
    @Operation(summary = "Record a living situation", description = "code: a HUD living-situation code (101, 314, 435, 410...).")
    ResponseEntity<Housing.Overview> recordSituation(Viewer viewer, @PathVariable String id, @RequestBody SituationForm situation) {
        HouseholdId household = HouseholdId.parse(id);
        UUID created = housing.recordSituation(viewer, household, situation);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/housing#" + created))
                .body(housing.overview(viewer, household));
    }

    @PostMapping("/subsidies")
    @Operation(summary = "Record a subsidy", description = "subsidyType: HUD 3.12.A code (431 RRH, 433 HCV...). Money as text (\"1400\").")
    ResponseEntity<Housing.Overview> recordSubsidy(Viewer viewer, @PathVariable String id, @Valid @RequestBody SubsidyForm subsidy) {
        HouseholdId household = HouseholdId.parse(id);
        UUID created = housing.recordSubsidy(viewer, household, subsidy);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/housing#" + created))
                .body(housing.overview(viewer, household));
    }

    @PutMapping("/subsidies/{subsidy}/end")
    @Operation(summary = "Set a subsidy's last day", description = "The day it ended, or a new planned end. A subsidy that has ended stays ended.")
    Housing.Overview endSubsidy(Viewer viewer, @PathVariable String id, @PathVariable UUID subsidy, @RequestBody EndSubsidyForm end) {
        HouseholdId household = HouseholdId.parse(id);
        housing.endSubsidy(viewer, household, subsidy, end);
        return housing.overview(viewer, household);
    }
}
