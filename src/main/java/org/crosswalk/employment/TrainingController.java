package org.crosswalk.employment;

import jakarta.validation.Valid;
import java.util.UUID;
import org.crosswalk.access.Viewer;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training enrollments and credentials, recorded from the jobs page. */
@Controller
@RequestMapping("/households/{id}/jobs")
class TrainingController {

    private final Jobs jobs;
    private final Training training;

    TrainingController(Jobs jobs, Training training) {
        this.jobs = jobs;
        this.training = training;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("statuses", TrainingStatus.values());
    }

    @GetMapping("/training/new")
    String newTraining(Viewer viewer, @PathVariable String id, @RequestParam(required = false) UUID member, Model model) {
        Family family = jobs.familyForEditing(viewer, HouseholdId.parse(id));
        model.addAttribute("family", family);
        model.addAttribute("form", TrainingForm.blank(member == null ? family.head() : member));
        return "employment/training";
    }

    @PostMapping("/training")
    String enroll(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") TrainingForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                training.enroll(viewer, household, form);
                redirect.addFlashAttribute("saved", "Training recorded.");
                return "redirect:/households/" + household + "/jobs#training";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("family", jobs.familyForEditing(viewer, household));
        return "employment/training";
    }

    @GetMapping("/training/{training}")
    String statusForm(Viewer viewer, @PathVariable String id, @PathVariable("training") UUID trainingId, Model model) {
        var enrollment = enrollment(viewer, HouseholdId.parse(id), trainingId);
        model.addAttribute("enrollment", enrollment);
        model.addAttribute("form", new TrainingStatusForm(null, enrollment.enrollment().endsOn()));
        return "employment/training-status";
    }

    @PostMapping("/training/{training}")
    String updateStatus(Viewer viewer, @PathVariable String id, @PathVariable("training") UUID trainingId,
                        @ModelAttribute("form") TrainingStatusForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        try {
            training.update(viewer, household, trainingId, form);
            redirect.addFlashAttribute("saved", "Training updated.");
            return "redirect:/households/" + household + "/jobs#training";
        } catch (InvalidInput e) {
            binding.rejectValue(e.field(), "invalid", e.getMessage());
        }
        model.addAttribute("enrollment", enrollment(viewer, household, trainingId));
        return "employment/training-status";
    }

    @GetMapping("/credentials/new")
    String newCredential(Viewer viewer, @PathVariable String id, @RequestParam(required = false) UUID member, Model model) {
        Family family = jobs.familyForEditing(viewer, HouseholdId.parse(id));
        model.addAttribute("family", family);
        model.addAttribute("form", CredentialForm.blank(member == null ? family.head() : member));
        return "employment/credential";
    }

    @PostMapping("/credentials")
    String recordCredential(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") CredentialForm form,
                            BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                training.recordCredential(viewer, household, form);
                redirect.addFlashAttribute("saved", "Credential recorded.");
                return "redirect:/households/" + household + "/jobs#credentials";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("family", jobs.familyForEditing(viewer, household));
        return "employment/credential";
    }

    private Training.EnrollmentOf enrollment(Viewer viewer, HouseholdId household, UUID trainingId) {
        return training.enrollment(viewer, household, trainingId);
    }
}
