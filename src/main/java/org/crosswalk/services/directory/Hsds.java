package org.crosswalk.services.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The directory as Open Referral HSDS 3.0 JSON: the field names, nesting and page envelope of the
 * HSDS API ({@code /services}, {@code /services/{id}}), so any HSDS consumer can read it.
 */
final class Hsds {

    static final String HOURS_TAXONOMY = "Crosswalk opening hours";

    private Hsds() {
    }

    /** The HSDS API page envelope; {@code page_number} counts from 1. */
    record Page<T>(@JsonProperty("total_items") long totalItems, @JsonProperty("total_pages") int totalPages,
                   @JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
                   @JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(String id, @JsonProperty("organization_id") String organizationId, String name,
                   @JsonProperty("alternate_name") String alternateName, String description, String url, String email,
                   String status, @JsonProperty("interpretation_services") String interpretationServices,
                   @JsonProperty("application_process") String applicationProcess,
                   @JsonProperty("fees_description") String feesDescription,
                   @JsonProperty("eligibility_description") String eligibilityDescription,
                   @JsonProperty("minimum_age") Integer minimumAge, @JsonProperty("maximum_age") Integer maximumAge,
                   @JsonProperty("last_modified") OffsetDateTime lastModified, Organization organization,
                   @JsonProperty("service_at_locations") List<ServiceAtLocation> serviceAtLocations,
                   List<Schedule> schedules, List<Language> languages, List<Attribute> attributes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(String id, String name, @JsonProperty("alternate_name") String alternateName, String description,
                        String email, String website) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceAtLocation(String id, @JsonProperty("service_id") String serviceId,
                             @JsonProperty("location_id") String locationId, Location location) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Location(String id, @JsonProperty("location_type") String locationType,
                    @JsonProperty("organization_id") String organizationId, String name, String description,
                    String transportation, List<Address> addresses) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Address(String id, @JsonProperty("location_id") String locationId, @JsonProperty("address_1") String address1,
                   @JsonProperty("address_2") String address2, String city, @JsonProperty("state_province") String stateProvince,
                   @JsonProperty("postal_code") String postalCode, String country,
                   @JsonProperty("address_type") String addressType) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Schedule(String id, @JsonProperty("service_id") String serviceId, String freq, String byday,
                    @JsonProperty("opens_at") String opensAt, @JsonProperty("closes_at") String closesAt,
                    String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Language(String id, @JsonProperty("service_id") String serviceId, String name, String code, String note) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attribute(String id, @JsonProperty("link_id") String linkId, @JsonProperty("link_type") String linkType,
                     @JsonProperty("link_entity") String linkEntity, @JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaxonomyTerm(String id, String code, String name, String description, String taxonomy) {}

    /** The service's category, and each of the opening-hours flags it has, as HSDS attributes. */
    static List<Attribute> attributes(UUID service, ServiceCategory category, Directory.Hours hours) {
        var attributes = new ArrayList<Attribute>();
        attributes.add(attribute(service, "service_category", new TaxonomyTerm(category.termId().toString(), category.code(),
                category.label(), "Crosswalk service category: " + category.label() + ".", ServiceCategory.TAXONOMY)));
        if (hours.openEvenings()) {
            attributes.add(attribute(service, "opening_hours", hoursTerm("open-evenings", "Open evenings", "Some session runs until 7 pm or later.")));
        }
        if (hours.openWeekends()) {
            attributes.add(attribute(service, "opening_hours", hoursTerm("open-weekends", "Open weekends", "Some session is on a Saturday or Sunday.")));
        }
        if (hours.childFriendlyHours()) {
            attributes.add(attribute(service, "opening_hours", hoursTerm("child-friendly-hours", "Child-friendly hours",
                    "Some weekday session starts at 9:00 or later and ends by 3:00 pm, inside the school day.")));
        }
        return attributes;
    }

    private static Attribute attribute(UUID service, String linkType, TaxonomyTerm term) {
        return new Attribute(stableId("attribute:" + service + ":" + term.code()).toString(), service.toString(), linkType,
                "service", term);
    }

    private static TaxonomyTerm hoursTerm(String code, String name, String description) {
        return new TaxonomyTerm(stableId(HOURS_TAXONOMY + ":" + code).toString(), code, name, description, HOURS_TAXONOMY);
    }

    /** Identifiers for records HSDS has and Crosswalk folds away (addresses, attributes): the same on every call. */
    static UUID stableId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
