package org.crosswalk.conferences;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One family at a conference (minutes, action items), and the family's conference record. */
@Controller
class ConferenceFamilyController {

    private final ConferenceFamilies families;

    ConferenceFamilyController(ConferenceFamilies families) {
        this.families = families;
    }

    @GetMapping("/conferences/{conference}/families/{id}")
    String family(Viewer viewer, @PathVariable UUID conference, @PathVariable String id, Model model) {
        var at = families.atConference(viewer, conference, HouseholdId.parse(id));
        model.addAttribute("at", at);
        model.addAttribute("minutesForm", new Forms.MinutesForm(at.minutes()));
        model.addAttribute("actionForm", new Forms.ActionItemForm(null, null, null));
        return "conferences/family";
    }

    @PostMapping("/conferences/{conference}/families/{id}/minutes")
    String minutes(Viewer viewer, @PathVariable UUID conference, @PathVariable String id,
                   @ModelAttribute("minutesForm") Forms.MinutesForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        HouseholdId family = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                families.writeMinutes(viewer, conference, family, form);
                redirect.addFlashAttribute("saved", "Minutes saved.");
                return "redirect:/conferences/" + conference + "/families/" + family;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("at", families.atConference(viewer, conference, family));
        model.addAttribute("actionForm", new Forms.ActionItemForm(null, null, null));
        return "conferences/family";
    }

    @PostMapping("/conferences/{conference}/families/{id}/actions")
    String action(Viewer viewer, @PathVariable UUID conference, @PathVariable String id,
                  @ModelAttribute("actionForm") Forms.ActionItemForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        HouseholdId family = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                families.addActionItem(viewer, conference, family, form);
                redirect.addFlashAttribute("saved", "Action item added. It is on its owner's Today page.");
                return "redirect:/conferences/" + conference + "/families/" + family + "#actions";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        var at = families.atConference(viewer, conference, family);
        model.addAttribute("at", at);
        model.addAttribute("minutesForm", new Forms.MinutesForm(at.minutes()));
        return "conferences/family";
    }

    @GetMapping("/households/{id}/conferences")
    String record(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("record", families.record(viewer, HouseholdId.parse(id)));
        if (!model.containsAttribute("closeError")) {
            model.addAttribute("closeError", null);
        }
        return "conferences/record";
    }

    @PostMapping("/households/{id}/conferences/actions/{action}/close")
    String close(Viewer viewer, @PathVariable String id, @PathVariable UUID action, @ModelAttribute Forms.CloseForm form,
                 Model model, RedirectAttributes redirect) {
        HouseholdId family = HouseholdId.parse(id);
        try {
            families.close(viewer, family, action, form);
            redirect.addFlashAttribute("saved", "Action item closed.");
            return "redirect:/households/" + family + "/conferences";
        } catch (InvalidInput e) {
            model.addAttribute("record", families.record(viewer, family));
            model.addAttribute("closeError", e.getMessage());
            model.addAttribute("closeFor", action);
            return "conferences/record";
        }
    }
}
