package org.crosswalk.system;

import org.crosswalk.access.Viewer;
import org.crosswalk.demo.DemoData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, and the landing page that fits each role. */
@Controller
class HomeController {

    private final DemoData demo;

    HomeController(DemoData demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        // A demo deployment lists its invented logins; a real one lists nothing.
        var logins = demo.loaded() ? demo.logins() : java.util.List.<DemoData.DemoLogin>of();
        model.addAttribute("demo", logins.subList(0, Math.min(6, logins.size())));
        model.addAttribute("demoPassword", DemoData.PASSWORD);
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
