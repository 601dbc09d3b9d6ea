package org.crosswalk.families;

import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The caseworker's "Today" list and notes on a family's timeline. */
@Controller
class JourneyController {

    private final Journey journey;

    JourneyController(Journey journey) {
        this.journey = journey;
    }

    @GetMapping("/today")
    String today(Viewer viewer, Model model) {
        model.addAttribute("actions", journey.today(viewer));
        return "families/today";
    }

    @PostMapping("/households/{id}/notes")
    String addNote(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String body,
                   @RequestParam(defaultValue = "false") boolean agencyPrivate, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        try {
            journey.addNote(viewer, household, body, agencyPrivate);
            redirect.addFlashAttribute("saved", "Note added.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("noteError", e.getMessage());
            redirect.addFlashAttribute("noteBody", body);
        }
        return "redirect:/households/" + household + "#timeline";
    }
}
