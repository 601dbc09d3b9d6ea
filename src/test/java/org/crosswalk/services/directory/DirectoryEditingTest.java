package org.crosswalk.services.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who keeps the directory current: administrators add organizations and link them to an agency
 * (under /admin/directory); that agency's partner staff maintain their own entry; everyone else
 * who works with families reads it; analysts see none of it.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryEditingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Directory directory;

    StaffUser admin;
    StaffUser partner;
    StaffUser otherPartner;
    StaffUser navigator;
    StaffUser analyst;
    long childCare;
    long otherChildCare;

    @BeforeAll
    void staff() {
        long region = fixtures.region("Directory Editing Region");
        childCare = fixtures.agency("DE Maple Child Care", AgencyKind.CHILD_CARE, region);
        otherChildCare = fixtures.agency("DE Birch Child Care", AgencyKind.CHILD_CARE, region);
        admin = fixtures.staff("de-admin", Role.ADMINISTRATOR, null, null);
        partner = fixtures.staff("de-partner", Role.PARTNER_STAFF, childCare, null);
        otherPartner = fixtures.staff("de-other-partner", Role.PARTNER_STAFF, otherChildCare, null);
        navigator = fixtures.staff("de-navigator", Role.NAVIGATOR, fixtures.agency("DE Employment", AgencyKind.EMPLOYMENT, region), null);
        analyst = fixtures.staff("de-analyst", Role.STATE_ANALYST, null, null);
    }

    UUID mapleCenter;

    @BeforeAll
    void mapleCenterIsInTheDirectory() throws Exception {
        mapleCenter = anOrganizationOf(childCare, "DE Maple Center");
    }

    UUID anOrganizationOf(long agency, String name) throws Exception {
        var created = call(post("/admin/directory/organizations").param("name", name).param("description", "Early learning.")
                .param("agencyId", String.valueOf(agency)), admin);
        assertThat(created.getStatus()).isEqualTo(302);
        return UUID.fromString(created.getRedirectedUrl().substring("/admin/directory/organizations/".length()));
    }

    @Test
    void anAdministratorAddsAnOrganizationAndLinksItToAnAgency() throws Exception {
        assertThat(call(get("/admin/directory/organizations/new"), admin).getStatus()).isEqualTo(200);
        assertThat(call(post("/admin/directory/organizations").param("name", "").param("description", ""), admin)
                .getContentAsString()).contains("Enter the organization&#39;s name.").contains("Describe the organization");
        long oak = fixtures.agency("DE Oak Child Care", AgencyKind.CHILD_CARE, fixtures.region("Directory Editing Region"));
        UUID id = anOrganizationOf(oak, "DE Oak Early Learning");
        assertThat(directory.organization(id).organization().agencyName()).isEqualTo("DE Oak Child Care");
        assertThat(call(post("/admin/directory/organizations").param("name", "DE Other Name").param("description", "x")
                .param("agencyId", String.valueOf(oak)), admin).getContentAsString())
                .contains("That agency already has a directory entry: DE Oak Early Learning.");
        assertThat(call(post("/admin/directory/organizations").param("name", "de oak early learning").param("description", "x"), admin)
                .getContentAsString()).contains("There is already an organization called de oak early learning.");
        assertThat(call(get("/admin/directory"), admin).getStatus()).isEqualTo(200);
        assertThat(call(get("/directory"), admin).getStatus()).as("family pages stay closed to administrators").isEqualTo(403);
    }

    @Test
    void partnerStaffOfTheLinkedAgencyMaintainTheirOwnEntry() throws Exception {
        UUID id = mapleCenter;
        assertThat(call(get("/directory/organizations/" + id), partner).getContentAsString()).contains("Edit organization");
        assertThat(call(get("/directory/organizations/" + id + "/edit"), partner).getStatus()).isEqualTo(200);
        var saved = call(post("/directory/organizations/" + id).param("name", "DE Maple Center").param("description", "Now open evenings.")
                .param("agencyId", String.valueOf(otherChildCare)).param("version", "0"), partner);
        assertThat(saved.getStatus()).isEqualTo(302);
        var organization = directory.organization(id).organization();
        assertThat(organization.description()).isEqualTo("Now open evenings.");
        assertThat(organization.agencyId()).as("partners do not move their inbox").isEqualTo(childCare);
        assertThat(call(post("/directory/organizations/" + id).param("name", "DE Maple Center").param("description", "Stale")
                .param("version", "0"), partner).getContentAsString()).contains("changed by someone else");

        assertThat(call(post("/directory/organizations/" + id + "/locations").param("address1", "").param("city", "Mapleton")
                .param("state", "CT").param("postalCode", "123"), partner).getContentAsString())
                .contains("Enter the street address.").contains("A ZIP code has 5 digits");
        assertThat(call(post("/directory/organizations/" + id + "/locations").param("address1", "4 Maple Ave").param("city", "Mapleton")
                .param("state", "CT").param("postalCode", "06100"), partner).getStatus()).isEqualTo(302);
        UUID location = directory.organization(id).locations().getFirst().id();

        var backwards = call(serviceForm(post("/directory/organizations/" + id + "/services"), location, "14:30", "09:30"), partner);
        assertThat(backwards.getStatus()).isEqualTo(200);
        assertThat(backwards.getContentAsString()).contains("The closing time must be after the opening time.");
        var added = call(serviceForm(post("/directory/organizations/" + id + "/services"), location, "09:30", "14:30"), partner);
        assertThat(added.getStatus()).isEqualTo(302);
        UUID service = UUID.fromString(added.getRedirectedUrl().substring("/directory/services/".length()));
        var details = directory.service(service);
        assertThat(details.hours().childFriendlyHours()).isTrue();
        assertThat(details.languages()).extracting(Directory.Language::name).containsExactly("English", "Spanish");
        assertThat(details.schedules()).singleElement().satisfies(h -> assertThat(h.byday()).isEqualTo("MO,WE,FR"));
        assertThat(call(get("/directory/services/" + service + "/edit"), partner).getContentAsString())
                .contains("value=\"09:30\"").contains("School-day hours");
        assertThat(call(serviceForm(post("/directory/services/" + service), location, "09:00", "13:00").param("version", "0"), partner)
                .getStatus()).isEqualTo(302);
        assertThat(directory.service(service).schedules().getFirst().closesAt()).hasToString("13:00");
    }

    @Test
    void everyoneElseReadsOnly() throws Exception {
        UUID id = mapleCenter;
        for (StaffUser reader : List.of(otherPartner, navigator)) {
            String page = call(get("/directory/organizations/" + id), reader).getContentAsString();
            assertThat(page).contains("DE Maple Center").doesNotContain("Edit organization");
            assertThat(call(get("/directory/organizations/" + id + "/edit"), reader).getStatus()).isEqualTo(403);
            assertThat(call(post("/directory/organizations/" + id).param("name", "Taken over").param("description", "x")
                    .param("version", "0"), reader).getStatus()).isEqualTo(403);
            assertThat(call(get("/directory/organizations/" + id + "/services/new"), reader).getStatus()).isEqualTo(403);
            assertThat(call(get("/directory/organizations/new"), reader).getStatus()).isEqualTo(403);
        }
        assertThat(call(get("/directory/organizations/new"), partner).getStatus()).as("only administrators add organizations").isEqualTo(403);
        assertThat(call(post("/directory/organizations").param("name", "Mine").param("description", "x"), partner).getStatus()).isEqualTo(403);
        assertThat(call(get("/directory"), analyst).getStatus()).isEqualTo(403);
        assertThat(call(get("/api/directory/services"), analyst).getStatus()).isEqualTo(403);
        assertThat(call(get("/directory/organizations/" + UUID.randomUUID()), navigator).getStatus()).isEqualTo(404);
        assertThat(call(get("/directory/services/not-an-id"), navigator).getStatus()).isEqualTo(404);
    }

    private static MockHttpServletRequestBuilder serviceForm(MockHttpServletRequestBuilder request, UUID location, String opens,
                                                            String closes) {
        return request.param("name", "Maple school-day preschool").param("description", "Part-day preschool.")
                .param("category", "CHILD_CARE").param("status", "ACTIVE").param("languages", "English, spanish")
                .param("locationIds", location.toString())
                .param("schedules[0].days", "MONDAY", "WEDNESDAY", "FRIDAY").param("schedules[0].opensAt", opens)
                .param("schedules[0].closesAt", closes).param("schedules[0].description", "School-day hours")
                .param("_schedules[1].days", "on").param("schedules[1].opensAt", "").param("schedules[1].closesAt", "");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, StaffUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
    }
}
