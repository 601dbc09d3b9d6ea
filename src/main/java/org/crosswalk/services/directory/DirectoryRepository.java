package org.crosswalk.services.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.services.directory.Directory.Hours;
import org.crosswalk.services.directory.Directory.Language;
import org.crosswalk.services.directory.Directory.Location;
import org.crosswalk.services.directory.Directory.OrganizationSummary;
import org.crosswalk.services.directory.Directory.ReferralTarget;
import org.crosswalk.services.directory.Directory.ServiceSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's SQL: search built from the filters present, and the HSDS tables read back. */
@Repository
class DirectoryRepository {

    private static final String SUMMARY = """
            select s.id, s.name, s.description, s.category, s.status, o.id as organization_id,
                   o.name as organization_name, o.agency_id, h.open_evenings, h.open_weekends, h.child_friendly_hours,
                   coalesce((select array_agg(l.name order by l.name) from services.language l where l.service_id = s.id), '{}') as languages,
                   coalesce((select array_agg(distinct loc.city order by loc.city)
                               from services.service_at_location sal join services.location loc on loc.id = sal.location_id
                              where sal.service_id = s.id), '{}') as cities
              from services.service s
              join services.organization o on o.id = s.organization_id
              join services.service_hours h on h.service_id = s.id
            """;
    private static final String LOCATION = """
            select loc.id, loc.name, loc.description, loc.transportation, loc.address_1, loc.address_2, loc.city,
                   loc.state_province, loc.postal_code
              from services.location loc
            """;
    private static final String ORGANIZATION = """
            select o.id, o.name, o.alternate_name, o.description, o.email, o.website, o.agency_id, o.version,
                   (select count(*) from services.service s where s.organization_id = o.id) as services
              from services.organization o
            """;

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServiceSummary> summaries(SearchFilter filter, int page, int size) {
        String rank = filter.rank() == null ? "" : filter.rank() + " desc, ";
        return jdbc.sql(SUMMARY + filter.where() + " order by " + rank + "lower(s.name), s.id limit :size offset :offset")
                .params(filter.params()).param("size", size).param("offset", (long) page * size)
                .query(this::summary).list();
    }

    long count(SearchFilter filter) {
        return jdbc.sql("""
                        select count(*) from services.service s
                          join services.organization o on o.id = s.organization_id
                          join services.service_hours h on h.service_id = s.id
                        """ + filter.where())
                .params(filter.params()).query(Long.class).single();
    }

    record ServiceRow(UUID id, UUID organizationId, String name, String alternateName, String description,
                      ServiceCategory category, ServiceStatus status, String email, String url,
                      String eligibilityDescription, Integer minimumAge, Integer maximumAge, String feesDescription,
                      String applicationProcess, String interpretationServices, OffsetDateTime updatedAt, int version) {}

    Optional<ServiceRow> service(UUID id) {
        return jdbc.sql("""
                        select id, organization_id, name, alternate_name, description, category, status, email, url,
                               eligibility_description, minimum_age, maximum_age, fees_description, application_process,
                               interpretation_services, updated_at, version
                          from services.service where id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new ServiceRow(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                        rs.getString("name"), rs.getString("alternate_name"), rs.getString("description"),
                        ServiceCategory.valueOf(rs.getString("category")), ServiceStatus.ofHsds(rs.getString("status")),
                        rs.getString("email"), rs.getString("url"), rs.getString("eligibility_description"),
                        rs.getObject("minimum_age", Integer.class), rs.getObject("maximum_age", Integer.class),
                        rs.getString("fees_description"), rs.getString("application_process"),
                        rs.getString("interpretation_services"), rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getInt("version")))
                .optional();
    }

    List<Location> locationsOfService(UUID service) {
        return jdbc.sql(LOCATION + " join services.service_at_location sal on sal.location_id = loc.id where sal.service_id = :s order by loc.city, loc.address_1")
                .param("s", service).query(this::location).list();
    }

    List<Location> locationsOf(UUID organization) {
        return jdbc.sql(LOCATION + " where loc.organization_id = :o order by loc.city, loc.address_1")
                .param("o", organization).query(this::location).list();
    }

    Optional<Location> location(UUID organization, UUID location) {
        return jdbc.sql(LOCATION + " where loc.organization_id = :o and loc.id = :l")
                .param("o", organization).param("l", location).query(this::location).optional();
    }

    List<WeeklyHours> schedules(UUID service) {
        return jdbc.sql("select id, byday, opens_at, closes_at, description from services.schedule where service_id = :s order by opens_at, byday")
                .param("s", service)
                .query((rs, n) -> new WeeklyHours(rs.getObject("id", UUID.class), WeeklyHours.parseByday(rs.getString("byday")),
                        rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
                        rs.getString("description")))
                .list().stream()
                // Weekdays before weekends, then by opening time: the order a front desk reads them out.
                .sorted(Comparator.comparing((WeeklyHours h) -> h.days().stream().min(Comparator.naturalOrder())
                        .orElseThrow()).thenComparing(WeeklyHours::opensAt))
                .toList();
    }

    List<Language> languages(UUID service) {
        return jdbc.sql("select id, name, code, note from services.language where service_id = :s order by name")
                .param("s", service).query(Language.class).list();
    }

    /** The service_at_location identifiers of a service, by location. */
    Map<UUID, UUID> serviceAtLocations(UUID service) {
        return jdbc.sql("select location_id, id from services.service_at_location where service_id = :s").param("s", service)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Hours hours(UUID service) {
        return jdbc.sql("select open_evenings, open_weekends, child_friendly_hours from services.service_hours where service_id = :s")
                .param("s", service).query(Hours.class).single();
    }

    /** An organization before its agency's name is looked up in the access module. */
    record OrganizationRow(UUID id, String name, String alternateName, String description, String email, String website,
                           Long agencyId, int services, int version) {
        OrganizationSummary withAgencyName(Map<Long, String> agencies) {
            return new OrganizationSummary(id, name, alternateName, description, email, website, agencyId,
                    agencyId == null ? null : agencies.get(agencyId), services, version);
        }
    }

    Optional<OrganizationRow> organization(UUID id) {
        return jdbc.sql(ORGANIZATION + " where o.id = :id").param("id", id).query(this::organizationRow).optional();
    }

    List<OrganizationRow> organizations() {
        return jdbc.sql(ORGANIZATION + " order by lower(o.name)").query(this::organizationRow).list();
    }

    Optional<ReferralTarget> referralTarget(UUID service) {
        return jdbc.sql("""
                        select s.id, s.name, o.name as organization_name, s.category, s.status, o.agency_id
                          from services.service s join services.organization o on o.id = s.organization_id
                         where s.id = :s
                        """)
                .param("s", service)
                .query((rs, n) -> new ReferralTarget(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("organization_name"), ServiceCategory.valueOf(rs.getString("category")),
                        ServiceStatus.ofHsds(rs.getString("status")), rs.getObject("agency_id", Long.class)))
                .optional();
    }

    List<String> languageNames() {
        return jdbc.sql("select min(name) from services.language group by lower(name) order by lower(min(name))")
                .query(String.class).list();
    }

    List<String> cities() {
        return jdbc.sql("select min(city) from services.location group by lower(city) order by lower(min(city))")
                .query(String.class).list();
    }

    private ServiceSummary summary(ResultSet rs, int n) throws SQLException {
        return new ServiceSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                ServiceCategory.valueOf(rs.getString("category")), ServiceStatus.ofHsds(rs.getString("status")),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                rs.getObject("agency_id") != null,
                new Hours(rs.getBoolean("open_evenings"), rs.getBoolean("open_weekends"), rs.getBoolean("child_friendly_hours")),
                strings(rs.getArray("languages")), strings(rs.getArray("cities")));
    }

    private Location location(ResultSet rs, int n) throws SQLException {
        return new Location(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getString("transportation"), rs.getString("address_1"), rs.getString("address_2"),
                rs.getString("city"), rs.getString("state_province"), rs.getString("postal_code"));
    }

    private OrganizationRow organizationRow(ResultSet rs, int n) throws SQLException {
        return new OrganizationRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("alternate_name"),
                rs.getString("description"), rs.getString("email"), rs.getString("website"),
                rs.getObject("agency_id", Long.class), rs.getInt("services"), rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
