package org.crosswalk.housing;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A household's housing page, recording a move or a subsidy, and setting a subsidy's end. */
@Controller
@RequestMapping("/households/{id}/housing")
class HousingController {

    private final Housing housing;
    private final Clock clock;

    HousingController(Housing housing, Clock clock) {
        this.housing = housing;
        this.clock = clock;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("situations", LivingSituation.values());
        model.addAttribute("classes", HousingClass.values());
        model.addAttribute("subsidyTypes", SubsidyType.values());
    }

    @GetMapping
    String page(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("housing", housing.overview(viewer, HouseholdId.parse(id)));
        return "housing/housing";
    }

    @GetMapping("/situations/new")
    String newSituation(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("family", housing.familyForEditing(viewer, HouseholdId.parse(id)));
        model.addAttribute("form", new SituationForm(null, LocalDate.now(clock)));
        return "housing/situation";
    }

    @PostMapping("/situations")
    String recordSituation(Viewer viewer, @PathVariable String id, @ModelAttribute("form") SituationForm form,
                           BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                housing.recordSituation(viewer, household, form);
                redirect.addFlashAttribute("saved", "Living situation recorded.");
                return "redirect:/households/" + household + "/housing";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("family", housing.familyForEditing(viewer, household));
        return "housing/situation";
    }

    @GetMapping("/subsidies/new")
    String newSubsidy(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("family", housing.familyForEditing(viewer, HouseholdId.parse(id)));
        model.addAttribute("form", new SubsidyForm(SubsidyType.RRH.code(), LocalDate.now(clock), null, null, null, null));
        return "housing/subsidy";
    }

    @PostMapping("/subsidies")
    String recordSubsidy(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") SubsidyForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                housing.recordSubsidy(viewer, household, form);
                redirect.addFlashAttribute("saved", "Subsidy recorded.");
                return "redirect:/households/" + household + "/housing";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("family", housing.familyForEditing(viewer, household));
        return "housing/subsidy";
    }

    @GetMapping("/subsidies/{subsidy}/end")
    String endForm(Viewer viewer, @PathVariable String id, @PathVariable UUID subsidy, Model model) {
        var current = housing.subsidy(viewer, HouseholdId.parse(id), subsidy);
        model.addAttribute("current", current);
        model.addAttribute("form", new EndSubsidyForm(current.subsidy().endsOn()));
        return "housing/end";
    }

    @PostMapping("/subsidies/{subsidy}/end")
    String end(Viewer viewer, @PathVariable String id, @PathVariable UUID subsidy,
               @ModelAttribute("form") EndSubsidyForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                housing.endSubsidy(viewer, household, subsidy, form);
                redirect.addFlashAttribute("saved", "Subsidy end saved.");
                return "redirect:/households/" + household + "/housing";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("current", housing.subsidy(viewer, household, subsidy));
        return "housing/end";
    }
}
