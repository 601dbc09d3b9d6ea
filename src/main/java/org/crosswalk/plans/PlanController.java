package org.crosswalk.plans;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.plans.PlanPageForms.ReachedForm;
import org.crosswalk.plans.PlanPageForms.RowError;
import org.crosswalk.plans.PlanPageForms.StatusForm;
import org.crosswalk.plans.PlanPageForms.WordsForm;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
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

/** The plan page: the plan, its activities and milestones with their actions, the parent's words; and the edit form. */
@Controller
@RequestMapping("/households/{id}/plan")
class PlanController {

    private final Plans plans;
    private final PlanChanges changes;
    private final Households households;
    private final HouseholdAccess access;
    private final Organisation organisation;

    PlanController(Plans plans, PlanChanges changes, Households households, HouseholdAccess access, Organisation organisation) {
        this.plans = plans;
        this.changes = changes;
        this.households = households;
        this.access = access;
        this.organisation = organisation;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("tracks", PlanTrack.values());
    }

    @GetMapping
    String show(Viewer viewer, @PathVariable String id, Model model) {
        HouseholdId household = HouseholdId.parse(id);
        model.addAttribute("wordsForm", WordsForm.blank(plans.today()));
        return planPage(viewer, household, model);
    }

    @GetMapping("/edit")
    String edit(Viewer viewer, @PathVariable String id, Model model) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireEditable(viewer, household);
        model.addAttribute("form", PlanForm.toRevise(plans.current(household)));
        return editPage(viewer, household, model);
    }

    @PostMapping
    String save(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") PlanForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireEditable(viewer, household);
        binding = FormErrors.readable(form, binding, model);
        if (!binding.hasErrors()) {
            try {
                int revision = changes.save(viewer, household, form);
                redirect.addFlashAttribute("saved", revision == 1 ? "Plan saved." : "Plan saved as revision " + revision + ".");
                return "redirect:/households/" + household + "/plan";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (ConcurrentChange e) {
                binding.reject("concurrent", e.getMessage());
            }
        }
        return editPage(viewer, household, model);
    }

    @PostMapping("/activities/{activity}/status")
    String changeStatus(Viewer viewer, @PathVariable String id, @PathVariable UUID activity, @Valid StatusForm form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireEditable(viewer, household);
        // A value that could not be read leaves the form empty: show the refusal, not an error page.
        StatusForm typed = form == null || binding.hasErrors() ? new StatusForm(form == null ? null : form.status(), null, null) : form;
        try {
            if (binding.hasErrors()) {
                throw new InvalidInput(binding.getFieldError().getField(), "Choose what happened, with a date (YYYY-MM-DD) and, to drop it, a reason.");
            }
            Activity changed = changes.changeStatus(viewer, household, activity, new PlanChanges.StatusChange(typed.status(), typed.on(), typed.reason()));
            redirect.addFlashAttribute("saved", "“" + changed.what() + "” is now " + changed.status().label().toLowerCase() + ".");
            return "redirect:/households/" + household + "/plan#activity-" + activity;
        } catch (InvalidInput e) {
            model.addAttribute("rowError", new RowError(activity, action(typed), e.field(), e.getMessage(), typed.on(), typed.reason()));
        } catch (ConcurrentChange e) {
            model.addAttribute("rowError", new RowError(activity, action(typed), "status", e.getMessage(), typed.on(), typed.reason()));
        }
        model.addAttribute("wordsForm", WordsForm.blank(plans.today()));
        return planPage(viewer, household, model);
    }

    @PostMapping("/milestones/{milestone}/reached")
    String reached(Viewer viewer, @PathVariable String id, @PathVariable UUID milestone, @Valid ReachedForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireEditable(viewer, household);
        LocalDate on = form == null || binding.hasErrors() ? null : form.on();
        try {
            if (binding.hasErrors()) {
                throw new InvalidInput("on", "Enter the date as YYYY-MM-DD.");
            }
            Milestone reached = changes.reach(viewer, household, milestone, on);
            redirect.addFlashAttribute("saved", "Milestone reached: " + reached.what() + ".");
            return "redirect:/households/" + household + "/plan#milestone-" + milestone;
        } catch (InvalidInput | ConcurrentChange e) {
            model.addAttribute("rowError", new RowError(milestone, "REACHED", "on", e.getMessage(), on, null));
        }
        model.addAttribute("wordsForm", WordsForm.blank(plans.today()));
        return planPage(viewer, household, model);
    }

    @PostMapping("/words")
    String recordWords(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("wordsForm") WordsForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        access.requireEditable(viewer, household);
        binding = FormErrors.readable(form, binding, model);
        if (!binding.hasErrors()) {
            try {
                changes.recordWords(viewer, household, new PlanChanges.NewWords(form.words(), form.saidOn()));
                redirect.addFlashAttribute("saved", "The parent's words are recorded.");
                return "redirect:/households/" + household + "/plan#parents-words";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return planPage(viewer, household, model);
    }

    private static String action(StatusForm form) {
        return form.status() == null ? "STATUS" : form.status().name();
    }

    private String planPage(Viewer viewer, HouseholdId household, Model model) {
        var family = households.read(viewer, household);
        model.addAttribute("family", family);
        model.addAttribute("overview", plans.open(viewer, household));
        model.addAttribute("people", people(family));
        model.addAttribute("today", plans.today());
        return "plans/plan";
    }

    private String editPage(Viewer viewer, HouseholdId household, Model model) {
        var family = households.forEditing(viewer, household);
        Plans.Plan plan = plans.current(household);
        model.addAttribute("family", family);
        model.addAttribute("plan", plan);
        model.addAttribute("adults", family.members().stream()
                .filter(m -> m.relationship() != Relationship.SELF && m.relationship() != Relationship.CHILD)
                .filter(m -> m.age() == null || m.age() >= 18).toList());
        Map<Long, String> owners = new java.util.LinkedHashMap<>();
        organisation.caseworkersOf(family.ownerAgencyId()).forEach(s -> owners.put(s.id(), s.displayName() + " — " + s.agencyName()));
        if (viewer.agencyId() != null) {
            organisation.caseworkersOf(viewer.agencyId()).forEach(s -> owners.putIfAbsent(s.id(), s.displayName() + " — " + s.agencyName()));
        }
        if (plan != null) {
            // Someone named on an activity stays choosable even after moving agency.
            plan.activities().stream().filter(a -> a.ownerUserId() != null)
                    .forEach(a -> owners.putIfAbsent(a.ownerUserId(), a.owner()));
        }
        model.addAttribute("owners", owners);
        model.addAttribute("today", plans.today());
        return "plans/edit";
    }

    /** Names of the people in the household by member ID; the head of household also under null. */
    static Map<UUID, String> people(Households.Details family) {
        Map<UUID, String> names = new HashMap<>();
        family.members().forEach(m -> names.put(m.id(), m.fullName()));
        names.put(null, family.headName());
        return names;
    }
}
