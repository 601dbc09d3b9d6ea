package org.crosswalk.employment.employers;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.crosswalk.access.Viewer;
import org.crosswalk.employment.Industry;
import org.crosswalk.employment.Schedule;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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

/** The employer directory pages: search, an employer with openings and hires, and the forms that keep it current. */
@Controller
@RequestMapping("/employers")
class EmployerController {

    private static final int PAGE_SIZE = 25;
    private static final int HIRES_PAGE_SIZE = 20;

    private final Employers employers;
    private final Clock clock;

    EmployerController(Employers employers, Clock clock) {
        this.employers = employers;
        this.clock = clock;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("industries", Industry.values());
        model.addAttribute("schedules", Schedule.values());
        model.addAttribute("regions", employers.regionNames());
    }

    @GetMapping
    String list(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Industry industry,
                @RequestParam(required = false) Long region, @RequestParam(defaultValue = "false") boolean hiring,
                @RequestParam(defaultValue = "NAME") Employers.Sort sort, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q).addAttribute("industry", industry).addAttribute("region", region)
                .addAttribute("hiring", hiring).addAttribute("sort", sort)
                .addAttribute("results", employers.search(viewer, new Employers.Search(q, industry, region, hiring, sort, page, PAGE_SIZE)));
        return htmx != null ? "employment/employers :: results" : "employment/employers";
    }

    @GetMapping("/new")
    String newEmployer(Viewer viewer, Model model) {
        requireEditor(viewer);
        model.addAttribute("form", EmployerForm.blank(employers.regionOf(viewer)));
        model.addAttribute("employerId", null);
        return "employment/employer-form";
    }

    @PostMapping
    String create(Viewer viewer, @Valid @ModelAttribute("form") EmployerForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long id = employers.create(viewer, form);
                redirect.addFlashAttribute("saved", "Employer added to the directory.");
                return "redirect:/employers/" + id;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        requireEditor(viewer);
        model.addAttribute("employerId", null);
        return "employment/employer-form";
    }

    @GetMapping("/{id}")
    String show(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("employer", employers.employer(viewer, id));
        model.addAttribute("hires", employers.hires(viewer, id, page, HIRES_PAGE_SIZE));
        model.addAttribute("today", LocalDate.now(clock));
        return "employment/employer";
    }

    @GetMapping("/{id}/edit")
    String edit(Viewer viewer, @PathVariable long id, Model model) {
        requireEditor(viewer);
        model.addAttribute("form", employers.employer(viewer, id).details());
        model.addAttribute("employerId", id);
        return "employment/employer-form";
    }

    @PostMapping("/{id}")
    String update(Viewer viewer, @PathVariable long id, @Valid @ModelAttribute("form") EmployerForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                employers.update(viewer, id, form);
                redirect.addFlashAttribute("saved", "Employer saved.");
                return "redirect:/employers/" + id;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (ConcurrentChange e) {
                binding.reject("concurrent", e.getMessage());
            }
        }
        requireEditor(viewer);
        employers.employer(viewer, id);
        model.addAttribute("employerId", id);
        return "employment/employer-form";
    }

    @GetMapping("/{id}/openings/new")
    String newOpening(Viewer viewer, @PathVariable long id, Model model) {
        requireEditor(viewer);
        model.addAttribute("employer", employers.employer(viewer, id));
        model.addAttribute("form", OpeningForm.blank(LocalDate.now(clock)));
        return "employment/opening";
    }

    @PostMapping("/{id}/openings")
    String addOpening(Viewer viewer, @PathVariable long id, @Valid @ModelAttribute("form") OpeningForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                employers.addOpening(viewer, id, form);
                redirect.addFlashAttribute("saved", "Opening posted.");
                return "redirect:/employers/" + id + "#openings";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        requireEditor(viewer);
        model.addAttribute("employer", employers.employer(viewer, id));
        return "employment/opening";
    }

    @PostMapping("/{id}/openings/{opening}/close")
    String closeOpening(Viewer viewer, @PathVariable long id, @PathVariable long opening,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
                        RedirectAttributes redirect) {
        try {
            employers.closeOpening(viewer, id, opening, closedOn);
            redirect.addFlashAttribute("saved", "Opening closed.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("openingError", e.getMessage());
        }
        return "redirect:/employers/" + id + "#openings";
    }

    private static void requireEditor(Viewer viewer) {
        if (!viewer.mayEditFamilies()) {
            throw new AccessDeniedException("Partner staff can read the employer directory but not change it.");
        }
    }
}
