package org.crosswalk.employment.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.employment.Industry;
import org.crosswalk.employment.Jobs;
import org.crosswalk.employment.PlacementForm;
import org.crosswalk.employment.Schedule;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The employer directory by role: everyone who works with families reads it; partners do not change it; hires respect consent. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerDirectoryTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Employers employers;
    @Autowired Jobs jobs;

    final Map<Role, StaffUser> users = new EnumMap<>(Role.class);
    long region;
    long employerId;

    @BeforeAll
    void directory() {
        region = fixtures.region("Directory Region");
        long employment = fixtures.agency("Directory Employment", AgencyKind.EMPLOYMENT, region);
        long housing = fixtures.agency("Directory Housing", AgencyKind.HOUSING, region);
        long childCare = fixtures.agency("Directory Child Care", AgencyKind.CHILD_CARE, region);
        users.put(Role.NAVIGATOR, fixtures.staff("dir-navigator", Role.NAVIGATOR, employment, null));
        users.put(Role.HOUSING_CASE_MANAGER, fixtures.staff("dir-housing", Role.HOUSING_CASE_MANAGER, housing, null));
        users.put(Role.PARTNER_STAFF, fixtures.staff("dir-partner", Role.PARTNER_STAFF, childCare, null));
        users.put(Role.TEAM_LEAD, fixtures.staff("dir-lead", Role.TEAM_LEAD, employment, region));
        users.put(Role.STATE_ANALYST, fixtures.staff("dir-analyst", Role.STATE_ANALYST, null, null));
        users.put(Role.ADMINISTRATOR, fixtures.staff("dir-admin", Role.ADMINISTRATOR, null, null));
        employerId = employers.create(users.get(Role.NAVIGATOR).viewer(), form("Directory Health Aides", Industry.HEALTH_CARE, null));
    }

    private EmployerForm form(String name, Industry industry, String phone) {
        return new EmployerForm(name, industry, region, "Pat Hiring", phone, "pat@example.org", "1 Main St", "Hartford",
                "ct", "06106", null, null);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Role role) throws Exception {
        return mvc.perform(request.with(user(users.get(role)))).andReturn().getResponse().getStatus();
    }

    @Test
    void everyoneWhoWorksWithFamiliesReadsTheDirectory() throws Exception {
        for (Role role : Role.values()) {
            int expected = role.worksWithFamilies() ? 200 : 403;
            assertThat(status(get("/employers"), role)).as("list as " + role).isEqualTo(expected);
            assertThat(status(get("/employers/" + employerId), role)).as("employer as " + role).isEqualTo(expected);
            assertThat(status(get("/api/employers"), role)).as("API as " + role).isEqualTo(expected);
            assertThat(status(get("/api/employers/" + employerId + "/hires"), role)).as("hires as " + role).isEqualTo(expected);
        }
    }

    @Test
    void partnerStaffReadButDoNotChangeIt() throws Exception {
        for (Role role : Role.values()) {
            int expected = role.editsFamilies() ? 302 : 403;
            String name = "Directory Shop " + role.name();
            assertThat(status(post("/employers").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content("name=" + name.replace(" ", "+") + "&industry=RETAIL&regionId=" + region), role))
                    .as("add as " + role).isEqualTo(expected);
            assertThat(status(get("/employers/new"), role)).as("form as " + role).isEqualTo(role.editsFamilies() ? 200 : 403);
            assertThat(status(post("/api/employers").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"API " + name + "\",\"industry\":\"RETAIL\"}"), role))
                    .as("API add as " + role).isEqualTo(role.editsFamilies() ? 201 : 403);
            assertThat(status(post("/api/employers/" + employerId + "/openings").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"Aide\",\"wageMin\":\"abc\",\"schedule\":\"REGULAR\"}"), role))
                    .as("API opening as " + role).isEqualTo(role.editsFamilies() ? 400 : 403);
        }
    }

    @Test
    void theNameIsUniqueInItsRegionAndThePhoneHasTenDigits() {
        var navigator = users.get(Role.NAVIGATOR).viewer();
        assertThatThrownBy(() -> employers.create(navigator, form("directory health aides", Industry.HEALTH_CARE, null)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> employers.create(navigator, form("Directory Phone Test", Industry.RETAIL, "555-01")))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("contactPhone");
        long id = employers.create(navigator, form("Directory Phone Test", Industry.RETAIL, "860.555.0142"));
        assertThat(employers.employer(navigator, id).details().contactPhone()).isEqualTo("(860) 555-0142");
        assertThat(employers.employer(navigator, id).details().state()).isEqualTo("CT");
    }

    @Test
    void openingsOpenAndCloseOnce() {
        var navigator = users.get(Role.NAVIGATOR).viewer();
        long id = employers.create(navigator, form("Directory Warehouse", Industry.WAREHOUSE, null));
        assertThatThrownBy(() -> employers.addOpening(navigator, id, new OpeningForm("Picker", "19", "17", "40", Schedule.IRREGULAR, null)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("wageMax");
        long opening = employers.addOpening(navigator, id, new OpeningForm("Picker", "17", "19.50", "40", Schedule.IRREGULAR, null));
        var search = employers.search(navigator, new Employers.Search("warehouse", Industry.WAREHOUSE, region, true, Employers.Sort.OPENINGS, 0, 25));
        assertThat(search.items()).extracting(Employers.Summary::name).containsExactly("Directory Warehouse");
        assertThat(employers.employer(navigator, id).openings().getFirst().wageRange()).isEqualTo("$17.00–$19.50");
        employers.closeOpening(navigator, id, opening, LocalDate.now());
        assertThatThrownBy(() -> employers.closeOpening(navigator, id, opening, LocalDate.now()))
                .hasMessageContaining("already closed");
        assertThat(employers.search(navigator, new Employers.Search("warehouse", null, null, true, Employers.Sort.NAME, 0, 25)).total()).isZero();
    }

    @Test
    void hiresShowOnlyFamiliesTheViewerMayRead() {
        StaffUser navigator = users.get(Role.NAVIGATOR);
        StaffUser partner = users.get(Role.PARTNER_STAFF);
        long id = employers.create(navigator.viewer(), form("Directory Diner", Industry.FOOD_SERVICE, null));
        HouseholdId shared = fixtures.singleMother(navigator, "Lena", "Sharedhire", false);
        HouseholdId unshared = fixtures.singleMother(navigator, "Mona", "Privatehire", false);
        fixtures.consent(navigator, shared, LocalDate.now().minusDays(1), LocalDate.now().plusDays(90),
                Set.of(partner.viewer().agencyId()), false);
        for (HouseholdId family : List.of(shared, unshared)) {
            jobs.recordPlacement(navigator.viewer(), family, new PlacementForm(jobs.familyForEditing(navigator.viewer(), family).head(),
                    id, null, "Line cook", "17", "32", Schedule.REGULAR, List.of(), LocalDate.now().minusDays(3), null, null, false));
        }
        assertThat(employers.hires(navigator.viewer(), id, 0, 20).items()).extracting(Employers.Hire::person)
                .containsExactlyInAnyOrder("Lena Sharedhire", "Mona Privatehire");
        var partnerSees = employers.hires(partner.viewer(), id, 0, 20);
        assertThat(partnerSees.total()).isEqualTo(1);
        assertThat(partnerSees.items()).extracting(Employers.Hire::person).containsExactly("Lena Sharedhire");
        assertThat(employers.search(partner.viewer(), new Employers.Search("Directory Diner", null, null, false, Employers.Sort.HIRES, 0, 25))
                .items().getFirst().hires()).isEqualTo(2);
    }
}
