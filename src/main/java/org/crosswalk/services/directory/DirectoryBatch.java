package org.crosswalk.services.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads whole directory entries at once, for loaders (the demo now, an HSDS import later). No
 * permission checks: a load is not a person editing.
 */
@Service
public class DirectoryBatch {

    private final JdbcClient jdbc;

    DirectoryBatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewOrganization(String name, String alternateName, String description, String email, String website,
                                  Long agencyId, List<NewLocation> locations, List<NewService> services) {}

    /** {@code key} names the location for the services offered there. */
    public record NewLocation(String key, String name, String address1, String city, String state, String postalCode,
                              String transportation) {}

    public record NewService(String name, String alternateName, String description, ServiceCategory category,
                             ServiceStatus status, String eligibilityDescription, Integer minimumAge, Integer maximumAge,
                             String feesDescription, String applicationProcess, String interpretationServices,
                             List<String> languages, List<String> locationKeys, List<WeeklyHours> schedules) {}

    /** An active service of an organization that answers referrals in Crosswalk. */
    public record ReferableService(UUID id, String name, ServiceCategory category, long agencyId) {}

    public boolean empty() {
        return !jdbc.sql("select exists (select 1 from services.organization)").query(Boolean.class).single();
    }

    @Transactional
    public void load(List<NewOrganization> organizations) {
        for (NewOrganization o : organizations) {
            UUID org = UUID.randomUUID();
            jdbc.sql("""
                            insert into services.organization (id, name, alternate_name, description, email, website, agency_id)
                            values (:id, :name, :alternate, :description, :email, :website, :agency)
                            """)
                    .param("id", org).param("name", o.name()).param("alternate", o.alternateName())
                    .param("description", o.description()).param("email", o.email()).param("website", o.website())
                    .param("agency", o.agencyId()).update();
            Map<String, UUID> locations = new HashMap<>();
            for (NewLocation l : o.locations()) {
                UUID id = UUID.randomUUID();
                locations.put(l.key(), id);
                jdbc.sql("""
                                insert into services.location (id, organization_id, name, transportation, address_1, city,
                                                               state_province, postal_code)
                                values (:id, :org, :name, :transportation, :a1, :city, :state, :zip)
                                """)
                        .param("id", id).param("org", org).param("name", l.name()).param("transportation", l.transportation())
                        .param("a1", l.address1()).param("city", l.city()).param("state", l.state())
                        .param("zip", l.postalCode()).update();
            }
            for (NewService s : o.services()) {
                insertService(org, s, locations);
            }
        }
    }

    private void insertService(UUID org, NewService s, Map<String, UUID> locations) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into services.service (id, organization_id, name, alternate_name, description, category, status,
                               eligibility_description, minimum_age, maximum_age, fees_description, application_process,
                               interpretation_services)
                        values (:id, :org, :name, :alternate, :description, :category, :status, :eligibility, :minAge,
                                :maxAge, :fees, :application, :interpretation)
                        """)
                .param("id", id).param("org", org).param("name", s.name()).param("alternate", s.alternateName())
                .param("description", s.description()).param("category", s.category().name())
                .param("status", s.status().hsds()).param("eligibility", s.eligibilityDescription())
                .param("minAge", s.minimumAge()).param("maxAge", s.maximumAge()).param("fees", s.feesDescription())
                .param("application", s.applicationProcess()).param("interpretation", s.interpretationServices())
                .update();
        for (String key : s.locationKeys()) {
            jdbc.sql("insert into services.service_at_location (id, service_id, location_id) values (:id, :s, :l)")
                    .param("id", UUID.randomUUID()).param("s", id).param("l", locations.get(key)).update();
        }
        for (WeeklyHours h : s.schedules()) {
            jdbc.sql("""
                            insert into services.schedule (id, service_id, byday, opens_at, closes_at, description)
                            values (:id, :s, :byday, :opens, :closes, :description)
                            """)
                    .param("id", UUID.randomUUID()).param("s", id).param("byday", h.byday()).param("opens", h.opensAt())
                    .param("closes", h.closesAt()).param("description", h.description()).update();
        }
        for (Directory.Language language : LanguageNames.parse(String.join(",", s.languages()), "languages")) {
            jdbc.sql("insert into services.language (id, service_id, name, code) values (:id, :s, :name, :code)")
                    .param("id", UUID.randomUUID()).param("s", id).param("name", language.name())
                    .param("code", language.code()).update();
        }
    }

    /** Active services whose organization answers referrals in Crosswalk, for loaders that send referrals. */
    public List<ReferableService> referableServices() {
        return jdbc.sql("""
                        select s.id, s.name, s.category, o.agency_id
                          from services.service s join services.organization o on o.id = s.organization_id
                         where o.agency_id is not null and s.status = 'active'
                         order by o.agency_id, s.name
                        """)
                .query((rs, n) -> new ReferableService(rs.getObject("id", UUID.class), rs.getString("name"),
                        ServiceCategory.valueOf(rs.getString("category")), rs.getLong("agency_id")))
                .list();
    }
}
