package org.crosswalk.services.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner directory as an Open Referral HSDS 3.0 API: {@code GET /services} pages services
 * with their one-to-one fields (or fully nested with {@code full=true}); {@code GET /services/{id}}
 * is one fully nested service. Crosswalk adds filters for category, language, town and hours.
 */
@RestController
@RequestMapping("/api/directory/services")
@Tag(name = "Partner directory", description = "Partner services in Open Referral HSDS 3.0 shape")
class DirectoryApiController {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Directory directory;
    private final Clock clock;

    DirectoryApiController(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Search services (HSDS page of services)",
            description = "search: full text; taxonomy_term_id or category (child-care, mental-health, ...); language; city; "
                    + "open_evenings, open_weekends, child_friendly_hours; page from 1; per_page up to 100.")
    Hsds.Page<Hsds.Service> services(@RequestParam(required = false) String search,
                                     @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
                                     @RequestParam(required = false) String category,
                                     @RequestParam(required = false) String language,
                                     @RequestParam(required = false) String city,
                                     @RequestParam(name = "open_evenings", defaultValue = "false") boolean openEvenings,
                                     @RequestParam(name = "open_weekends", defaultValue = "false") boolean openWeekends,
                                     @RequestParam(name = "child_friendly_hours", defaultValue = "false") boolean childFriendly,
                                     @RequestParam(defaultValue = "1") int page,
                                     @RequestParam(name = "per_page", defaultValue = "25") int perPage,
                                     @RequestParam(defaultValue = "false") boolean full) {
        if (page < 1) {
            throw new InvalidInput("page", "Pages count from 1.");
        }
        ServiceCategory chosen = taxonomyTermId != null && !taxonomyTermId.isBlank() ? byTerm(taxonomyTermId)
                : Directory.category(category);
        PageOf<Directory.ServiceSummary> found = directory.search(new Directory.Search(search, chosen, language, city,
                openEvenings, openWeekends, childFriendly, page - 1, perPage));
        List<Hsds.Service> contents = found.items().stream()
                .map(s -> full ? nested(directory.service(s.id())) : listed(s)).toList();
        return new Hsds.Page<>(found.total(), found.pages(), page, contents.size(), page == 1, !found.hasNext(),
                contents.isEmpty(), contents);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service, fully nested (HSDS)", description = "404 when there is no such service.")
    Hsds.Service service(@PathVariable String id) {
        return nested(directory.service(Directory.parseId(id, "service")));
    }

    private static ServiceCategory byTerm(String termId) {
        return Arrays.stream(ServiceCategory.values()).filter(c -> c.termId().toString().equalsIgnoreCase(termId.strip()))
                .findFirst().orElseThrow(() -> new InvalidInput("taxonomy_term_id", "No service category has that taxonomy term."));
    }

    private Hsds.Service listed(Directory.ServiceSummary s) {
        return new Hsds.Service(s.id().toString(), s.organizationId().toString(), s.name(), null, s.description(), null,
                null, s.status().hsds(), null, null, null, null, null, null, null,
                new Hsds.Organization(s.organizationId().toString(), s.organizationName(), null, null, null, null),
                null, null, null, Hsds.attributes(s.id(), s.category(), s.hours()));
    }

    private Hsds.Service nested(Directory.ServiceDetails s) {
        String id = s.id().toString();
        var o = s.organization();
        var serviceAtLocations = directory.serviceAtLocations(s.id());
        List<Hsds.ServiceAtLocation> places = s.locations().stream().map(l -> new Hsds.ServiceAtLocation(
                serviceAtLocations.get(l.id()).toString(), id, l.id().toString(),
                new Hsds.Location(l.id().toString(), "physical", o.id().toString(), l.name(), l.description(),
                        l.transportation(), List.of(new Hsds.Address(Hsds.stableId("address:" + l.id()).toString(),
                        l.id().toString(), l.address1(), l.address2(), l.city(), l.state(), l.postalCode(), "US",
                        "physical"))))).toList();
        List<Hsds.Schedule> schedules = s.schedules().stream().map(h -> new Hsds.Schedule(h.id().toString(), id, "WEEKLY",
                h.byday(), time(h.opensAt()), time(h.closesAt()), h.description())).toList();
        List<Hsds.Language> languages = s.languages().stream()
                .map(l -> new Hsds.Language(l.id().toString(), id, l.name(), l.code(), l.note())).toList();
        return new Hsds.Service(id, o.id().toString(), s.name(), s.alternateName(), s.description(), s.url(), s.email(),
                s.status().hsds(), s.interpretationServices(), s.applicationProcess(), s.feesDescription(),
                s.eligibilityDescription(), s.minimumAge(), s.maximumAge(), s.lastModified(),
                new Hsds.Organization(o.id().toString(), o.name(), o.alternateName(), o.description(), o.email(), o.website()),
                places, schedules, languages, Hsds.attributes(s.id(), s.category(), s.hours()));
    }

    /** HSDS wants the time with its UTC offset, like 09:30-05:00; the offset is the deployment's today. */
    private String time(LocalTime time) {
        ZoneOffset offset = clock.getZone().getRules().getOffset(clock.instant());
        return HH_MM.format(time) + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
    }
}
