package org.crosswalk.intake;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.crosswalk.access.Viewer;
import org.crosswalk.intake.IntakeForms.EnrollmentForm;
import org.crosswalk.intake.IntakeForms.ExitForm;
import org.crosswalk.intake.IntakeForms.ReassignmentForm;
import org.crosswalk.intake.eligibility.NotEligible;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of enrollment: enroll with a navigator, hand over to another navigator, exit. */
@Controller
@RequestMapping("/households/{id}/intake")
class EnrollmentController {

    private final Enrollments enrollments;
    private final IntakeRecords records;
    private final Clock clock;

    EnrollmentController(Enrollments enrollments, IntakeRecords records, Clock clock) {
        this.enrollments = enrollments;
        this.records = records;
        this.clock = clock;
    }

    @ModelAttribute
    void codeLists(Model model) {
        IntakePages.codeLists(model);
    }

    // ---- enroll

    @GetMapping("/referrals/{referral}/enrollment")
    String enrollmentForm(Viewer viewer, @PathVariable String id, @PathVariable String referral, Model model) {
        model.addAttribute("form", EnrollmentForm.blank(LocalDate.now(clock)));
        return enrollmentPage(viewer, HouseholdId.parse(id), ReferralId.parse(referral), model);
    }

    @PostMapping("/referrals/{referral}/enrollment")
    String enroll(Viewer viewer, @PathVariable String id, @PathVariable String referral,
                  @Valid @ModelAttribute("form") EnrollmentForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        ReferralId referralId = ReferralId.parse(referral);
        if (!binding.hasErrors()) {
            try {
                enrollments.enroll(viewer, household, referralId, form);
                redirect.addFlashAttribute("saved", "Enrolled: the family is on the navigator's caseload.");
                return "redirect:/households/" + household + "/intake";
            } catch (NotEligible e) {
                model.addAttribute("ineligible", e);
            } catch (InvalidInput e) {
                IntakePages.reject(binding, e);
            } catch (StepNotAllowed e) {
                binding.reject("step", e.getMessage());
            }
        }
        return enrollmentPage(viewer, household, referralId, model);
    }

    private String enrollmentPage(Viewer viewer, HouseholdId household, ReferralId referralId, Model model) {
        var record = records.forEditing(viewer, household);
        var referral = IntakePages.referral(record, referralId);
        model.addAttribute("record", record);
        model.addAttribute("referral", referral);
        model.addAttribute("navigators", enrollments.navigatorsFor(viewer, household, referral.programId()));
        return "intake/enrollment";
    }

    // ---- reassign

    @GetMapping("/enrollments/{enrollment}/reassignment")
    String reassignmentForm(Viewer viewer, @PathVariable String id, @PathVariable String enrollment, Model model) {
        model.addAttribute("form", ReassignmentForm.blank(LocalDate.now(clock)));
        return enrollmentStep(viewer, HouseholdId.parse(id), EnrollmentId.parse(enrollment), "reassignment", model);
    }

    @PostMapping("/enrollments/{enrollment}/reassignment")
    String reassign(Viewer viewer, @PathVariable String id, @PathVariable String enrollment,
                    @Valid @ModelAttribute("form") ReassignmentForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        EnrollmentId enrollmentId = EnrollmentId.parse(enrollment);
        if (IntakePages.attempt(binding, () -> enrollments.reassign(viewer, household, enrollmentId, form))) {
            redirect.addFlashAttribute("saved", "Navigator changed; the history keeps who worked with the family when.");
            return "redirect:/households/" + household + "/intake";
        }
        return enrollmentStep(viewer, household, enrollmentId, "reassignment", model);
    }

    // ---- exit

    @GetMapping("/enrollments/{enrollment}/exit")
    String exitForm(Viewer viewer, @PathVariable String id, @PathVariable String enrollment, Model model) {
        model.addAttribute("form", ExitForm.blank(LocalDate.now(clock)));
        return enrollmentStep(viewer, HouseholdId.parse(id), EnrollmentId.parse(enrollment), "exit", model);
    }

    @PostMapping("/enrollments/{enrollment}/exit")
    String exit(Viewer viewer, @PathVariable String id, @PathVariable String enrollment,
                @Valid @ModelAttribute("form") ExitForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        EnrollmentId enrollmentId = EnrollmentId.parse(enrollment);
        if (IntakePages.attempt(binding, () -> enrollments.exit(viewer, household, enrollmentId, form))) {
            redirect.addFlashAttribute("saved", "Exit recorded.");
            return "redirect:/households/" + household + "/intake";
        }
        return enrollmentStep(viewer, household, enrollmentId, "exit", model);
    }

    private String enrollmentStep(Viewer viewer, HouseholdId household, EnrollmentId enrollmentId, String step, Model model) {
        var record = records.forEditing(viewer, household);
        var enrollment = IntakePages.enrollment(record, enrollmentId);
        model.addAttribute("record", record);
        model.addAttribute("enrollment", enrollment);
        if (step.equals("reassignment")) {
            model.addAttribute("navigators", enrollments.navigatorsFor(viewer, household, enrollment.programId()));
        }
        return "intake/" + step;
    }
}
