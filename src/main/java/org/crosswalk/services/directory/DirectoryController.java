package org.crosswalk.services.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.shared.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading the partner directory. Caseworkers and partners use it under /directory; administrators,
 * who maintain it but open no family records, use the same pages under /admin/directory.
 */
@Controller
@RequestMapping({"/directory", "/admin/directory"})
class DirectoryController {

    static final int PAGE_SIZE = 20;

    private final Directory directory;
    private final Households households;

    DirectoryController(Directory directory, Households households) {
        this.directory = directory;
        this.households = households;
    }

    /** Where these pages live for this user: /directory, or /admin/directory for administrators. */
    @ModelAttribute("base")
    static String base(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/admin/") ? "/admin/directory" : "/directory";
    }

    @GetMapping
    String search(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String language, @RequestParam(required = false) String city,
                  @RequestParam(defaultValue = "false") boolean evenings, @RequestParam(defaultValue = "false") boolean weekends,
                  @RequestParam(defaultValue = "false") boolean childFriendly, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(name = "for", required = false) String forHousehold,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q).addAttribute("category", category).addAttribute("language", language)
                .addAttribute("city", city).addAttribute("evenings", evenings).addAttribute("weekends", weekends)
                .addAttribute("childFriendly", childFriendly).addAttribute("forHousehold", household(forHousehold))
                .addAttribute("categories", ServiceCategory.values()).addAttribute("languages", directory.languages())
                .addAttribute("cities", directory.cities())
                .addAttribute("mayAddOrganizations", viewer.role() == Role.ADMINISTRATOR);
        try {
            model.addAttribute("results", directory.search(new Directory.Search(q, Directory.category(category), language,
                    city, evenings, weekends, childFriendly, page, PAGE_SIZE)));
        } catch (InvalidInput e) {
            model.addAttribute("searchError", e.getMessage());
        }
        return htmx != null ? "services/directory/search :: results" : "services/directory/search";
    }

    @GetMapping("/services/{id}")
    String service(Viewer viewer, @PathVariable String id, @RequestParam(name = "for", required = false) String forHousehold,
                   Model model) {
        var service = directory.service(Directory.parseId(id, "service"));
        model.addAttribute("service", service)
                .addAttribute("mayMaintain", directory.mayMaintain(viewer, service.organization().agencyId()))
                .addAttribute("mayRefer", viewer.mayEditFamilies() && service.takesReferrals())
                .addAttribute("forHousehold", household(forHousehold));
        return "services/directory/service";
    }

    /** Choosing the family to refer: the caseworker's own families, or a name search among those they may see. */
    @GetMapping("/services/{id}/refer")
    String refer(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String q,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        if (!viewer.mayEditFamilies()) {
            throw new AccessDeniedException("Caseworkers refer families; partner staff answer referrals in their inbox.");
        }
        var service = directory.service(Directory.parseId(id, "service"));
        boolean mine = q == null || q.isBlank();
        model.addAttribute("service", service).addAttribute("q", q).addAttribute("mine", mine)
                .addAttribute("families", households.search(viewer, new Households.Search(mine ? null : q, null, null, mine,
                        Households.Sort.NAME, page, 25)));
        return "services/directory/refer";
    }

    @GetMapping("/organizations")
    String organizations(Viewer viewer, Model model) {
        model.addAttribute("organizations", directory.organizations())
                .addAttribute("mayAddOrganizations", viewer.role() == Role.ADMINISTRATOR);
        return "services/directory/organizations";
    }

    @GetMapping("/organizations/{id}")
    String organization(Viewer viewer, @PathVariable String id, Model model) {
        var organization = directory.organization(Directory.parseId(id, "organization"));
        model.addAttribute("details", organization)
                .addAttribute("mayMaintain", directory.mayMaintain(viewer, organization.organization().agencyId()));
        return "services/directory/organization";
    }

    /** The family a caseworker is finding a service for, carried through the search; ignored if malformed. */
    private static UUID household(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
