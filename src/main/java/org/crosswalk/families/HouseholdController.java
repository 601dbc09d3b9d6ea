package org.crosswalk.families;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.access.Consents;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode;
import org.crosswalk.shared.HudRace;
import org.crosswalk.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The families pages: search, the household page, and the forms that change a household. */
@Controller
@RequestMapping("/households")
class HouseholdController {

    private static final int PAGE_SIZE = 25;

    private final Households households;
    private final Consents consents;
    private final Organisation organisation;
    private final Journey journey;

    HouseholdController(Households households, Consents consents, Organisation organisation, Journey journey) {
        this.households = households;
        this.consents = consents;
        this.organisation = organisation;
        this.journey = journey;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("races", HudRace.values());
        model.addAttribute("sexes", HudCode.Sex.values());
        model.addAttribute("yesNo", HudCode.YesNo.values());
        model.addAttribute("relationships", HudCode.Relationship.values());
    }

    @GetMapping
    String search(Viewer viewer, @RequestParam(required = false) String q,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dob,
                  @RequestParam(required = false) String last4,
                  @RequestParam(defaultValue = "NAME") Households.Sort sort,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        return list(viewer, q, dob, last4, sort, page, false, htmx != null, model);
    }

    @GetMapping("/mine")
    String mine(Viewer viewer, @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dob,
                @RequestParam(required = false) String last4,
                @RequestParam(defaultValue = "NAME") Households.Sort sort,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        return list(viewer, q, dob, last4, sort, page, true, htmx != null, model);
    }

    private String list(Viewer viewer, String q, LocalDate dob, String last4, Households.Sort sort, int page,
                        boolean mine, boolean fragment, Model model) {
        model.addAttribute("q", q).addAttribute("dob", dob).addAttribute("last4", last4)
                .addAttribute("sort", sort).addAttribute("mine", mine)
                .addAttribute("base", mine ? "/households/mine" : "/households");
        try {
            model.addAttribute("results", households.search(viewer,
                    new Households.Search(q, dob, last4, mine, sort, page, PAGE_SIZE)));
        } catch (InvalidInput e) {
            model.addAttribute("searchError", e.getMessage());
        }
        return fragment ? "families/list :: results" : "families/list";
    }

    @GetMapping("/{id}")
    String show(Viewer viewer, @PathVariable String id, Model model) {
        HouseholdId household = HouseholdId.parse(id);
        model.addAttribute("family", households.open(viewer, household));
        model.addAttribute("consents", consents.of(viewer, household));
        model.addAttribute("timeline", journey.timeline(viewer, household));
        return "families/show";
    }

    // ---- a new family

    @GetMapping("/new")
    String newFamily(Viewer viewer, Model model) {
        model.addAttribute("form", NewFamilyForm.blank());
        return newFamilyPage(viewer, model);
    }

    @PostMapping
    String register(Viewer viewer, @Valid @ModelAttribute("form") NewFamilyForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                HouseholdId id = households.register(viewer, form);
                redirect.addFlashAttribute("saved", "Family registered.");
                return "redirect:/households/" + id;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return newFamilyPage(viewer, model);
    }

    private String newFamilyPage(Viewer viewer, Model model) {
        if (!viewer.mayEditFamilies()) {
            throw new org.springframework.security.access.AccessDeniedException("Your role does not register families.");
        }
        model.addAttribute("workers", organisation.caseworkersOf(viewer.agencyId()));
        return "families/new";
    }

    // ---- the household: address, income, caseload, DV restriction

    @GetMapping("/{id}/edit")
    String edit(Viewer viewer, @PathVariable String id, Model model) {
        var family = households.forEditing(viewer, HouseholdId.parse(id));
        model.addAttribute("family", family);
        model.addAttribute("form", new HouseholdForm(family.addressLine1(), family.addressLine2(), family.city(),
                family.state(), family.postalCode(),
                family.income().isEmpty() ? null : family.income().getFirst().total().dollars().toPlainString(),
                family.income().isEmpty() ? null : family.income().getFirst().earned().dollars().toPlainString(),
                family.dvRestricted(), family.workerUserId(), family.version()));
        model.addAttribute("workers", organisation.caseworkersOf(family.ownerAgencyId()));
        return "families/edit";
    }

    @PostMapping("/{id}")
    String update(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") HouseholdForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                households.update(viewer, household, form);
                redirect.addFlashAttribute("saved", "Household saved.");
                return "redirect:/households/" + household;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (ConcurrentChange e) {
                binding.reject("concurrent", e.getMessage());
            }
        }
        var family = households.forEditing(viewer, household);
        model.addAttribute("family", family);
        model.addAttribute("workers", organisation.caseworkersOf(family.ownerAgencyId()));
        return "families/edit";
    }

    // ---- people

    @GetMapping("/{id}/members/new")
    String newMember(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("family", households.forEditing(viewer, HouseholdId.parse(id)));
        model.addAttribute("form", PersonForm.blankMember());
        model.addAttribute("memberId", null);
        return "families/member";
    }

    @PostMapping("/{id}/members")
    String addMember(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") PersonForm form,
                     BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                households.addMember(viewer, household, form);
                redirect.addFlashAttribute("saved", form.firstName().strip() + " added to the household.");
                return "redirect:/households/" + household;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("family", households.forEditing(viewer, household));
        model.addAttribute("memberId", null);
        return "families/member";
    }

    @GetMapping("/{id}/members/{memberId}/edit")
    String editMember(Viewer viewer, @PathVariable String id, @PathVariable UUID memberId, Model model) {
        var family = households.forEditing(viewer, HouseholdId.parse(id));
        var m = family.member(memberId);
        model.addAttribute("family", family);
        model.addAttribute("memberId", memberId);
        model.addAttribute("currentSsn", m.ssn());
        model.addAttribute("form", new PersonForm(m.firstName(), m.middleName(), m.lastName(), m.birthDate(),
                m.relationship(), m.race(), m.sex(), m.veteranStatus(), m.preferredLanguage(), m.phone(), null, false,
                m.version()));
        return "families/member";
    }

    @PostMapping("/{id}/members/{memberId}")
    String updateMember(Viewer viewer, @PathVariable String id, @PathVariable UUID memberId,
                        @Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                households.updateMember(viewer, household, memberId, form);
                redirect.addFlashAttribute("saved", form.firstName().strip() + "'s details saved.");
                return "redirect:/households/" + household;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (ConcurrentChange e) {
                binding.reject("concurrent", e.getMessage());
            }
        }
        var family = households.forEditing(viewer, household);
        model.addAttribute("family", family);
        model.addAttribute("memberId", memberId);
        model.addAttribute("currentSsn", family.member(memberId).ssn());
        return "families/member";
    }
}
