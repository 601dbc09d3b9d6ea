package org.crosswalk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The command line for scheduled loads: the same import, progress printed, a report file, an exit code. */
@CrosswalkIntegrationTest
class InteropCommandTest {

    @Autowired InteropCommand command;
    @Autowired Fixtures fixtures;

    @Test
    void importsFromTheCommandLineAndWritesTheReport() throws Exception {
        long region = fixtures.region("Interop CLI Region");
        fixtures.agency("Interop CLI Shelter", AgencyKind.HOUSING, region);
        fixtures.staff("cli-admin", Role.ADMINISTRATOR, null, null);
        Path export = HmisExports.copy(HmisExports.FY2024, "cli", Map.of());
        Path report = Files.createTempFile("report", ".csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = command.execute(new DefaultApplicationArguments("import-hmis", export.toString(), "--agency=Interop CLI Shelter",
                "--as=cli-admin", "--report=" + report), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(out).contains("Disabilities", "chunk(s) committed", "DONE: source cli export 1036 (2024 v1.3), 473 households mapped");
        assertThat(Files.readAllLines(report)).hasSize(27); // header + 26 warnings

        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        Path noExit = HmisExports.copy(HmisExports.FY2024, "cli2", Map.of("Exit.csv", t -> null));
        assertThat(command.execute(new DefaultApplicationArguments("import-hmis", noExit.toString(), "--agency=Interop CLI Shelter",
                "--as=cli-admin"), new PrintStream(refused, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(command.execute(new DefaultApplicationArguments("import-hmis", export.toString(), "--agency=Interop CLI Shelter",
                "--as=nobody"), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(64);

        Path exported = Files.createTempDirectory("cli-export");
        ByteArrayOutputStream exportOut = new ByteArrayOutputStream();
        assertThat(command.execute(new DefaultApplicationArguments("export-hmis", exported.toString(), "--agency=Interop CLI Shelter",
                "--as=cli-admin"), new PrintStream(exportOut, true, StandardCharsets.UTF_8))).isZero();
        assertThat(exportOut.toString(StandardCharsets.UTF_8)).contains("households=473");
        assertThat(exported.resolve("Client.csv")).exists();

        Path wageFile = Files.createTempFile("wages", ".csv");
        Files.writeString(wageFile, "ssn,employer_id,year,quarter,wages\n123-45-6789,CLI,2025,1,100.00\n");
        ByteArrayOutputStream wageOut = new ByteArrayOutputStream();
        assertThat(command.execute(new DefaultApplicationArguments("import-wages", wageFile.toString()),
                new PrintStream(wageOut, true, StandardCharsets.UTF_8))).isZero();
        assertThat(wageOut.toString(StandardCharsets.UTF_8)).contains("1 rows read, 1 loaded, 0 skipped");
        ByteArrayOutputStream wioaOut = new ByteArrayOutputStream();
        Path pirl = Files.createTempFile("pirl", ".csv");
        assertThat(command.execute(new DefaultApplicationArguments("wioa-report", "--through=2025Q1", "--pirl=" + pirl),
                new PrintStream(wioaOut, true, StandardCharsets.UTF_8))).isZero();
        assertThat(wioaOut.toString(StandardCharsets.UTF_8)).contains("Wage data through 2025Q1", "Employed 2nd quarter after exit: Rate[");
        assertThat(Files.readAllLines(pirl).getFirst()).startsWith("100 Unique Individual Identifier");
    }
}
