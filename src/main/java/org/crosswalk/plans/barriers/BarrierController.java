package org.crosswalk.plans.barriers;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.plans.FormErrors;
import org.crosswalk.shared.ConcurrentChange;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The barriers page: the family's barriers the viewer may see, a form to record one, and resolve and reopen on each. */
@Controller
@RequestMapping("/households/{id}/barriers")
class BarrierController {

    enum Show { OPEN, RESOLVED, ALL }

    /** A resolve or reopen that was refused: which barrier, which field, why, and what was typed. */
    record RowError(UUID target, String action, String field, String message, LocalDate on, String text) {
        /** The refused action was this one, on this row: its form opens again. */
        public boolean about(UUID row, String name) {
            return target.equals(row) && action.equals(name);
        }

        /** The message belongs beside this field of this row. */
        public boolean at(UUID row, String name) {
            return target.equals(row) && field.equals(name);
        }
    }

    private final Barriers barriers;
    private final Households households;
    private final HouseholdAccess access;
    private final Organisation organisation;

    BarrierController(Barriers barriers, Households households, HouseholdAccess access, Organisation organisation) {
        this.barriers = barriers;
        this.households = households;
        this.access = access;
        this.organisation = organisation;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("kinds", BarrierKind.values());
        model.addAttribute("severities", Severity.values());
    }

    @GetMapping
    String list(Viewer viewer, @PathVariable String id, @RequestParam(defaultValue = "ALL") Show show, Model model) {
        HouseholdId household = HouseholdId.parse(id);
        model.addAttribute("form", BarrierForm.blank(viewer.agencyId(), barriers.today()));
        return page(viewer, household, show, model);
    }

    @PostMapping
    String record(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") BarrierForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireEditable(viewer, household);
        binding = FormErrors.readable(form, binding, model);
        if (!binding.hasErrors()) {
            try {
                Barrier recorded = barriers.record(viewer, household, form);
                redirect.addFlashAttribute("saved", "Barrier recorded: " + recorded.name() + ".");
                return "redirect:/households/" + household + "/barriers#barrier-" + recorded.id();
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return page(viewer, household, Show.ALL, model);
    }

    @PostMapping("/{barrier}/resolve")
    String resolve(Viewer viewer, @PathVariable String id, @PathVariable UUID barrier, @Valid BarrierForm.Resolution form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireEditable(viewer, household);
        // A date that could not be read leaves the form empty: keep what can be kept and say what to fix.
        BarrierForm.Resolution typed = form != null ? form : new BarrierForm.Resolution(null, null);
        try {
            if (binding.hasErrors()) {
                var error = binding.getFieldError();
                throw new InvalidInput(error.getField(), "resolvedOn".equals(error.getField()) ? "Enter the date as YYYY-MM-DD." : error.getDefaultMessage());
            }
            Barrier resolved = barriers.resolve(viewer, household, barrier, typed);
            redirect.addFlashAttribute("saved", "Barrier resolved: " + resolved.name() + ", after " + resolved.daysToResolve()
                    + (resolved.daysToResolve() == 1 ? " day." : " days."));
            return "redirect:/households/" + household + "/barriers#barrier-" + barrier;
        } catch (InvalidInput e) {
            model.addAttribute("rowError", new RowError(barrier, "resolve", e.field(), e.getMessage(), typed.resolvedOn(), typed.resolution()));
        } catch (ConcurrentChange e) {
            model.addAttribute("rowError", new RowError(barrier, "resolve", "resolvedOn", e.getMessage(), typed.resolvedOn(), typed.resolution()));
        }
        model.addAttribute("form", BarrierForm.blank(viewer.agencyId(), barriers.today()));
        return page(viewer, household, Show.ALL, model);
    }

    @PostMapping("/{barrier}/reopen")
    String reopen(Viewer viewer, @PathVariable String id, @PathVariable UUID barrier, @Valid BarrierForm.Reopening form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireEditable(viewer, household);
        String reason = form == null ? null : form.reason();
        try {
            if (binding.hasErrors()) {
                throw new InvalidInput("reason", binding.getFieldError().getDefaultMessage());
            }
            Barrier reopened = barriers.reopen(viewer, household, barrier, new BarrierForm.Reopening(reason));
            redirect.addFlashAttribute("saved", "Barrier open again: " + reopened.name() + ".");
            return "redirect:/households/" + household + "/barriers#barrier-" + barrier;
        } catch (InvalidInput | ConcurrentChange e) {
            model.addAttribute("rowError", new RowError(barrier, "reopen", "reason", e.getMessage(), null, reason));
        }
        model.addAttribute("form", BarrierForm.blank(viewer.agencyId(), barriers.today()));
        return page(viewer, household, Show.ALL, model);
    }

    private String page(Viewer viewer, HouseholdId household, Show show, Model model) {
        var family = households.read(viewer, household);
        List<Barrier> all = barriers.of(viewer, household);
        model.addAttribute("family", family);
        model.addAttribute("show", show);
        model.addAttribute("openCount", all.stream().filter(b -> !b.resolved()).count());
        model.addAttribute("resolvedCount", all.stream().filter(Barrier::resolved).count());
        model.addAttribute("barriers", all.stream().filter(b -> switch (show) {
            case OPEN -> !b.resolved();
            case RESOLVED -> b.resolved();
            case ALL -> true;
        }).toList());
        model.addAttribute("agencies", organisation.agencies().stream().filter(a -> a.active()).toList());
        model.addAttribute("today", barriers.today());
        return "plans/barriers";
    }
}
