package org.crosswalk.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** Administrators manage regions, agencies and staff accounts. URL rules restrict /admin to them. */
@Controller
@RequestMapping("/admin")
class AdminController {

    private final Organisation organisation;

    AdminController(Organisation organisation) {
        this.organisation = organisation;
    }

    record RegionForm(@NotBlank(message = "Enter the region's name.") @Size(max = 80, message = "At most 80 characters.") String name) {}

    record AgencyForm(@NotBlank(message = "Enter the agency's name.") @Size(max = 120, message = "At most 120 characters.") String name,
                      @NotNull(message = "Choose what kind of agency this is.") AgencyKind kind,
                      @NotNull(message = "Choose the agency's region.") Long regionId,
                      boolean active) {}

    record StaffForm(@NotBlank(message = "Enter a username.")
                     @Pattern(regexp = "^$|^[A-Za-z0-9._-]{3,40}$", message = "3 to 40 letters, digits, dots, dashes or underscores.") String username,
                     @NotBlank(message = "Enter the person's name.") @Size(max = 100, message = "At most 100 characters.") String displayName,
                     @Email(message = "That is not an email address.") @Size(max = 200) String email,
                     @NotNull(message = "Choose a role.") Role role,
                     Long agencyId, Long regionId, boolean enabled,
                     @Size(max = 200, message = "At most 200 characters.") String password) {

        Organisation.NewStaffMember toCommand() {
            return new Organisation.NewStaffMember(username, displayName, email, role, agencyId, regionId, enabled, password);
        }
    }

    @ModelAttribute
    void lists(Model model) {
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("roles", Role.values());
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("regionCount", organisation.regions().size());
        model.addAttribute("agencyCount", organisation.agencies().size());
        model.addAttribute("staffCount", organisation.staff().size());
        return "access/admin";
    }

    // ---- regions

    @GetMapping("/regions")
    String regions(Model model) {
        model.addAttribute("form", new RegionForm(null));
        return regionsPage(model);
    }

    @PostMapping("/regions")
    String createRegion(@Valid @ModelAttribute("form") RegionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                organisation.createRegion(form.name());
                redirect.addFlashAttribute("saved", "Region " + form.name().strip() + " added.");
                return "redirect:/admin/regions";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return regionsPage(model);
    }

    private String regionsPage(Model model) {
        model.addAttribute("regions", organisation.regions());
        return "access/regions";
    }

    // ---- agencies

    @GetMapping("/agencies")
    String agencies(Model model) {
        model.addAttribute("agencies", organisation.agencies());
        return "access/agencies";
    }

    @GetMapping("/agencies/new")
    String newAgency(Model model) {
        model.addAttribute("form", new AgencyForm(null, null, null, true));
        return agencyPage(model, null);
    }

    @GetMapping("/agencies/{id}/edit")
    String editAgency(@PathVariable long id, Model model) {
        var a = organisation.agency(id);
        model.addAttribute("form", new AgencyForm(a.name(), a.kind(), a.regionId(), a.active()));
        return agencyPage(model, id);
    }

    @PostMapping({"/agencies", "/agencies/{id}"})
    String saveAgency(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") AgencyForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var command = new Organisation.NewAgency(form.name(), form.kind(), form.regionId(), form.active());
                if (id == null) {
                    organisation.createAgency(command);
                } else {
                    organisation.updateAgency(id, command);
                }
                redirect.addFlashAttribute("saved", "Agency " + form.name().strip() + " saved.");
                return "redirect:/admin/agencies";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return agencyPage(model, id);
    }

    private String agencyPage(Model model, Long id) {
        model.addAttribute("agencyId", id);
        model.addAttribute("regions", organisation.regions());
        return "access/agency";
    }

    // ---- staff

    @GetMapping("/staff")
    String staff(Model model) {
        model.addAttribute("staff", organisation.staff());
        return "access/staff";
    }

    @GetMapping("/staff/new")
    String newStaff(Model model) {
        model.addAttribute("form", new StaffForm(null, null, null, Role.NAVIGATOR, null, null, true, null));
        return staffPage(model, null);
    }

    @GetMapping("/staff/{id}/edit")
    String editStaff(@PathVariable long id, Model model) {
        var s = organisation.staffMember(id);
        model.addAttribute("form", new StaffForm(s.username(), s.displayName(), s.email(), s.role(), s.agencyId(),
                s.regionId(), s.enabled(), null));
        return staffPage(model, id);
    }

    @PostMapping({"/staff", "/staff/{id}"})
    String saveStaff(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") StaffForm form,
                     BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                if (id == null) {
                    organisation.createStaffMember(form.toCommand());
                } else {
                    organisation.updateStaffMember(id, form.toCommand());
                }
                redirect.addFlashAttribute("saved", form.displayName().strip() + " saved.");
                return "redirect:/admin/staff";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return staffPage(model, id);
    }

    private String staffPage(Model model, Long id) {
        model.addAttribute("staffId", id);
        model.addAttribute("agencies", organisation.agencies());
        model.addAttribute("regions", organisation.regions());
        return "access/staff-member";
    }
}
