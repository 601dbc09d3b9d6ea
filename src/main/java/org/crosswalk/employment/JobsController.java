package org.crosswalk.employment;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.employment.employers.Employers;
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

/** A household's jobs page, recording and ending a job, and answering a retention check-in. */
@Controller
@RequestMapping("/households/{id}/jobs")
class JobsController {

    private final Jobs jobs;
    private final Employers employers;
    private final Clock clock;

    JobsController(Jobs jobs, Employers employers, Clock clock) {
        this.jobs = jobs;
        this.employers = employers;
        this.clock = clock;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("schedules", Schedule.values());
        model.addAttribute("benefitChoices", Benefit.values());
        model.addAttribute("reasons", ReasonLeft.values());
        model.addAttribute("statuses", TrainingStatus.values());
    }

    @GetMapping
    String page(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("jobs", jobs.overview(viewer, HouseholdId.parse(id)));
        return "employment/jobs";
    }

    @GetMapping("/placements/new")
    String newPlacement(Viewer viewer, @PathVariable String id, @RequestParam(required = false) UUID member, Model model) {
        Family family = jobs.familyForEditing(viewer, HouseholdId.parse(id));
        model.addAttribute("form", PlacementForm.blank(member == null ? family.head() : member));
        return placementPage(viewer, family, model);
    }

    @PostMapping("/placements")
    String recordPlacement(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") PlacementForm form,
                           BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                jobs.recordPlacement(viewer, household, form);
                redirect.addFlashAttribute("saved", "Job recorded.");
                return "redirect:/households/" + household + "/jobs";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return placementPage(viewer, jobs.familyForEditing(viewer, household), model);
    }

    private String placementPage(Viewer viewer, Family family, Model model) {
        model.addAttribute("family", family);
        model.addAttribute("employers", employers.choices(viewer));
        model.addAttribute("regions", employers.regionNames());
        return "employment/placement";
    }

    @GetMapping("/placements/{placement}/end")
    String endForm(Viewer viewer, @PathVariable String id, @PathVariable UUID placement, Model model) {
        model.addAttribute("job", jobs.placement(viewer, HouseholdId.parse(id), placement));
        model.addAttribute("form", new EndPlacementForm(LocalDate.now(clock), null));
        return "employment/end";
    }

    @PostMapping("/placements/{placement}/end")
    String end(Viewer viewer, @PathVariable String id, @PathVariable UUID placement,
               @ModelAttribute("form") EndPlacementForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                jobs.endPlacement(viewer, household, placement, form);
                redirect.addFlashAttribute("saved", "Job end recorded. Its remaining check-ins stay open: they ask whether the parent is working anywhere.");
                return "redirect:/households/" + household + "/jobs";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("job", jobs.placement(viewer, household, placement));
        return "employment/end";
    }

    @GetMapping("/checkins/{checkIn}")
    String checkInForm(Viewer viewer, @PathVariable String id, @PathVariable UUID checkIn, Model model) {
        model.addAttribute("form", CheckInForm.blank(LocalDate.now(clock)));
        return checkInPage(jobs.checkIn(viewer, HouseholdId.parse(id), checkIn), false, model);
    }

    @PostMapping("/checkins/{checkIn}")
    String answer(Viewer viewer, @PathVariable String id, @PathVariable UUID checkIn,
                  @Valid @ModelAttribute("form") CheckInForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                jobs.answerCheckIn(viewer, household, checkIn, form);
                redirect.addFlashAttribute("saved", "Check-in answered.");
                return "redirect:/households/" + household + "/jobs";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return checkInPage(jobs.checkIn(viewer, household, checkIn), true, model);
    }

    /** An answered check-in shows its answer; the form stays only to show why a second answer was refused. */
    private String checkInPage(Jobs.CheckInOf checkIn, boolean refused, Model model) {
        model.addAttribute("pending", checkIn);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("showForm", checkIn.checkIn().answer() == null || refused);
        return "employment/checkin";
    }
}
