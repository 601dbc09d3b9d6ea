package org.crosswalk.flexfunds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.InvalidInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The team lead's flexible funds: the queue, each request, the pools with their ledgers and reports. */
@Controller
@RequestMapping("/flex")
class FlexTeamController {

    private final FlexFunds funds;
    private final Pools pools;
    private final Clock clock;

    FlexTeamController(FlexFunds funds, Pools pools, Clock clock) {
        this.funds = funds;
        this.pools = pools;
        this.clock = clock;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("methods", PaymentMethod.values());
    }

    @GetMapping
    String team(Viewer viewer, Model model) {
        model.addAttribute("team", pools.team(viewer));
        return "flexfunds/team";
    }

    @GetMapping("/regions")
    String regions(Viewer viewer, Model model) {
        model.addAttribute("rows", pools.regions(viewer));
        return "flexfunds/regions";
    }

    @GetMapping("/regions.csv")
    ResponseEntity<String> regionsCsv(Viewer viewer) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"flex-regions.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(pools.regionsCsv(viewer));
    }

    // ---- one request

    @GetMapping("/requests/{request}")
    String request(Viewer viewer, @PathVariable UUID request, Model model) {
        return requestPage(viewer, request, model, new ReasonForm(null), new PaymentForm(null, null, UUID.randomUUID().toString()));
    }

    private String requestPage(Viewer viewer, UUID request, Model model, ReasonForm reason, PaymentForm payment) {
        model.addAttribute("view", pools.request(viewer, request, funds));
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", reason);
        }
        if (!model.containsAttribute("paymentForm")) {
            model.addAttribute("paymentForm", payment);
        }
        return "flexfunds/request";
    }

    @PostMapping("/requests/{request}/approve")
    String approve(Viewer viewer, @PathVariable UUID request, Model model, RedirectAttributes redirect) {
        try {
            var outcome = funds.approve(viewer, request);
            redirect.addFlashAttribute("saved", outcome.replayed() ? "This request was approved already." : "Approved.");
            return "redirect:/flex/requests/" + request;
        } catch (InvalidInput e) {
            model.addAttribute("decisionError", e.getMessage());
            return requestPage(viewer, request, model, new ReasonForm(null), new PaymentForm(null, null, UUID.randomUUID().toString()));
        }
    }

    @PostMapping("/requests/{request}/decline")
    String decline(Viewer viewer, @PathVariable UUID request, @ModelAttribute("reasonForm") ReasonForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            funds.decline(viewer, request, form);
            redirect.addFlashAttribute("saved", "Declined. The navigator sees why on their Today page.");
            return "redirect:/flex/requests/" + request;
        } catch (InvalidInput e) {
            binding.rejectValue("reason", "invalid", e.getMessage());
            return requestPage(viewer, request, model, form, new PaymentForm(null, null, UUID.randomUUID().toString()));
        }
    }

    @PostMapping("/requests/{request}/pay")
    String pay(Viewer viewer, @PathVariable UUID request, @ModelAttribute("paymentForm") PaymentForm form,
               BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            var outcome = funds.pay(viewer, request, form);
            redirect.addFlashAttribute("saved", outcome.replayed() ? "This payment was recorded already; nothing new was recorded."
                    : "Payment recorded.");
            return "redirect:/flex/requests/" + request;
        } catch (InvalidInput e) {
            if (e.field().equals("idempotencyKey")) {
                binding.reject("invalid", e.getMessage());
            } else {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
            return requestPage(viewer, request, model, new ReasonForm(null), form);
        }
    }

    @PostMapping("/requests/{request}/reverse")
    String reverse(Viewer viewer, @PathVariable UUID request, @ModelAttribute("reasonForm") ReasonForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            funds.reverse(viewer, request, form);
            redirect.addFlashAttribute("saved", "Reversed: the ledger has the reversing entries.");
            return "redirect:/flex/requests/" + request;
        } catch (InvalidInput e) {
            binding.rejectValue("reason", "invalid", e.getMessage());
            return requestPage(viewer, request, model, form, new PaymentForm(null, null, UUID.randomUUID().toString()));
        }
    }

    // ---- pools

    @GetMapping("/pools/new")
    String newPool(Viewer viewer, Model model) {
        model.addAttribute("regions", pools.regionsFor(viewer));
        model.addAttribute("form", new PoolForm(viewer.regionId(), FiscalYear.of(LocalDate.now(clock)).year(), null, null, "0"));
        return "flexfunds/new-pool";
    }

    @PostMapping("/pools")
    String createPool(Viewer viewer, @ModelAttribute("form") PoolForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long id = pools.create(viewer, form);
                redirect.addFlashAttribute("saved", "Pool opened.");
                return "redirect:/flex/pools/" + id;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("regions", pools.regionsFor(viewer));
        return "flexfunds/new-pool";
    }

    @GetMapping("/pools/{pool}")
    String pool(Viewer viewer, @PathVariable long pool, @RequestParam(defaultValue = "0") int page, Model model) {
        var view = pools.pool(viewer, pool, page);
        model.addAttribute("view", view);
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", new SettingsForm(view.pool().familyCap().dollars().toPlainString(),
                    view.pool().autoApproveBelow().dollars().toPlainString()));
        }
        if (!model.containsAttribute("budgetForm")) {
            model.addAttribute("budgetForm", new BudgetForm(null, null, null));
        }
        return "flexfunds/pool";
    }

    @PostMapping("/pools/{pool}/settings")
    String settings(Viewer viewer, @PathVariable long pool, @ModelAttribute("settingsForm") SettingsForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            pools.settings(viewer, pool, form);
            redirect.addFlashAttribute("saved", "Cap and threshold saved.");
            return "redirect:/flex/pools/" + pool;
        } catch (InvalidInput e) {
            binding.rejectValue(e.field(), "invalid", e.getMessage());
            return pool(viewer, pool, 0, model);
        }
    }

    @PostMapping("/pools/{pool}/budget")
    String budget(Viewer viewer, @PathVariable long pool, @ModelAttribute("budgetForm") BudgetForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            pools.budget(viewer, pool, form);
            redirect.addFlashAttribute("saved", "Budget changed; the ledger has the entry.");
            return "redirect:/flex/pools/" + pool;
        } catch (InvalidInput e) {
            binding.rejectValue(e.field(), "invalid", e.getMessage());
            return pool(viewer, pool, 0, model);
        }
    }

    @GetMapping("/pools/{pool}/requests.csv")
    ResponseEntity<String> csv(Viewer viewer, @PathVariable long pool) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"flex-pool-" + pool + "-requests.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(pools.csv(viewer, pool));
    }
}
