package org.crosswalk.flexfunds;

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

/** A family's flexible-funds requests, and the form to ask for more. */
@Controller
@RequestMapping("/households/{id}/flex")
class FlexController {

    private final FlexFunds funds;

    FlexController(FlexFunds funds) {
        this.funds = funds;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("categories", Category.values());
    }

    @GetMapping
    String page(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("flex", funds.family(viewer, HouseholdId.parse(id)));
        model.addAttribute("form", freshForm());
        return "flexfunds/family";
    }

    @PostMapping("/requests")
    String request(Viewer viewer, @PathVariable String id, @ModelAttribute("form") RequestForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        try {
            var outcome = funds.request(viewer, household, form);
            redirect.addFlashAttribute("saved", switch (outcome.request().status()) {
                case APPROVED -> "Request approved automatically (under the pool's threshold). The team lead records the payment.";
                default -> outcome.replayed() ? "This request was sent already; nothing new was sent."
                        : "Request sent to the team lead.";
            });
            return "redirect:/households/" + household + "/flex#request-" + outcome.request().id();
        } catch (InvalidInput e) {
            if (e.field().equals("pool") || e.field().equals("idempotencyKey")) {
                binding.reject("invalid", e.getMessage());
            } else {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("flex", funds.family(viewer, household));
        return "flexfunds/family";
    }

    static RequestForm freshForm() {
        return new RequestForm(null, null, null, null, UUID.randomUUID().toString());
    }
}
