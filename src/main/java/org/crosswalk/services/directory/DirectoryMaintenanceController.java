package org.crosswalk.services.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.UUID;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms that keep the directory current: organizations, their locations and their services. */
@Controller
@RequestMapping({"/directory", "/admin/directory"})
class DirectoryMaintenanceController {

    private final Directory directory;
    private final DirectoryMaintenance maintenance;
    private final Organisation organisation;

    DirectoryMaintenanceController(Directory directory, DirectoryMaintenance maintenance, Organisation organisation) {
        this.directory = directory;
        this.maintenance = maintenance;
        this.organisation = organisation;
    }

    @ModelAttribute("base")
    String base(HttpServletRequest request) {
        return DirectoryController.base(request);
    }

    // ---- organizations

    @GetMapping("/organizations/new")
    String newOrganization(Viewer viewer, Model model) {
        maintenance.requireAdministrator(viewer);
        model.addAttribute("form", OrganizationForm.blank());
        return organizationPage(viewer, null, model);
    }

    @PostMapping("/organizations")
    String createOrganization(Viewer viewer, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
                              Model model, RedirectAttributes redirect, @ModelAttribute("base") String base) {
        maintenance.requireAdministrator(viewer);
        if (!binding.hasErrors()) {
            try {
                UUID id = maintenance.createOrganization(viewer, form);
                redirect.addFlashAttribute("saved", form.name().strip() + " added to the directory.");
                return "redirect:" + base + "/organizations/" + id;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return organizationPage(viewer, null, model);
    }

    @GetMapping("/organizations/{id}/edit")
    String editOrganization(Viewer viewer, @PathVariable String id, Model model) {
        var organization = maintenance.requireMaintainer(viewer, Directory.parseId(id, "organization"));
        model.addAttribute("form", OrganizationForm.of(organization));
        return organizationPage(viewer, organization, model);
    }

    @PostMapping("/organizations/{id}")
    String updateOrganization(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") OrganizationForm form,
                              BindingResult binding, Model model, RedirectAttributes redirect,
                              @ModelAttribute("base") String base) {
        UUID organization = Directory.parseId(id, "organization");
        var current = maintenance.requireMaintainer(viewer, organization);
        if (!binding.hasErrors()) {
            try {
                maintenance.updateOrganization(viewer, organization, form);
                redirect.addFlashAttribute("saved", form.name().strip() + " saved.");
                return "redirect:" + base + "/organizations/" + organization;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (ConcurrentChange e) {
                binding.reject("concurrent", e.getMessage());
            }
        }
        return organizationPage(viewer, current, model);
    }

    private String organizationPage(Viewer viewer, Directory.OrganizationSummary organization, Model model) {
        model.addAttribute("organization", organization)
                .addAttribute("mayLink", viewer.role() == Role.ADMINISTRATOR)
                .addAttribute("agencies", organisation.agencies());
        return "services/directory/organization-form";
    }

    // ---- locations

    @GetMapping("/organizations/{id}/locations/new")
    String newLocation(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("organization", maintenance.requireMaintainer(viewer, Directory.parseId(id, "organization")))
                .addAttribute("form", LocationForm.blank()).addAttribute("locationId", null);
        return "services/directory/location-form";
    }

    @PostMapping("/organizations/{id}/locations")
    String addLocation(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") LocationForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect, @ModelAttribute("base") String base) {
        UUID organization = Directory.parseId(id, "organization");
        model.addAttribute("organization", maintenance.requireMaintainer(viewer, organization)).addAttribute("locationId", null);
        if (!binding.hasErrors()) {
            maintenance.addLocation(viewer, organization, form);
            redirect.addFlashAttribute("saved", "Location at " + form.address1().strip() + " added.");
            return "redirect:" + base + "/organizations/" + organization;
        }
        return "services/directory/location-form";
    }

    @GetMapping("/organizations/{id}/locations/{location}/edit")
    String editLocation(Viewer viewer, @PathVariable String id, @PathVariable String location, Model model) {
        UUID organization = Directory.parseId(id, "organization");
        model.addAttribute("organization", maintenance.requireMaintainer(viewer, organization));
        UUID locationId = Directory.parseId(location, "location");
        var current = directory.organization(organization).locations().stream().filter(l -> l.id().equals(locationId))
                .findFirst().orElseThrow(() -> new RecordNotFound("location"));
        model.addAttribute("form", LocationForm.of(current)).addAttribute("locationId", locationId);
        return "services/directory/location-form";
    }

    @PostMapping("/organizations/{id}/locations/{location}")
    String updateLocation(Viewer viewer, @PathVariable String id, @PathVariable String location,
                          @Valid @ModelAttribute("form") LocationForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect, @ModelAttribute("base") String base) {
        UUID organization = Directory.parseId(id, "organization");
        UUID locationId = Directory.parseId(location, "location");
        model.addAttribute("organization", maintenance.requireMaintainer(viewer, organization)).addAttribute("locationId", locationId);
        if (!binding.hasErrors()) {
            maintenance.updateLocation(viewer, organization, locationId, form);
            redirect.addFlashAttribute("saved", "Location at " + form.address1().strip() + " saved.");
            return "redirect:" + base + "/organizations/" + organization;
        }
        return "services/directory/location-form";
    }

    // ---- services

    @GetMapping("/organizations/{id}/services/new")
    String newService(Viewer viewer, @PathVariable String id, Model model) {
        UUID organization = Directory.parseId(id, "organization");
        maintenance.requireMaintainer(viewer, organization);
        model.addAttribute("form", ServiceForm.blank());
        return servicePage(organization, null, model);
    }

    @PostMapping("/organizations/{id}/services")
    String addService(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") ServiceForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect, @ModelAttribute("base") String base) {
        UUID organization = Directory.parseId(id, "organization");
        maintenance.requireMaintainer(viewer, organization);
        if (!binding.hasErrors()) {
            try {
                UUID service = maintenance.addService(viewer, organization, form);
                redirect.addFlashAttribute("saved", form.name().strip() + " added.");
                return "redirect:" + base + "/services/" + service;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return servicePage(organization, null, model);
    }

    @GetMapping("/services/{id}/edit")
    String editService(Viewer viewer, @PathVariable String id, Model model) {
        var service = directory.service(Directory.parseId(id, "service"));
        maintenance.requireMaintainer(viewer, service.organization().id());
        model.addAttribute("form", ServiceForm.of(service));
        return servicePage(service.organization().id(), service.id(), model);
    }

    @PostMapping("/services/{id}")
    String updateService(Viewer viewer, @PathVariable String id, @Valid @ModelAttribute("form") ServiceForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect, @ModelAttribute("base") String base) {
        var service = directory.service(Directory.parseId(id, "service"));
        maintenance.requireMaintainer(viewer, service.organization().id());
        if (!binding.hasErrors()) {
            try {
                maintenance.updateService(viewer, service.id(), form);
                redirect.addFlashAttribute("saved", form.name().strip() + " saved.");
                return "redirect:" + base + "/services/" + service.id();
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (ConcurrentChange e) {
                binding.reject("concurrent", e.getMessage());
            }
        }
        return servicePage(service.organization().id(), service.id(), model);
    }

    private String servicePage(UUID organization, UUID serviceId, Model model) {
        var details = directory.organization(organization);
        model.addAttribute("organization", details.organization()).addAttribute("locations", details.locations())
                .addAttribute("serviceId", serviceId).addAttribute("categories", ServiceCategory.values())
                .addAttribute("statuses", ServiceStatus.values()).addAttribute("days", DayOfWeek.values());
        return "services/directory/service-form";
    }
}
