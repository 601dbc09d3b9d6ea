package org.crosswalk.linkage;

import java.util.UUID;
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

/** Record-linkage pages: overview and settings, batch runs with progress, the review queue, a household's links. */
@Controller
class LinkageController {

    private final Linkage linkage;

    LinkageController(Linkage linkage) {
        this.linkage = linkage;
    }

    @GetMapping("/linkage")
    String overview(Viewer viewer, Model model) {
        model.addAttribute("overview", linkage.overview(viewer));
        return "linkage/overview";
    }

    @PostMapping("/linkage/settings")
    String settings(Viewer viewer, @RequestParam(defaultValue = "") String autoLinkAbove,
            @RequestParam(defaultValue = "") String reviewAbove, @RequestParam(defaultValue = "false") boolean automatic,
            Model model, RedirectAttributes redirect) {
        try {
            linkage.updateSettings(viewer, new Linkage.SettingsForm(autoLinkAbove, reviewAbove, automatic));
            redirect.addFlashAttribute("saved", "Settings saved.");
            return "redirect:/linkage";
        } catch (InvalidInput e) {
            model.addAttribute("overview", linkage.overview(viewer));
            model.addAttribute("error", e);
            model.addAttribute("form", new Linkage.SettingsForm(autoLinkAbove, reviewAbove, automatic));
            return "linkage/overview";
        }
    }

    @PostMapping("/linkage/runs")
    String startRun(Viewer viewer, RedirectAttributes redirect) {
        try {
            long run = linkage.startBatch(viewer);
            redirect.addFlashAttribute("started", run);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("saved", e.getMessage());
        }
        return "redirect:/linkage";
    }

    /** The progress of a run: the fragment htmx polls while it runs. */
    @GetMapping("/linkage/runs/{run}")
    String run(Viewer viewer, @PathVariable long run, Model model) {
        model.addAttribute("run", linkage.run(viewer, run));
        return "linkage/overview :: run";
    }

    @GetMapping("/linkage/review")
    String review(Viewer viewer, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("queue", linkage.reviewQueue(viewer, page));
        return "linkage/review";
    }

    @PostMapping("/linkage/pairs/{pair}/decision")
    String decide(Viewer viewer, @PathVariable long pair, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        try {
            Linkage.Decision d = linkage.decide(viewer, pair, decision);
            redirect.addFlashAttribute("saved", switch (d) {
                case ACCEPT -> "Linked: the two records are now one person.";
                case REJECT -> "Marked as two different people. The matcher will not propose this pair again.";
                case UNSURE -> "Kept for a second look.";
            });
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("saved", e.getMessage());
        }
        return "redirect:/linkage/review?page=" + page;
    }

    @PostMapping("/linkage/pairs/{pair}/unlink")
    String unlink(Viewer viewer, @PathVariable long pair, @RequestParam(required = false) String household,
            RedirectAttributes redirect) {
        try {
            linkage.unlink(viewer, pair);
            redirect.addFlashAttribute("saved", "Unlinked. The matcher will not link these two records again.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("saved", e.getMessage());
        }
        return household == null ? "redirect:/linkage" : "redirect:/households/" + HouseholdId.parse(household) + "/linkage";
    }

    @GetMapping("/households/{id}/linkage")
    String household(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("links", linkage.household(viewer, HouseholdId.parse(id)));
        return "linkage/household";
    }

    @PostMapping("/households/{id}/linkage/members/{member}/split")
    String split(Viewer viewer, @PathVariable String id, @PathVariable String member, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        UUID memberId;
        try {
            memberId = UUID.fromString(member);
        } catch (IllegalArgumentException e) {
            throw new org.crosswalk.shared.RecordNotFound("member");
        }
        int undone = linkage.split(viewer, household, memberId);
        redirect.addFlashAttribute("saved", undone == 0 ? "This member had no links to undo." : "Split: " + undone + " link(s) undone.");
        return "redirect:/households/" + household + "/linkage";
    }
}
