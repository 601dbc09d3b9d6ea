package org.crosswalk.services.referrals;

import jakarta.validation.Valid;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.services.directory.Directory;
import org.crosswalk.services.referrals.ReferralRepository.Group;
import org.crosswalk.shared.ConcurrentChange;
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

/** The partner's referral inbox: what is waiting, for how long, and the answers. */
@Controller
@RequestMapping("/inbox")
class InboxController {

    static final int PAGE_SIZE = 20;

    private final PartnerInbox inbox;

    InboxController(PartnerInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    String inbox(Viewer viewer, @RequestParam(defaultValue = "AWAITING") Group show, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        model.addAttribute("entries", inbox.inbox(viewer, show, page, PAGE_SIZE)).addAttribute("show", show)
                .addAttribute("counts", inbox.counts(viewer)).addAttribute("groups", Group.values());
        return "services/referrals/inbox";
    }

    @GetMapping("/{referral}")
    String referral(Viewer viewer, @PathVariable String referral, Model model) {
        model.addAttribute("form", new AnswerForm(null, null, null));
        return page(viewer, Directory.parseId(referral, "referral"), model);
    }

    @PostMapping("/{referral}/accept")
    String accept(Viewer viewer, @PathVariable String referral, @Valid @ModelAttribute("form") AnswerForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        UUID id = Directory.parseId(referral, "referral");
        return answer(viewer, id, binding, model, redirect, "Referral accepted. The caseworker sees it on their Today page.",
                () -> inbox.accept(viewer, id, form.note()));
    }

    @PostMapping("/{referral}/decline")
    String decline(Viewer viewer, @PathVariable String referral, @Valid @ModelAttribute("form") AnswerForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        UUID id = Directory.parseId(referral, "referral");
        return answer(viewer, id, binding, model, redirect, "Referral declined. The caseworker sees your reason.",
                () -> inbox.decline(viewer, id, form.reason()));
    }

    @PostMapping("/{referral}/deliver")
    String deliver(Viewer viewer, @PathVariable String referral, @Valid @ModelAttribute("form") AnswerForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        UUID id = Directory.parseId(referral, "referral");
        return answer(viewer, id, binding, model, redirect, "Service recorded as delivered. The loop is closed.",
                () -> inbox.deliver(viewer, id, form.deliveredOn()));
    }

    private String answer(Viewer viewer, UUID id, BindingResult binding, Model model, RedirectAttributes redirect,
                          String done, Runnable action) {
        if (!binding.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("saved", done);
                return "redirect:/inbox/" + id;
            } catch (InvalidInput e) {
                if (Referral.STATE.equals(e.field())) {
                    binding.reject("state", e.getMessage());
                } else {
                    binding.rejectValue(e.field(), "invalid", e.getMessage());
                }
            } catch (ConcurrentChange e) {
                binding.reject("concurrent", e.getMessage());
            }
        }
        return page(viewer, id, model);
    }

    private String page(Viewer viewer, UUID id, Model model) {
        model.addAttribute("entry", inbox.open(viewer, id)).addAttribute("today", inbox.today());
        return "services/referrals/inbox-referral";
    }
}
