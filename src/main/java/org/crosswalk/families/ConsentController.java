package org.crosswalk.families;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.Consents;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
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

/** Recording and revoking a family's release of information, from the household page. */
@Controller
@RequestMapping("/households/{id}/consents")
class ConsentController {

    private final Consents consents;
    private final HouseholdAccess access;
    private final Households households;
    private final Organisation organisation;

    ConsentController(Consents consents, HouseholdAccess access, Households households, Organisation organisation) {
        this.consents = consents;
        this.access = access;
        this.households = households;
        this.organisation = organisation;
    }

    record ConsentForm(@NotNull(message = "Enter the date the family signed.") LocalDate signedOn,
                       @NotNull(message = "Enter the date this release expires.") LocalDate expiresOn,
                       List<Long> agencyIds, boolean sharesWithTeam, boolean coversSensitive) {}

    @GetMapping("/new")
    String form(Viewer viewer, @PathVariable String id, Model model) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireSteward(viewer, household);
        LocalDate today = LocalDate.now();
        model.addAttribute("form", new ConsentForm(today, today.plusYears(1), List.of(), true, false));
        return page(viewer, household, model);
    }

    @PostMapping
    String record(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") ConsentForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                consents.record(viewer, household, new Consents.NewConsent(form.signedOn(), form.expiresOn(),
                        form.agencyIds() == null ? java.util.Set.of() : new HashSet<>(form.agencyIds()),
                        form.sharesWithTeam(), form.coversSensitive()));
                redirect.addFlashAttribute("saved", "Release of information recorded.");
                return "redirect:/households/" + household + "#consents";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        access.requireSteward(viewer, household);
        return page(viewer, household, model);
    }

    @PostMapping("/{consentId}/revoke")
    String revoke(Viewer viewer, @PathVariable String id, @PathVariable UUID consentId,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireSteward(viewer, household);
        try {
            consents.revoke(viewer, household, consentId, reason);
            redirect.addFlashAttribute("saved", "Release revoked. Agencies it named no longer see this family.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("revokeError", e.getMessage());
        } catch (RecordNotFound e) {
            redirect.addFlashAttribute("revokeError", "That release is not in force any more.");
        }
        return "redirect:/households/" + household + "#consents";
    }

    private String page(Viewer viewer, HouseholdId household, Model model) {
        var family = households.forEditing(viewer, household);
        model.addAttribute("family", family);
        model.addAttribute("agencies", organisation.agencies().stream()
                .filter(a -> a.active() && a.id() != family.ownerAgencyId()).toList());
        return "families/consent";
    }
}
