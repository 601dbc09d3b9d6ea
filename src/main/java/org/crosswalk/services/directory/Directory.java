package org.crosswalk.services.directory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the partner directory: search with filters, a service with everything about it, an
 * organization with its locations and services. The directory describes agencies, not families,
 * so reading it is not audited.
 */
@Service
public class Directory {

    static final int MAX_PAGE_SIZE = 100;

    private final DirectoryRepository repository;
    private final Organisation organisation;

    Directory(DirectoryRepository repository, Organisation organisation) {
        this.repository = repository;
        this.organisation = organisation;
    }

    /** What a caseworker looks for; blank text and null filters match everything. */
    public record Search(String text, ServiceCategory category, String language, String city, boolean openEvenings,
                         boolean openWeekends, boolean childFriendlyHours, int page, int size) {

        public boolean filtered() {
            return text != null && !text.isBlank() || category != null || language != null && !language.isBlank()
                    || city != null && !city.isBlank() || openEvenings || openWeekends || childFriendlyHours;
        }
    }

    /** The hours caseworkers ask about; the rule is the view services.service_hours. */
    public record Hours(boolean openEvenings, boolean openWeekends, boolean childFriendlyHours) {}

    public record ServiceSummary(UUID id, String name, String description, ServiceCategory category, ServiceStatus status,
                                 UUID organizationId, String organizationName, boolean onCrosswalk, Hours hours,
                                 List<String> languages, List<String> cities) {}

    public record Location(UUID id, String name, String description, String transportation, String address1,
                           String address2, String city, String state, String postalCode) {}

    public record Language(UUID id, String name, String code, String note) {}

    public record OrganizationSummary(UUID id, String name, String alternateName, String description, String email,
                                      String website, Long agencyId, String agencyName, int services, int version) {}

    public record OrganizationDetails(OrganizationSummary organization, List<Location> locations,
                                      List<ServiceSummary> services) {}

    public record ServiceDetails(UUID id, String name, String alternateName, String description, ServiceCategory category,
                                 ServiceStatus status, String email, String url, String eligibilityDescription,
                                 Integer minimumAge, Integer maximumAge, String feesDescription,
                                 String applicationProcess, String interpretationServices,
                                 OrganizationSummary organization, List<Location> locations, List<WeeklyHours> schedules,
                                 List<Language> languages, Hours hours, OffsetDateTime lastModified, int version) {

        /** Referrals go to the inbox of the organization's agency, so only linked, active services take them. */
        public boolean takesReferrals() {
            return organization.agencyId() != null && status == ServiceStatus.ACTIVE;
        }
    }

    /** What a referral needs to know about the service it goes to. */
    public record ReferralTarget(UUID serviceId, String serviceName, String organizationName, ServiceCategory category,
                                 ServiceStatus status, Long agencyId) {}

    @Transactional(readOnly = true)
    public PageOf<ServiceSummary> search(Search search) {
        int size = Math.clamp(search.size(), 1, MAX_PAGE_SIZE);
        int page = Math.max(0, search.page());
        var filter = SearchFilter.of(search);
        return new PageOf<>(repository.summaries(filter, page, size), page, size, repository.count(filter));
    }

    @Transactional(readOnly = true)
    public ServiceDetails service(UUID id) {
        var row = repository.service(id).orElseThrow(() -> new RecordNotFound("service"));
        OrganizationSummary organization = organizationSummary(row.organizationId());
        return new ServiceDetails(row.id(), row.name(), row.alternateName(), row.description(), row.category(),
                row.status(), row.email(), row.url(), row.eligibilityDescription(), row.minimumAge(), row.maximumAge(),
                row.feesDescription(), row.applicationProcess(), row.interpretationServices(), organization,
                repository.locationsOfService(id), repository.schedules(id), repository.languages(id),
                repository.hours(id), row.updatedAt(), row.version());
    }

    @Transactional(readOnly = true)
    public OrganizationDetails organization(UUID id) {
        OrganizationSummary organization = organizationSummary(id);
        return new OrganizationDetails(organization, repository.locationsOf(id),
                repository.summaries(SearchFilter.ofOrganization(id), 0, 500));
    }

    @Transactional(readOnly = true)
    public List<OrganizationSummary> organizations() {
        Map<Long, String> agencies = organisation.agencyNames();
        return repository.organizations().stream().map(o -> o.withAgencyName(agencies)).toList();
    }

    /** HSDS service_at_location identifiers of a service, by location. */
    public Map<UUID, UUID> serviceAtLocations(UUID serviceId) {
        return repository.serviceAtLocations(serviceId);
    }

    public Optional<ReferralTarget> referralTarget(UUID serviceId) {
        return repository.referralTarget(serviceId);
    }

    /** Language names offered somewhere in the directory, for the search filter. */
    public List<String> languages() {
        return repository.languageNames();
    }

    /** Towns with at least one location, for the search filter. */
    public List<String> cities() {
        return repository.cities();
    }

    /** Administrators maintain every entry; partner staff maintain their own agency's organization. */
    public boolean mayMaintain(Viewer viewer, Long organizationAgencyId) {
        return viewer.role() == Role.ADMINISTRATOR
                || viewer.role() == Role.PARTNER_STAFF && viewer.agencyId() != null
                   && viewer.agencyId().equals(organizationAgencyId);
    }

    /** A path or API identifier; a malformed one is simply an entry that does not exist. */
    public static UUID parseId(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordNotFound(what);
        }
    }

    /** The search's category, language or city as typed in a URL; an unknown category is a field error. */
    public static ServiceCategory category(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ServiceCategory.valueOf(text.strip().toUpperCase().replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("category", "Choose a category from the list.");
        }
    }

    OrganizationSummary organizationSummary(UUID id) {
        return repository.organization(id).orElseThrow(() -> new RecordNotFound("organization"))
                .withAgencyName(organisation.agencyNames());
    }
}
