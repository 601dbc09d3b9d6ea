package org.crosswalk.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.crosswalk.access.Viewer;
import org.crosswalk.intake.IntakeForms.AssessmentForm;
import org.crosswalk.intake.IntakeForms.ContactForm;
import org.crosswalk.intake.IntakeForms.EnrollmentForm;
import org.crosswalk.intake.IntakeForms.ExitForm;
import org.crosswalk.intake.IntakeForms.ReassignmentForm;
import org.crosswalk.intake.IntakeForms.ReferralForm;
import org.crosswalk.shared.HouseholdId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A household's intake as JSON, under the same access rule and the same step rules as the pages.
 * A refused referral answers 422 with the failed rules; a step out of order answers 409.
 */
@RestController
@RequestMapping("/api/households/{id}/intake")
@Tag(name = "Intake", description = "Referrals, readiness assessments, enrollment, navigator assignment and exit")
class IntakeApiController {

    private final IntakeRecords records;
    private final Referrals referrals;
    private final Enrollments enrollments;
    IntakeApiController(IntakeRecords records, Referrals referrals, Enrollments enrollments) {
        this.records = records;
        this.referrals = referrals;
        this.enrollments = enrollments;
    }

    @GetMapping
    @Operation(summary = "The household's referrals, assessments, enrollments and navigator history")
    IntakeRecord read(Viewer viewer, @PathVariable String id) {
        return records.of(viewer, HouseholdId.parse(id));
    }

    @GetMapping("/programs")
    @Operation(summary = "Programs taking referrals, with their eligibility rules")
    List<Referrals.ProgramOffer> programs(Viewer viewer, @PathVariable String id) {
        return referrals.programsOpenTo(viewer, HouseholdId.parse(id));
    }

    @PostMapping("/referrals")
    @Operation(summary = "Refer the household to a program", description = "livingSituation is the HUD code. 422 with failedRules when not eligible, unless recordIfIneligible is true.")
    ResponseEntity<IntakeRecord> refer(Viewer viewer, @PathVariable String id, @Valid @RequestBody ReferralForm referral) {
        HouseholdId household = HouseholdId.parse(id);
        ReferralId created = referrals.refer(viewer, household, referral);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/intake#referral-" + created))
                .body(records.of(viewer, household));
    }

    @PostMapping("/referrals/{referral}/contacts")
    @Operation(summary = "Record an attempt to contact the family", description = "409 once the family has been reached.")
    IntakeRecord contact(Viewer viewer, @PathVariable String id, @PathVariable String referral, @Valid @RequestBody ContactForm contact) {
        HouseholdId household = HouseholdId.parse(id);
        referrals.recordContact(viewer, household, ReferralId.parse(referral), contact);
        return records.of(viewer, household);
    }

    @PostMapping("/referrals/{referral}/assessments")
    @Operation(summary = "Record the readiness assessment and its decision", description = "409 before a contact that reached the family.")
    IntakeRecord assess(Viewer viewer, @PathVariable String id, @PathVariable String referral, @Valid @RequestBody AssessmentForm assessment) {
        HouseholdId household = HouseholdId.parse(id);
        referrals.assess(viewer, household, ReferralId.parse(referral), assessment);
        return records.of(viewer, household);
    }

    @GetMapping("/referrals/{referral}/navigators")
    @Operation(summary = "Navigators who may carry the family, with their caseloads")
    List<NavigatorChoice> navigators(Viewer viewer, @PathVariable String id, @PathVariable String referral) {
        HouseholdId household = HouseholdId.parse(id);
        var record = records.of(viewer, household);
        return enrollments.navigatorsFor(viewer, household, IntakePages.referral(record, ReferralId.parse(referral)).programId());
    }

    @PostMapping("/referrals/{referral}/enrollment")
    @Operation(summary = "Enroll the household with a navigator", description = "Needs an assessment that decided to enroll (409 otherwise) and eligibility on the start date (422).")
    ResponseEntity<IntakeRecord> enroll(Viewer viewer, @PathVariable String id, @PathVariable String referral,
                                        @Valid @RequestBody EnrollmentForm enrollment) {
        HouseholdId household = HouseholdId.parse(id);
        EnrollmentId created = enrollments.enroll(viewer, household, ReferralId.parse(referral), enrollment);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/intake#enrollment-" + created))
                .body(records.of(viewer, household));
    }

    @PostMapping("/enrollments/{enrollment}/reassignments")
    @Operation(summary = "Hand the family to another navigator", description = "The current assignment ends on the given day.")
    IntakeRecord reassign(Viewer viewer, @PathVariable String id, @PathVariable String enrollment,
                          @Valid @RequestBody ReassignmentForm reassignment) {
        HouseholdId household = HouseholdId.parse(id);
        enrollments.reassign(viewer, household, EnrollmentId.parse(enrollment), reassignment);
        return records.of(viewer, household);
    }

    @PostMapping("/enrollments/{enrollment}/exit")
    @Operation(summary = "Record the exit", description = "destination is the HUD code; 409 when already exited.")
    IntakeRecord exit(Viewer viewer, @PathVariable String id, @PathVariable String enrollment, @Valid @RequestBody ExitForm exit) {
        HouseholdId household = HouseholdId.parse(id);
        enrollments.exit(viewer, household, EnrollmentId.parse(enrollment), exit);
        return records.of(viewer, household);
    }
}
