package org.crosswalk.outcomes;

import org.crosswalk.access.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

    private final CohortOverview overview;

    OverviewController(CohortOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/overview")
    String overview(Viewer viewer, Model model) {
        model.addAttribute("overview", overview.of(viewer));
        return "outcomes/overview";
    }
}
