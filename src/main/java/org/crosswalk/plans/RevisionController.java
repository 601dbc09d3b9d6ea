package org.crosswalk.plans;

import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's revision history: the list, one revision as it was saved, and what changed between two. */
@Controller
@RequestMapping("/households/{id}/plan/revisions")
class RevisionController {

    static final int PAGE_SIZE = 20;

    private final Plans plans;
    private final Households households;

    RevisionController(Plans plans, Households households) {
        this.plans = plans;
        this.households = households;
    }

    @GetMapping
    String history(Viewer viewer, @PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        HouseholdId household = HouseholdId.parse(id);
        var family = households.read(viewer, household);
        model.addAttribute("family", family);
        var history = plans.history(viewer, household, page, PAGE_SIZE);
        model.addAttribute("history", history);
        model.addAttribute("latest", (int) history.total());
        return "plans/revisions";
    }

    @GetMapping("/{number}")
    String revision(Viewer viewer, @PathVariable String id, @PathVariable int number, Model model) {
        HouseholdId household = HouseholdId.parse(id);
        var family = households.read(viewer, household);
        model.addAttribute("family", family);
        model.addAttribute("people", PlanController.people(family));
        model.addAttribute("revision", plans.revision(viewer, household, number));
        model.addAttribute("latest", plans.latestRevision(viewer, household));
        model.addAttribute("comparison", number > 1 ? plans.compare(viewer, household, number - 1, number) : null);
        return "plans/revision";
    }

    @GetMapping("/compare")
    String compare(Viewer viewer, @PathVariable String id, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, Model model) {
        HouseholdId household = HouseholdId.parse(id);
        var family = households.read(viewer, household);
        int latest = plans.latestRevision(viewer, household);
        if (latest == 0) {
            throw new RecordNotFound("plan");
        }
        int older = from == null ? Math.max(1, latest - 1) : from;
        int newer = to == null ? latest : to;
        if (older > newer) {
            int swap = older;
            older = newer;
            newer = swap;
        }
        model.addAttribute("family", family);
        model.addAttribute("people", PlanController.people(family));
        model.addAttribute("latest", latest);
        model.addAttribute("comparison", plans.compare(viewer, household, older, newer));
        return "plans/compare";
    }
}
