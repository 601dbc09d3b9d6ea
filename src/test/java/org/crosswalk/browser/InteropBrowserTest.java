package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator imports the HUD DataLab FY2026 export (zipped from the shared fixture, under its
 * own SourceID) for a housing agency, watches the progress, reads the report; then tries an export
 * without Exit.csv and sees it refused before anything was written.
 */
class InteropBrowserTest extends BrowserTest {

    static final Path FY2026 = Path.of("/work/shared/fixtures/hmis/fy2026-datalab");

    @Autowired Fixtures fixtures;

    @BeforeAll
    void admin() {
        long region = fixtures.region("Browser Interop Region");
        fixtures.agency("Browser Interop Shelter", AgencyKind.HOUSING, region);
        fixtures.staff("bt-interop-admin", Role.ADMINISTRATOR, null, null);
        fixtures.staff("bt-interop-analyst", Role.STATE_ANALYST, null, null);
    }

    @Test
    void aStateAnalystReadsTheWioaIndicatorsWithSmallCellsSuppressed() {
        signIn("bt-interop-analyst");
        page.getByRole(AriaRole.LINK, named("WIOA")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("WIOA indicators from wage records"))).isVisible();
        page.getByLabel("Wage data through (e.g. 2025Q2)").fill("2025Q9");
        page.getByRole(AriaRole.BUTTON, named("Show")).click();
        assertThat(page.locator("main")).containsText("A quarter like 2025Q2.");
        page.getByLabel("Wage data through (e.g. 2025Q2)").fill("2025Q2");
        page.getByRole(AriaRole.BUTTON, named("Show")).click();
        assertThat(page.locator("main")).containsText("Secure Jobs: wage-verified employment within a year of enrollment");
        screenshot("interop-06-wioa");
        atPhoneWidth();
        screenshot("interop-07-wioa-375px");
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void anAdministratorImportsAnHmisExportAndReadsTheReport() throws IOException {
        signIn("bt-interop-admin");
        page.getByRole(AriaRole.LINK, named("HMIS import")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, named("HMIS CSV import"))).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Import")).click();
        assertThat(page.locator("#agencyId-error")).hasText("Choose the agency these households belong to.");
        screenshot("interop-01-form-errors");

        page.getByLabel("Agency that holds the imported households").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Browser Interop Shelter (Browser Interop Region)"));
        page.getByLabel("Export (zip of the CSV files)").setInputFiles(zip("browser26", Set.of()));
        page.getByRole(AriaRole.BUTTON, named("Import")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("HMIS import", new Page.GetByRoleOptions()))).isVisible();
        assertThat(page.locator("#progress")).containsText("DONE", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#progress")).containsText("473 / 0");
        assertThat(page.locator("#progress")).containsText("2026 v1.0");
        assertThat(page.locator("main")).containsText("EarnedAmount exceeds TotalMonthlyIncome");
        screenshot("interop-02-run-done");
        atPhoneWidth();
        screenshot("interop-03-run-375px");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("interop-03b-run-375px-top.png")));
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        page.setViewportSize(1280, 900);

        page.getByRole(AriaRole.LINK, named("HMIS imports")).click();
        page.getByLabel("Agency that holds the imported households").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Browser Interop Shelter (Browser Interop Region)"));
        page.getByLabel("Export (zip of the CSV files)").setInputFiles(zip("browser26b", Set.of("Exit.csv")));
        page.getByRole(AriaRole.BUTTON, named("Import")).click();
        assertThat(page.locator("#progress")).containsText("REFUSED", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("main")).containsText("Exit.csv is missing");
        screenshot("interop-04-refused");
        page.getByRole(AriaRole.LINK, named("HMIS imports")).click();
        atPhoneWidth();
        screenshot("interop-05-imports-375px");
    }

    private static Page.GetByRoleOptions named(String name, Page.GetByRoleOptions options) {
        return options.setName(name).setExact(false);
    }

    /** The FY2026 fixture zipped under another SourceID, without the files named in {@code leaveOut}. */
    private static Path zip(String sourceId, Set<String> leaveOut) throws IOException {
        Path zip = Files.createTempFile("hmis-browser", ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.list(FY2026)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (leaveOut.contains(name)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                byte[] bytes = Files.readAllBytes(f);
                if (name.equals("Export.csv")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(",4,1106,", ",4," + sourceId + ",").getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        return zip;
    }
}
