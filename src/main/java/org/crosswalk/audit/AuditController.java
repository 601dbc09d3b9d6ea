package org.crosswalk.audit;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators browse the audit trail, newest first, filtered by who, which family, what and when. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String browse(@RequestParam(required = false) String username,
                  @RequestParam(required = false) String household,
                  @RequestParam(required = false) String action,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        UUID householdId = null;
        if (household != null && !household.isBlank()) {
            try {
                householdId = UUID.fromString(household.strip());
            } catch (IllegalArgumentException e) {
                model.addAttribute("filterError", "A household ID looks like 3f2c…-…; copy it from the family's page address.");
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            model.addAttribute("filterError", "The end date is before the start date.");
        }
        model.addAttribute("username", username).addAttribute("household", household).addAttribute("action", action)
                .addAttribute("from", from).addAttribute("to", to).addAttribute("actions", trail.actions());
        if (!model.containsAttribute("filterError")) {
            model.addAttribute("results", trail.browse(new AuditTrail.Filter(username, householdId, action, from, to),
                    Math.max(0, page), PAGE_SIZE));
        }
        return "audit/browse";
    }
}
