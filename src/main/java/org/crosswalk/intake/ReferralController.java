package org.crosswalk.intake;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.crosswalk.access.Viewer;
import org.crosswalk.intake.IntakeForms.AssessmentForm;
import org.crosswalk.intake.IntakeForms.ContactForm;
import org.crosswalk.intake.IntakeForms.ReferralForm;
import org.crosswalk.intake.eligibility.NotEligible;
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

/** The forms of the first steps: a referral in, a contact attempt, the readiness assessment. */
@Controller
@RequestMapping("/households/{id}/intake/referrals")
class ReferralController {

    private final Referrals referrals;
    private final IntakeRecords records;
    private final Clock clock;

    ReferralController(Referrals referrals, IntakeRecords records, Clock clock) {
        this.referrals = referrals;
        this.records = records;
        this.clock = clock;
    }

    @ModelAttribute
    void codeLists(Model model) {
        IntakePages.codeLists(model);
    }

    // ---- a referral in

    @GetMapping("/new")
    String newReferral(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("form", ReferralForm.blank(LocalDate.now(clock)));
        return referralPage(viewer, HouseholdId.parse(id), model);
    }

    @PostMapping
    String refer(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") ReferralForm form,
                 BindingResult binding, Model model, RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        if (!binding.hasErrors()) {
            try {
                referrals.refer(viewer, household, form);
                redirect.addFlashAttribute("saved", form.keepsIneligible()
                        ? "Referral recorded as not eligible." : "Referral received.");
                return "redirect:/households/" + household + "/intake";
            } catch (NotEligible e) {
                IntakePages.reject(binding, e, model);
            } catch (InvalidInput e) {
                IntakePages.reject(binding, e);
            }
        }
        return referralPage(viewer, household, model);
    }

    private String referralPage(Viewer viewer, HouseholdId household, Model model) {
        model.addAttribute("record", records.forEditing(viewer, household));
        model.addAttribute("programs", referrals.programsOpenTo(viewer, household));
        return "intake/referral";
    }

    // ---- contact

    @GetMapping("/{referral}/contact")
    String contactForm(Viewer viewer, @PathVariable String id, @PathVariable String referral, Model model) {
        model.addAttribute("form", ContactForm.blank(LocalDate.now(clock)));
        return stepPage(viewer, HouseholdId.parse(id), ReferralId.parse(referral), "contact", model);
    }

    @PostMapping("/{referral}/contact")
    String contact(Viewer viewer, @PathVariable String id, @PathVariable String referral,
                   @Valid @ModelAttribute("form") ContactForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        ReferralId referralId = ReferralId.parse(referral);
        if (IntakePages.attempt(binding, () -> referrals.recordContact(viewer, household, referralId, form))) {
            redirect.addFlashAttribute("saved", form.reached() ? "Contact recorded: next, the readiness assessment."
                    : "Attempt recorded: the family is marked unable to reach until a later attempt reaches them.");
            return "redirect:/households/" + household + "/intake";
        }
        return stepPage(viewer, household, referralId, "contact", model);
    }

    // ---- readiness assessment

    @GetMapping("/{referral}/assessment")
    String assessmentForm(Viewer viewer, @PathVariable String id, @PathVariable String referral, Model model) {
        model.addAttribute("form", AssessmentForm.blank(LocalDate.now(clock)));
        return stepPage(viewer, HouseholdId.parse(id), ReferralId.parse(referral), "assessment", model);
    }

    @PostMapping("/{referral}/assessment")
    String assess(Viewer viewer, @PathVariable String id, @PathVariable String referral,
                  @Valid @ModelAttribute("form") AssessmentForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        HouseholdId household = HouseholdId.parse(id);
        ReferralId referralId = ReferralId.parse(referral);
        if (IntakePages.attempt(binding, () -> referrals.assess(viewer, household, referralId, form))) {
            redirect.addFlashAttribute("saved", switch (form.decision()) {
                case ENROLL -> "Assessment recorded: the family is ready to enroll.";
                case NOT_NOW -> "Assessment recorded: the follow-up will show on Today when it is due.";
                case DECLINED -> "Assessment recorded: the family declined.";
            });
            return "redirect:/households/" + household + "/intake";
        }
        return stepPage(viewer, household, referralId, "assessment", model);
    }

    private String stepPage(Viewer viewer, HouseholdId household, ReferralId referral, String step, Model model) {
        var record = records.forEditing(viewer, household);
        model.addAttribute("record", record);
        model.addAttribute("referral", IntakePages.referral(record, referral));
        model.addAttribute("step", step);
        return "intake/" + step;
    }
}
