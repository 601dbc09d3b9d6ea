package org.crosswalk.intake.eligibility;

import jakarta.validation.Valid;
import java.util.List;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.intake.LivingSituation.SituationClass;
import org.crosswalk.intake.ReferralSource;
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

/** Administrators manage programs and their eligibility rules. URL rules restrict /admin to them. */
@Controller
@RequestMapping("/admin/eligibility")
class EligibilityAdminController {

    private final Programs programs;
    private final Organisation organisation;

    EligibilityAdminController(Programs programs, Organisation organisation) {
        this.programs = programs;
        this.organisation = organisation;
    }

    @ModelAttribute
    void lists(Model model) {
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute("situationClasses", SituationClass.values());
        model.addAttribute("sources", ReferralSource.values());
    }

    @GetMapping
    String programs(Model model) {
        model.addAttribute("programs", programs.all());
        return "intake/admin-programs";
    }

    // ---- programs

    @GetMapping("/programs/new")
    String newProgram(Model model) {
        model.addAttribute("form", ProgramForm.blank());
        return programPage(model, null);
    }

    @GetMapping("/programs/{id}")
    String program(@PathVariable long id, Model model) {
        var p = programs.program(id);
        model.addAttribute("form", new ProgramForm(p.name(), p.regionId(), p.active(), false));
        return programPage(model, id);
    }

    @PostMapping({"/programs", "/programs/{id}"})
    String saveProgram(Viewer viewer, @PathVariable(required = false) Long id, @Valid @ModelAttribute("form") ProgramForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long saved;
                if (id == null) {
                    saved = programs.create(form, viewer.userId());
                } else {
                    programs.update(id, form);
                    saved = id;
                }
                redirect.addFlashAttribute("saved", "Program " + form.name().strip() + " saved.");
                return "redirect:/admin/eligibility/programs/" + saved;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return programPage(model, id);
    }

    private String programPage(Model model, Long id) {
        model.addAttribute("programId", id);
        model.addAttribute("regions", organisation.regions());
        model.addAttribute("rules", id == null ? List.of() : programs.rules(id));
        model.addAttribute("staff", organisation.staffNames());
        return "intake/admin-program";
    }

    // ---- rules

    @GetMapping("/programs/{programId}/rules/new")
    String newRule(@PathVariable long programId, Model model) {
        model.addAttribute("form", RuleForm.blank());
        return rulePage(model, programs.program(programId), null);
    }

    @GetMapping("/rules/{ruleId}/edit")
    String editRule(@PathVariable long ruleId, Model model) {
        var rule = programs.rule(ruleId);
        model.addAttribute("form", RuleForm.of(rule.rule()));
        return rulePage(model, programs.program(rule.programId()), ruleId);
    }

    @PostMapping("/programs/{programId}/rules")
    String addRule(Viewer viewer, @PathVariable long programId, @Valid @ModelAttribute("form") RuleForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        var program = programs.program(programId);
        if (!binding.hasErrors()) {
            try {
                programs.addRule(programId, form, viewer.userId());
                redirect.addFlashAttribute("saved", "Rule added: " + form.toRule().describe() + ".");
                return "redirect:/admin/eligibility/programs/" + programId;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return rulePage(model, program, null);
    }

    @PostMapping("/rules/{ruleId}")
    String updateRule(Viewer viewer, @PathVariable long ruleId, @Valid @ModelAttribute("form") RuleForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        var rule = programs.rule(ruleId);
        if (!binding.hasErrors()) {
            try {
                programs.updateRule(ruleId, form, viewer.userId());
                redirect.addFlashAttribute("saved", "Rule saved: " + form.toRule().describe() + ".");
                return "redirect:/admin/eligibility/programs/" + rule.programId();
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return rulePage(model, programs.program(rule.programId()), ruleId);
    }

    /** Disables or re-enables a rule; rules are kept, never deleted, so past refusals stay explained. */
    @PostMapping("/rules/{ruleId}/active")
    String setActive(Viewer viewer, @PathVariable long ruleId, @RequestParam boolean active, RedirectAttributes redirect) {
        var rule = programs.rule(ruleId);
        programs.setRuleActive(ruleId, active, viewer.userId());
        redirect.addFlashAttribute("saved", (active ? "Rule enabled: " : "Rule disabled: ") + rule.describe() + ".");
        return "redirect:/admin/eligibility/programs/" + rule.programId();
    }

    private String rulePage(Model model, Programs.Program program, Long ruleId) {
        model.addAttribute("program", program);
        model.addAttribute("ruleId", ruleId);
        return "intake/admin-rule";
    }
}
