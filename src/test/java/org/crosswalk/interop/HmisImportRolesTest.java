package org.crosswalk.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The HMIS import pages are not about one household: they are the administrator's. Every route ×
 * every role (the role table), and what an administrator does there: upload a zip, follow the run,
 * download the report.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HmisImportRolesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired HmisImport hmis;

    final Map<Role, StaffUser> users = new EnumMap<>(Role.class);
    long agency;
    long refusedRun;

    @BeforeAll
    void staff() {
        long region = fixtures.region("Interop Roles Region");
        agency = fixtures.agency("Interop Roles Housing", AgencyKind.HOUSING, region);
        long employment = fixtures.agency("Interop Roles Employment", AgencyKind.EMPLOYMENT, region);
        long childCare = fixtures.agency("Interop Roles Child Care", AgencyKind.CHILD_CARE, region);
        users.put(Role.NAVIGATOR, fixtures.staff("ir-navigator", Role.NAVIGATOR, employment, null));
        users.put(Role.HOUSING_CASE_MANAGER, fixtures.staff("ir-housing", Role.HOUSING_CASE_MANAGER, agency, null));
        users.put(Role.PARTNER_STAFF, fixtures.staff("ir-partner", Role.PARTNER_STAFF, childCare, null));
        users.put(Role.TEAM_LEAD, fixtures.staff("ir-lead", Role.TEAM_LEAD, employment, region));
        users.put(Role.STATE_ANALYST, fixtures.staff("ir-analyst", Role.STATE_ANALYST, null, null));
        users.put(Role.ADMINISTRATOR, fixtures.staff("ir-admin", Role.ADMINISTRATOR, null, null));
        refusedRun = hmis.importFrom(HmisExports.copy(HmisExports.FY2024, "roles", Map.of("Exit.csv", t -> null)), agency,
                users.get(Role.ADMINISTRATOR).viewer().userId());
    }

    MvcResult as(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.get(role))).with(csrf())).andReturn();
    }

    /** route → status for an administrator; every other role gets 403. */
    @Test
    void onlyAdministratorsImport() throws Exception {
        Map<String, MockHttpServletRequestBuilder> routes = Map.of(
                "GET /admin/interop/hmis", get("/admin/interop/hmis"),
                "POST /admin/interop/hmis", post("/admin/interop/hmis").param("agencyId", ""),
                "GET /admin/interop/hmis/runs/{id}", get("/admin/interop/hmis/runs/" + refusedRun),
                "GET /admin/interop/hmis/runs/{id} (htmx)", get("/admin/interop/hmis/runs/" + refusedRun).header("HX-Request", "true"),
                "GET /admin/interop/hmis/runs/{id}/problems.csv", get("/admin/interop/hmis/runs/" + refusedRun + "/problems.csv"));
        for (Role role : Role.values()) {
            for (var route : routes.entrySet()) {
                int status = as(role, route.getValue()).getResponse().getStatus();
                assertThat(status).as(role + " " + route.getKey()).isEqualTo(role == Role.ADMINISTRATOR ? 200 : 403);
            }
        }
        assertThat(as(Role.ADMINISTRATOR, get("/admin/interop/hmis/runs/999999")).getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/interop/hmis")).andReturn().getResponse().getStatus()).as("signed out").isEqualTo(302);
    }

    @Test
    void theWioaIndicatorsAreForAnalystsLeadsAndAdministrators() throws Exception {
        for (Role role : Role.values()) {
            boolean may = role == Role.STATE_ANALYST || role == Role.TEAM_LEAD || role == Role.ADMINISTRATOR;
            MvcResult result = as(role, get("/wioa").param("through", "2025Q2"));
            assertThat(result.getResponse().getStatus()).as(role.name()).isEqualTo(may ? 200 : 403);
            if (may) {
                assertThat(result.getResponse().getContentAsString()).contains("Wage data through", "2025Q2",
                        "Secure Jobs: wage-verified employment within a year of enrollment");
            }
        }
        assertThat(as(Role.STATE_ANALYST, get("/wioa").param("through", "2025Q9")).getResponse().getContentAsString())
                .contains("A quarter like 2025Q2.");
    }

    @Test
    void aRefusedExportSaysWhyOnScreenAndInTheCsv() throws Exception {
        String page = as(Role.ADMINISTRATOR, get("/admin/interop/hmis/runs/" + refusedRun)).getResponse().getContentAsString();
        assertThat(page).contains("REFUSED").contains("Exit.csv is missing");
        String csv = as(Role.ADMINISTRATOR, get("/admin/interop/hmis/runs/" + refusedRun + "/problems.csv")).getResponse().getContentAsString();
        assertThat(csv.lines().toList()).containsExactly("file,line,record_id,column,severity,problem,value",
                "Exit,,,,STRUCTURE,Exit.csv is missing,");
    }

    @Test
    void theFormSaysWhatIsMissingBesideTheField() throws Exception {
        String page = as(Role.ADMINISTRATOR, post("/admin/interop/hmis").param("agencyId", "")).getResponse().getContentAsString();
        assertThat(page).contains("Choose the agency these households belong to.");
        String noFile = as(Role.ADMINISTRATOR, post("/admin/interop/hmis").param("agencyId", String.valueOf(agency)))
                .getResponse().getContentAsString();
        assertThat(noFile).contains("Choose the zip file of the export.");
    }

    @Test
    void anAdministratorUploadsAZipAndFollowsTheRunToTheEnd() throws Exception {
        MockMultipartFile zip = new MockMultipartFile("file", "export.zip", "application/zip",
                zip(HmisExports.copy(HmisExports.FY2026, "upload", Map.of())));
        MvcResult result = mvc.perform(multipart("/admin/interop/hmis").file(zip).param("agencyId", String.valueOf(agency))
                .with(user(users.get(Role.ADMINISTRATOR))).with(csrf())).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/interop/hmis/runs/");
        String fragment = "";
        for (int i = 0; i < 120 && !fragment.contains("DONE"); i++) {
            Thread.sleep(500);
            fragment = as(Role.ADMINISTRATOR, get(location).header("HX-Request", "true")).getResponse().getContentAsString();
        }
        assertThat(fragment).contains("DONE").contains("473 / 0").doesNotContain("<html");
        assertThat(fragment).as("a finished run stops polling").doesNotContain("hx-trigger");
    }

    static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes); Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.putNextEntry(new ZipEntry("export/" + f.getFileName()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
