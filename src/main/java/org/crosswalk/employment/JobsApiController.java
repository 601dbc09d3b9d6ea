package org.crosswalk.employment;

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

/** A household's jobs as JSON, under the same rules as the pages. Answers return the whole jobs record. */
@RestController
@RequestMapping("/api/households/{id}/jobs")
@Tag(name = "Jobs and retention", description = "Placements, better jobs, retention check-ins, training and credentials")
class JobsApiController {

    private final Jobs jobs;
    private final Training training;

    JobsApiController(Jobs jobs, Training training) {
        this.jobs = jobs;
        this.training = training;
    }

    @GetMapping
    @Operation(summary = "A household's jobs, check-ins (overdue and due now), training and credentials")
    Jobs.Overview read(Viewer viewer, @PathVariable String id) {
        return jobs.overview(viewer, HouseholdId.parse(id));
    }

    @PostMapping("/placements")
    @Operation(summary = "Record a job", description = "employerId from the directory, or employerName typed. "
            + "Money and hours as text (\"17.50\", \"37.5\"). A job not held at enrollment gets its 30/90/180/365-day check-ins.")
    ResponseEntity<Jobs.Overview> record(Viewer viewer, @PathVariable String id, @Valid @RequestBody PlacementForm placement) {
        HouseholdId household = HouseholdId.parse(id);
        UUID created = jobs.recordPlacement(viewer, household, placement);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/jobs#" + created))
                .body(jobs.overview(viewer, household));
    }

    @PutMapping("/placements/{placement}/end")
    @Operation(summary = "Record the end of a job", description = "Its later check-ins stay open.")
    Jobs.Overview end(Viewer viewer, @PathVariable String id, @PathVariable UUID placement,
                      @RequestBody EndPlacementForm ending) {
        HouseholdId household = HouseholdId.parse(id);
        jobs.endPlacement(viewer, household, placement, ending);
        return jobs.overview(viewer, household);
    }

    @PostMapping("/checkins/{checkIn}/answer")
    @Operation(summary = "Answer a retention check-in", description = "Once only; from 7 days before it is due.")
    Jobs.Overview answer(Viewer viewer, @PathVariable String id, @PathVariable UUID checkIn,
                         @Valid @RequestBody CheckInForm answer) {
        HouseholdId household = HouseholdId.parse(id);
        jobs.answerCheckIn(viewer, household, checkIn, answer);
        return jobs.overview(viewer, household);
    }

    @PostMapping("/training")
    @Operation(summary = "Record a training enrollment")
    ResponseEntity<Jobs.Overview> enroll(Viewer viewer, @PathVariable String id, @Valid @RequestBody TrainingForm form) {
        HouseholdId household = HouseholdId.parse(id);
        UUID created = training.enroll(viewer, household, form);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/jobs#" + created))
                .body(jobs.overview(viewer, household));
    }

    @PutMapping("/training/{training}")
    @Operation(summary = "Record how a training ended, or move its planned end")
    Jobs.Overview updateTraining(Viewer viewer, @PathVariable String id, @PathVariable("training") UUID trainingId,
                                 @RequestBody TrainingStatusForm form) {
        HouseholdId household = HouseholdId.parse(id);
        training.update(viewer, household, trainingId, form);
        return jobs.overview(viewer, household);
    }

    @PostMapping("/credentials")
    @Operation(summary = "Record a credential earned")
    ResponseEntity<Jobs.Overview> credential(Viewer viewer, @PathVariable String id, @Valid @RequestBody CredentialForm form) {
        HouseholdId household = HouseholdId.parse(id);
        UUID created = training.recordCredential(viewer, household, form);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/jobs#" + created))
                .body(jobs.overview(viewer, household));
    }
}
