package org.crosswalk.services.directory;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the directory. Administrators add organizations and link them to an agency; after that
 * the agency's partner staff keep their own entry current (locations, services, hours, languages).
 */
@Service
class DirectoryMaintenance {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DirectoryRepository repository;
    private final Organisation organisation;

    DirectoryMaintenance(JdbcClient jdbc, Directory directory, DirectoryRepository repository, Organisation organisation) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.repository = repository;
        this.organisation = organisation;
    }

    /** The organization, if the viewer may change it; otherwise 403 (the directory itself is not secret). */
    Directory.OrganizationSummary requireMaintainer(Viewer viewer, UUID organization) {
        var summary = directory.organizationSummary(organization);
        if (!directory.mayMaintain(viewer, summary.agencyId())) {
            throw new AccessDeniedException("Only administrators and the organization's own staff change its directory entry.");
        }
        return summary;
    }

    void requireAdministrator(Viewer viewer) {
        if (viewer.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Administrators add organizations to the directory.");
        }
    }

    @Transactional
    UUID createOrganization(Viewer viewer, OrganizationForm form) {
        requireAdministrator(viewer);
        UUID id = UUID.randomUUID();
        checkAgency(form.agencyId(), id);
        try {
            jdbc.sql("""
                            insert into services.organization (id, name, alternate_name, description, email, website, agency_id)
                            values (:id, :name, :alternate, :description, :email, :website, :agency)
                            """)
                    .param("id", id).param("name", form.name().strip()).param("alternate", blankToNull(form.alternateName()))
                    .param("description", form.description().strip()).param("email", blankToNull(form.email()))
                    .param("website", blankToNull(form.website())).param("agency", form.agencyId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(form);
        }
        return id;
    }

    /** Partner staff cannot move their entry to another agency's inbox: the link stays as it is. */
    @Transactional
    void updateOrganization(Viewer viewer, UUID id, OrganizationForm form) {
        var current = requireMaintainer(viewer, id);
        Long agency = viewer.role() == Role.ADMINISTRATOR ? form.agencyId() : current.agencyId();
        checkAgency(agency, id);
        int changed;
        try {
            changed = jdbc.sql("""
                            update services.organization
                               set name = :name, alternate_name = :alternate, description = :description, email = :email,
                                   website = :website, agency_id = :agency, updated_at = now(), version = version + 1
                             where id = :id and version = :version
                            """)
                    .param("name", form.name().strip()).param("alternate", blankToNull(form.alternateName()))
                    .param("description", form.description().strip()).param("email", blankToNull(form.email()))
                    .param("website", blankToNull(form.website())).param("agency", agency)
                    .param("id", id).param("version", form.version() == null ? -1 : form.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(form);
        }
        if (changed == 0) {
            throw new ConcurrentChange("This organization's entry");
        }
    }

    @Transactional
    UUID addLocation(Viewer viewer, UUID organization, LocationForm form) {
        requireMaintainer(viewer, organization);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into services.location (id, organization_id, name, description, transportation, address_1,
                                                       address_2, city, state_province, postal_code)
                        values (:id, :org, :name, :description, :transportation, :a1, :a2, :city, :state, :zip)
                        """)
                .param("id", id).param("org", organization).params(locationParams(form)).update();
        return id;
    }

    @Transactional
    void updateLocation(Viewer viewer, UUID organization, UUID location, LocationForm form) {
        requireMaintainer(viewer, organization);
        repository.location(organization, location).orElseThrow(() -> new RecordNotFound("location"));
        jdbc.sql("""
                        update services.location
                           set name = :name, description = :description, transportation = :transportation, address_1 = :a1,
                               address_2 = :a2, city = :city, state_province = :state, postal_code = :zip
                         where id = :id and organization_id = :org
                        """)
                .param("id", location).param("org", organization).params(locationParams(form)).update();
    }

    @Transactional
    UUID addService(Viewer viewer, UUID organization, ServiceForm form) {
        requireMaintainer(viewer, organization);
        var checked = ServiceRules.check(form, repository.locationsOf(organization));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into services.service (id, organization_id, name, alternate_name, description, category, status,
                               email, url, eligibility_description, minimum_age, maximum_age, fees_description,
                               application_process, interpretation_services)
                        values (:id, :org, :name, :alternate, :description, :category, :status, :email, :url, :eligibility,
                                :minAge, :maxAge, :fees, :application, :interpretation)
                        """)
                .param("id", id).param("org", organization).params(ServiceRules.params(form)).update();
        writeParts(id, checked);
        return id;
    }

    @Transactional
    void updateService(Viewer viewer, UUID service, ServiceForm form) {
        var current = directory.service(service);
        requireMaintainer(viewer, current.organization().id());
        var checked = ServiceRules.check(form, repository.locationsOf(current.organization().id()));
        int changed = jdbc.sql("""
                        update services.service
                           set name = :name, alternate_name = :alternate, description = :description, category = :category,
                               status = :status, email = :email, url = :url, eligibility_description = :eligibility,
                               minimum_age = :minAge, maximum_age = :maxAge, fees_description = :fees,
                               application_process = :application, interpretation_services = :interpretation,
                               updated_at = now(), version = version + 1
                         where id = :id and version = :version
                        """)
                .param("id", service).param("version", form.version() == null ? -1 : form.version())
                .params(ServiceRules.params(form)).update();
        if (changed == 0) {
            throw new ConcurrentChange("This service's entry");
        }
        jdbc.sql("delete from services.schedule where service_id = :s").param("s", service).update();
        jdbc.sql("delete from services.language where service_id = :s").param("s", service).update();
        jdbc.sql("delete from services.service_at_location where service_id = :s").param("s", service).update();
        writeParts(service, checked);
    }

    private void writeParts(UUID service, ServiceRules.Checked checked) {
        for (UUID location : checked.locations()) {
            jdbc.sql("insert into services.service_at_location (id, service_id, location_id) values (:id, :s, :l)")
                    .param("id", UUID.randomUUID()).param("s", service).param("l", location).update();
        }
        for (WeeklyHours hours : checked.schedules()) {
            jdbc.sql("""
                            insert into services.schedule (id, service_id, byday, opens_at, closes_at, description)
                            values (:id, :s, :byday, :opens, :closes, :description)
                            """)
                    .param("id", UUID.randomUUID()).param("s", service).param("byday", hours.byday())
                    .param("opens", hours.opensAt()).param("closes", hours.closesAt())
                    .param("description", blankToNull(hours.description())).update();
        }
        for (Directory.Language language : checked.languages()) {
            jdbc.sql("insert into services.language (id, service_id, name, code) values (:id, :s, :name, :code)")
                    .param("id", UUID.randomUUID()).param("s", service).param("name", language.name())
                    .param("code", language.code()).update();
        }
    }

    /** An agency has one directory entry, so its inbox is never ambiguous. */
    private void checkAgency(Long agency, UUID self) {
        if (agency == null) {
            return;
        }
        if (organisation.agencies().stream().noneMatch(a -> a.id() == agency)) {
            throw new InvalidInput("agencyId", "Choose an agency from the list.");
        }
        jdbc.sql("select name from services.organization where agency_id = :a and id <> :self")
                .param("a", agency).param("self", self).query(String.class).optional()
                .ifPresent(other -> {
                    throw new InvalidInput("agencyId", "That agency already has a directory entry: " + other + ".");
                });
    }

    private static Map<String, Object> locationParams(LocationForm form) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", blankToNull(form.name()));
        params.put("description", blankToNull(form.description()));
        params.put("transportation", blankToNull(form.transportation()));
        params.put("a1", form.address1().strip());
        params.put("a2", blankToNull(form.address2()));
        params.put("city", form.city().strip());
        params.put("state", form.state().strip().toUpperCase());
        params.put("zip", form.postalCode().strip());
        return params;
    }

    private static InvalidInput duplicate(OrganizationForm form) {
        return new InvalidInput("name", "There is already an organization called " + form.name().strip() + ".");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
