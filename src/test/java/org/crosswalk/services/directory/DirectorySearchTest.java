package org.crosswalk.services.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.access.Viewer;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Searching the directory on real PostgreSQL: words, kind of help, language, town and the hours
 * families ask about, with paging; and the same directory as HSDS JSON. Services live in a town
 * of their own (Testbury) so the demo directory does not interfere.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectorySearchTest {

    static final String TOWN = "Testbury";

    @Autowired Directory directory;
    @Autowired DirectoryMaintenance maintenance;
    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    Viewer admin;
    StaffUser navigator;
    UUID schoolDayPreschool;
    UUID infantCare;
    UUID eveningCounseling;

    @BeforeAll
    void directoryInTestbury() {
        admin = fixtures.staff("ds-admin", Role.ADMINISTRATOR, null, null).viewer();
        long region = fixtures.region("Directory Search Region");
        navigator = fixtures.staff("ds-navigator", Role.NAVIGATOR, fixtures.agency("DS Employment", AgencyKind.EMPLOYMENT, region), null);
        long childCareAgency = fixtures.agency("DS Sunflower Child Care", AgencyKind.CHILD_CARE, region);

        UUID sunflower = maintenance.createOrganization(admin, new OrganizationForm("DS Sunflower Early Learning", null,
                "Early learning center in Testbury.", null, null, childCareAgency, null));
        UUID site = maintenance.addLocation(admin, sunflower, new LocationForm("Main site", "1 Elm St", null, TOWN, "CT", "06999", null, null));
        schoolDayPreschool = maintenance.addService(admin, sunflower, service("School-day preschool", ServiceCategory.CHILD_CARE,
                "Part-day preschool for three to five year olds.", "English, Spanish", site,
                row(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), "09:30", "14:30")));
        infantCare = maintenance.addService(admin, sunflower, service("Infant care", ServiceCategory.CHILD_CARE,
                "Full-day care for babies.", "English, Spanish", site,
                row(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "06:30", "18:00")));
        maintenance.addService(admin, sunflower, service("Toddler drop-in", ServiceCategory.CHILD_CARE,
                "Short drop-in mornings for toddlers.", "English, Polish", site,
                row(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "09:00", "12:00")));

        UUID clinic = maintenance.createOrganization(admin, new OrganizationForm("DS Harbor Counseling", null,
                "Outpatient clinic.", null, null, null, null));
        UUID clinicSite = maintenance.addLocation(admin, clinic, new LocationForm(null, "9 Oak St", null, TOWN, "CT", "06999", null, null));
        eveningCounseling = maintenance.addService(admin, clinic, service("Adult counseling", ServiceCategory.MENTAL_HEALTH,
                "Therapy for adults, with evening appointments.", "English, Spanish", clinicSite,
                row(List.of(DayOfWeek.TUESDAY), "17:00", "20:00"), row(List.of(DayOfWeek.SATURDAY), "09:00", "12:00")));
        UUID closed = maintenance.addService(admin, clinic, service("Closed program", ServiceCategory.MENTAL_HEALTH,
                "No longer offered.", "Spanish", clinicSite, row(List.of(DayOfWeek.MONDAY), "10:00", "14:00")));
        var details = directory.service(closed);
        var form = ServiceForm.of(details);
        maintenance.updateService(admin, closed, new ServiceForm(form.name(), null, form.description(), form.category(),
                ServiceStatus.DEFUNCT, null, null, null, null, null, null, null, null, form.languages(), form.locationIds(),
                form.schedules(), form.version()));

        UUID pages = maintenance.createOrganization(admin, new OrganizationForm("DS Pageville Jobs", null, "Job center.", null, null, null, null));
        UUID pageSite = maintenance.addLocation(admin, pages, new LocationForm(null, "3 Pine St", null, "Pageville", "CT", "06998", null, null));
        for (int i = 1; i <= 25; i++) {
            maintenance.addService(admin, pages, service("Workshop %02d".formatted(i), ServiceCategory.CAREER_CENTER,
                    "Job search workshop.", "English", pageSite, row(List.of(DayOfWeek.MONDAY), "10:00", "11:00")));
        }
    }

    @Test
    void childCareWithChildFriendlyHoursInSpanishFindsTheSchoolDayPreschoolOnly() {
        var found = directory.search(new Directory.Search(null, ServiceCategory.CHILD_CARE, "spanish", TOWN, false, false, true, 0, 20));
        assertThat(found.items()).extracting(Directory.ServiceSummary::id).containsExactly(schoolDayPreschool);
        var preschool = found.items().getFirst();
        assertThat(preschool.hours().childFriendlyHours()).isTrue();
        assertThat(preschool.languages()).containsExactly("English", "Spanish");
        assertThat(preschool.cities()).containsExactly(TOWN);
        assertThat(preschool.onCrosswalk()).isTrue();
    }

    @Test
    void childFriendlyHoursMeanAWeekdaySessionInsideTheSchoolDay() {
        var childFriendly = directory.search(new Directory.Search(null, null, null, TOWN, false, false, true, 0, 20));
        // The drop-in (9:00–12:00) fits too; the infant room (6:30–18:00) and the Saturday session do not.
        assertThat(childFriendly.items()).extracting(Directory.ServiceSummary::name)
                .containsExactlyInAnyOrder("School-day preschool", "Toddler drop-in");
    }

    @Test
    void languageTownEveningsAndWeekendsFilterToo() {
        assertThat(directory.search(new Directory.Search(null, null, "Polish", TOWN, false, false, false, 0, 20)).items())
                .extracting(Directory.ServiceSummary::name).containsExactly("Toddler drop-in");
        assertThat(directory.search(new Directory.Search(null, null, null, TOWN, true, false, false, 0, 20)).items())
                .extracting(Directory.ServiceSummary::id).containsExactly(eveningCounseling);
        assertThat(directory.search(new Directory.Search(null, null, null, TOWN, false, true, false, 0, 20)).items())
                .extracting(Directory.ServiceSummary::id).containsExactly(eveningCounseling);
        assertThat(directory.search(new Directory.Search(null, null, null, "Nowhereville", false, false, false, 0, 20)).total()).isZero();
    }

    @Test
    void wordsMatchNamesDescriptionsAndTheOrganizationWhileTyping() {
        assertThat(names(new Directory.Search("presch", null, null, TOWN, false, false, false, 0, 20))).containsExactly("School-day preschool");
        assertThat(names(new Directory.Search("babies", null, null, TOWN, false, false, false, 0, 20))).containsExactly("Infant care");
        assertThat(names(new Directory.Search("harbor", null, null, TOWN, false, false, false, 0, 20))).containsExactly("Adult counseling");
        assertThat(names(new Directory.Search("child care", null, null, TOWN, false, false, false, 0, 20)))
                .containsExactlyInAnyOrder("School-day preschool", "Infant care", "Toddler drop-in");
    }

    @Test
    void aServiceClosedForGoodIsNotFound() {
        assertThat(names(new Directory.Search("closed program", null, null, TOWN, false, false, false, 0, 20))).isEmpty();
    }

    @Test
    void resultsComeInPagesOfTwenty() {
        var first = directory.search(new Directory.Search(null, null, null, "Pageville", false, false, false, 0, 20));
        var second = directory.search(new Directory.Search(null, null, null, "Pageville", false, false, false, 1, 20));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.items()).hasSize(20).first().extracting(Directory.ServiceSummary::name).isEqualTo("Workshop 01");
        assertThat(second.items()).hasSize(5).last().extracting(Directory.ServiceSummary::name).isEqualTo("Workshop 25");
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void theSearchPageShowsResultsAndTheFilters() throws Exception {
        String html = mvc.perform(get("/directory").param("category", "CHILD_CARE").param("language", "Spanish")
                        .param("city", TOWN).param("childFriendly", "true").with(user(navigator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("School-day preschool").contains("Child-friendly hours").doesNotContain("Infant care");
        String unknownCategory = mvc.perform(get("/directory").param("category", "SPACE_TRAVEL").with(user(navigator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(unknownCategory).contains("Choose a category from the list.");
    }

    @Test
    void theApiSpeaksHsds() throws Exception {
        String page = mvc.perform(get("/api/directory/services").param("city", TOWN).param("category", "child-care")
                        .param("language", "Spanish").param("child_friendly_hours", "true").with(user(navigator)))
                .andReturn().getResponse().getContentAsString();
        JsonNode list = json.readTree(page);
        assertThat(list.get("total_items").asLong()).isEqualTo(1);
        assertThat(list.get("page_number").asInt()).isEqualTo(1);
        assertThat(list.get("first_page").asBoolean()).isTrue();
        assertThat(list.get("last_page").asBoolean()).isTrue();
        assertThat(list.get("empty").asBoolean()).isFalse();
        JsonNode listed = list.get("contents").get(0);
        assertThat(listed.get("name").asString()).isEqualTo("School-day preschool");
        assertThat(listed.get("organization").get("name").asString()).isEqualTo("DS Sunflower Early Learning");
        List<String> terms = new ArrayList<>();
        listed.get("attributes").forEach(a -> terms.add(a.get("taxonomy_term").get("code").asString()));
        assertThat(terms).containsExactly("child-care", "child-friendly-hours");

        JsonNode one = json.readTree(mvc.perform(get("/api/directory/services/" + schoolDayPreschool).with(user(navigator)))
                .andReturn().getResponse().getContentAsString());
        assertThat(one.get("status").asString()).isEqualTo("active");
        assertThat(one.get("organization_id").asString()).isNotBlank();
        assertThat(one.get("schedules").get(0).get("freq").asString()).isEqualTo("WEEKLY");
        assertThat(one.get("schedules").get(0).get("byday").asString()).isEqualTo("MO,TU,WE,TH,FR");
        assertThat(one.get("schedules").get(0).get("opens_at").asString()).startsWith("09:30");
        assertThat(one.get("languages").get(1).get("code").asString()).isEqualTo("es");
        JsonNode address = one.get("service_at_locations").get(0).get("location").get("addresses").get(0);
        assertThat(address.get("city").asString()).isEqualTo(TOWN);
        assertThat(address.get("postal_code").asString()).isEqualTo("06999");
        assertThat(address.get("state_province").asString()).isEqualTo("CT");
        assertThat(mvc.perform(get("/api/directory/services/" + UUID.randomUUID()).with(user(navigator)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/directory/services").param("page", "0").with(user(navigator)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private List<String> names(Directory.Search search) {
        return directory.search(search).items().stream().map(Directory.ServiceSummary::name).toList();
    }

    static ServiceForm.ScheduleRow row(List<DayOfWeek> days, String opens, String closes) {
        return new ServiceForm.ScheduleRow(days, LocalTime.parse(opens), LocalTime.parse(closes), null);
    }

    static ServiceForm service(String name, ServiceCategory category, String description, String languages, UUID location,
                               ServiceForm.ScheduleRow... rows) {
        return new ServiceForm(name, null, description, category, ServiceStatus.ACTIVE, null, null, null, null, null, null,
                null, null, languages, List.of(location), List.of(rows), null);
    }
}
