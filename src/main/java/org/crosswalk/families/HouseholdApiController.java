package org.crosswalk.families;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.PageOf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Households as JSON, under the same access rule as the pages: a household the caller may not
 * read answers 404. Authenticate with HTTP Basic.
 */
@RestController
@RequestMapping("/api/households")
@Tag(name = "Households", description = "Families, their members and reported income")
class HouseholdApiController {

    private final Households households;

    HouseholdApiController(Households households) {
        this.households = households;
    }

    @GetMapping
    @Operation(summary = "Search the households you may see", description = "Name words, date of birth and SSN last 4 must all fit one person in the household.")
    PageOf<Households.Summary> search(Viewer viewer, @RequestParam(required = false) String q,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dob,
                                      @RequestParam(required = false) String last4,
                                      @RequestParam(defaultValue = "false") boolean mine,
                                      @RequestParam(defaultValue = "NAME") Households.Sort sort,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "25") int size) {
        return households.search(viewer, new Households.Search(q, dob, last4, mine, sort, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one household", description = "404 when it does not exist or you may not see it.")
    Households.Details read(Viewer viewer, @PathVariable String id) {
        return households.open(viewer, HouseholdId.parse(id));
    }

    @PostMapping
    @Operation(summary = "Register a family", description = "The head of household and the household; it belongs to your agency.")
    ResponseEntity<Households.Details> create(Viewer viewer, @Valid @RequestBody NewFamilyForm family) {
        HouseholdId id = households.register(viewer, family);
        return ResponseEntity.created(URI.create("/api/households/" + id)).body(households.open(viewer, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update address, income, caseworker or DV restriction", description = "Send the version you read; 409 if someone saved since.")
    Households.Details update(Viewer viewer, @PathVariable String id, @Valid @RequestBody HouseholdForm household) {
        HouseholdId householdId = HouseholdId.parse(id);
        households.update(viewer, householdId, household);
        return households.open(viewer, householdId);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a person to a household")
    ResponseEntity<Households.Details> addMember(Viewer viewer, @PathVariable String id, @Valid @RequestBody PersonForm person) {
        HouseholdId householdId = HouseholdId.parse(id);
        UUID member = households.addMember(viewer, householdId, person);
        return ResponseEntity.created(URI.create("/api/households/" + householdId + "#" + member))
                .body(households.open(viewer, householdId));
    }

    @PutMapping("/{id}/members/{memberId}")
    @Operation(summary = "Update a person", description = "A blank ssn keeps the one on file; removeSsn clears it.")
    Households.Details updateMember(Viewer viewer, @PathVariable String id, @PathVariable UUID memberId,
                                    @Valid @RequestBody PersonForm person) {
        HouseholdId householdId = HouseholdId.parse(id);
        households.updateMember(viewer, householdId, memberId, person);
        return households.open(viewer, householdId);
    }
}
