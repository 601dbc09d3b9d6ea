package org.crosswalk.plans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The employment plan as JSON, under the same access rule and plan rules as the pages. */
@RestController
@RequestMapping("/api/households/{id}/plan")
@Tag(name = "Employment plan", description = "Individual Employment Plans, their revisions, activities and milestones")
class PlanApiController {

    static final int REVISIONS_LISTED = 100;

    private final Plans plans;
    private final PlanChanges changes;

    PlanApiController(Plans plans, PlanChanges changes) {
        this.plans = plans;
        this.changes = changes;
    }

    /** The plan as it stands (null before one is written), the newest revisions first, and the parent's words. */
    record PlanDocument(Plans.Plan plan, List<Plans.RevisionInfo> revisions, List<Plans.ParentWords> words) {}

    record ReachedBody(LocalDate on) {}

    @GetMapping
    @Operation(summary = "Read the current plan and its revision list")
    PlanDocument read(Viewer viewer, @PathVariable String id) {
        HouseholdId household = HouseholdId.parse(id);
        var overview = plans.open(viewer, household);
        return new PlanDocument(overview.plan(), plans.history(viewer, household, 0, REVISIONS_LISTED).items(), overview.words());
    }

    @PutMapping
    @Operation(summary = "Save the plan as a new revision",
            description = "Send basedOnRevision (0 for a first plan); 409 if someone saved since. Activities and milestones with an id are changed, without one added; those left out stay as they are.")
    PlanDocument save(Viewer viewer, @PathVariable String id, @Valid @RequestBody PlanForm plan) {
        HouseholdId household = HouseholdId.parse(id);
        changes.save(viewer, household, plan);
        return read(viewer, id);
    }

    @PostMapping("/activities")
    @Operation(summary = "Add an activity", description = "Adding an activity makes a new revision of the plan; ownerUserId null means the parent does it.")
    ResponseEntity<Activity> addActivity(Viewer viewer, @PathVariable String id, @RequestBody PlanChanges.NewActivity activity) {
        HouseholdId household = HouseholdId.parse(id);
        UUID added = changes.addActivity(viewer, household, activity);
        Activity created = plans.open(viewer, household).plan().activity(added);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/plan/activities/" + added)).body(created);
    }

    @PutMapping("/activities/{activity}/status")
    @Operation(summary = "Start, finish or drop an activity",
            description = "IN_PROGRESS (on: start date, default today), DONE (on: required, not in the future), DROPPED (reason required). Done and dropped are final.")
    Activity changeStatus(Viewer viewer, @PathVariable String id, @PathVariable UUID activity,
                          @RequestBody PlanChanges.StatusChange change) {
        return changes.changeStatus(viewer, HouseholdId.parse(id), activity, change);
    }

    @PutMapping("/milestones/{milestone}/reached")
    @Operation(summary = "Record the day a milestone was reached")
    Milestone reached(Viewer viewer, @PathVariable String id, @PathVariable UUID milestone, @RequestBody ReachedBody body) {
        return changes.reach(viewer, HouseholdId.parse(id), milestone, body.on());
    }

    @PostMapping("/words")
    @Operation(summary = "Record the parent's own words about their plan", description = "saidOn defaults to today.")
    ResponseEntity<Plans.ParentWords> recordWords(Viewer viewer, @PathVariable String id, @RequestBody PlanChanges.NewWords words) {
        HouseholdId household = HouseholdId.parse(id);
        UUID recorded = changes.recordWords(viewer, household, words);
        var saved = plans.open(viewer, household).words().stream().filter(w -> w.id().equals(recorded)).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/households/" + household + "/plan")).body(saved);
    }

    @GetMapping("/revisions/{number}")
    @Operation(summary = "Read one revision as it was saved")
    Plans.Revision revision(Viewer viewer, @PathVariable String id, @PathVariable int number) {
        return plans.revision(viewer, HouseholdId.parse(id), number);
    }

    @GetMapping("/revisions/compare")
    @Operation(summary = "What changed between two revisions")
    Plans.Comparison compare(Viewer viewer, @PathVariable String id, @RequestParam int from, @RequestParam int to) {
        return plans.compare(viewer, HouseholdId.parse(id), Math.min(from, to), Math.max(from, to));
    }
}
