package org.crosswalk.services.referrals;

import jakarta.validation.Valid;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.services.directory.Directory;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.RecordNotFound;
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

/** A family's partner referrals: the list with days pending, sending one, withdrawing one. */
@Controller
@RequestMapping("/households/{id}/referrals")
class HouseholdReferralController {

    private final PartnerReferrals referrals;
    private final Households households;

    HouseholdReferralController(PartnerReferrals referrals, Households households) {
        this.referrals = referrals;
        this.households = households;
    }

    @ModelAttribute("urgencies")
    Urgency[] urgencies() {
        return Urgency.values();
    }

    @GetMapping
    String list(Viewer viewer, @PathVariable String id, Model model) {
        return listPage(viewer, HouseholdId.parse(id), model);
    }

    private String listPage(Viewer viewer, HouseholdId household, Model model) {
        model.addAttribute("referrals", referrals.ofHousehold(viewer, household))
                .addAttribute("family", households.read(viewer, household));
        return "services/referrals/household";
    }

    @GetMapping("/new")
    String newReferral(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String service, Model model) {
        HouseholdId household = HouseholdId.parse(id);
        UUID serviceId = Directory.parseId(service, "service");
        model.addAttribute("form", new ReferralForm(serviceId, null, Urgency.ROUTINE));
        model.addAttribute("preparation", referrals.prepare(viewer, household, serviceId));
        model.addAttribute("family", households.forEditing(viewer, household));
        return "services/referrals/new";
    }

    @PostMapping
    String send(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") ReferralForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                var sent = referrals.send(viewer, household, form.toCommand());
                redirect.addFlashAttribute("saved", "Referral sent to " + sent.referral().organizationName() + ".");
                redirect.addFlashAttribute("warning", sent.warning());
                return "redirect:/households/" + household + "/referrals";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("family", households.forEditing(viewer, household));
        try {
            model.addAttribute("preparation", form.serviceId() == null ? null : referrals.prepare(viewer, household, form.serviceId()));
        } catch (RecordNotFound e) {
            model.addAttribute("preparation", null);
        }
        return "services/referrals/new";
    }

    @PostMapping("/{referral}/withdraw")
    String withdraw(Viewer viewer, @PathVariable String id, @PathVariable String referral,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        UUID referralId = Directory.parseId(referral, "referral");
        try {
            referrals.withdraw(viewer, household, referralId, reason);
            redirect.addFlashAttribute("saved", "Referral withdrawn.");
            return "redirect:/households/" + household + "/referrals";
        } catch (InvalidInput | ConcurrentChange e) {
            model.addAttribute("withdrawError", e.getMessage()).addAttribute("withdrawing", referralId)
                    .addAttribute("withdrawReason", reason);
        }
        return listPage(viewer, household, model);
    }
}
