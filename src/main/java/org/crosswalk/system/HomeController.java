package org.crosswalk.system;

import org.crosswalk.access.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, and the landing page that fits each role. */
@Controller
class HomeController {

    private final boolean demo;

    HomeController(@Value("${crosswalk.demo.active:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        return "system/login";
    }

    @GetMapping("/")
    String home(Viewer viewer) {
        return switch (viewer.role()) {
            case NAVIGATOR -> "redirect:/households/mine";
            case HOUSING_CASE_MANAGER, PARTNER_STAFF, TEAM_LEAD -> "redirect:/households";
            case STATE_ANALYST -> "redirect:/overview";
            case ADMINISTRATOR -> "redirect:/admin";
        };
    }
}
