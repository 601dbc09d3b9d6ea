package org.crosswalk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared HMIS fixtures (read in place) and variants of them written to a temporary folder for
 * one test: another SourceID so tests do not share staged rows, a changed row, a missing file.
 */
final class HmisExports {

    static final Path FIXTURES = Path.of(System.getProperty("crosswalk.hmis.fixtures", "/work/shared/fixtures/hmis"));
    static final Path FY2024 = FIXTURES.resolve("fy2024-datalab");
    static final Path FY2026 = FIXTURES.resolve("fy2026-datalab");

    private HmisExports() {
    }

    /** A copy of {@code fixture} whose Export.csv names {@code sourceId}; {@code edits} rewrite files by name. */
    static Path copy(Path fixture, String sourceId, Map<String, UnaryOperator<String>> edits) {
        try {
            Path dir = Files.createTempDirectory("hmis-test");
            try (Stream<Path> files = Files.list(fixture)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    if (name.equals("Export.csv")) {
                        text = text.replace(",4,1106,", ",4," + sourceId + ",");
                    }
                    if (edits.containsKey(name)) {
                        text = edits.get(name).apply(text);
                        if (text == null) {
                            continue;
                        }
                    }
                    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the line starting with {@code prefix}. */
    static UnaryOperator<String> replaceLine(String prefix, UnaryOperator<String> change) {
        return text -> String.join("\n", text.lines().map(l -> l.startsWith(prefix) ? change.apply(l) : l).toList()) + "\n";
    }

    /** A checksum of everything an import mapped for a source, keyed by HMIS IDs (not Crosswalk's UUIDs). */
    static String mappedChecksum(JdbcClient jdbc, String sourceId) {
        return jdbc.sql("""
                select coalesce(md5(string_agg(line, E'\\n' order by line)), 'empty') from (
                  select 'm|' || hh.hmis_household_id || '|' || m.relationship_to_hoh || '|' || m.first_name || '|' || m.last_name
                         || '|' || coalesce(m.birth_date::text, '') || '|' || m.sex || '|' || m.veteran_status || '|' || array_to_string(m.race, ',')
                         || '|' || coalesce(m.ssn_last4, '') as line
                    from interop.hmis_household hh join families.member m on m.household_id = hh.household_id where hh.source_id = :s
                  union all
                  select 'i|' || hh.hmis_household_id || '|' || r.as_of || '|' || r.total_monthly_cents || '|' || r.earned_monthly_cents
                    from interop.hmis_household hh join families.income_report r on r.household_id = hh.household_id where hh.source_id = :s
                  union all
                  select 'l|' || hh.hmis_household_id || '|' || l.code || '|' || l.started_on
                    from interop.hmis_household hh join housing.living_situation l on l.household_id = hh.household_id where hh.source_id = :s
                  union all
                  select 'e|' || hh.hmis_household_id || '|' || p.name || '|' || e.start_date || '|' || coalesce(e.exited_on::text, '')
                         || '|' || coalesce(e.exit_destination::text, '') || '|' || r.living_situation
                    from interop.hmis_household hh join intake.enrollment e on e.household_id = hh.household_id
                    join intake.referral r on r.id = e.referral_id join intake.program p on p.id = e.program_id where hh.source_id = :s
                  union all
                  select 'd|' || hh.hmis_household_id || '|' || s.dv_restricted || '|' || s.owner_agency_id
                    from interop.hmis_household hh join access.household_steward s on s.household_id = hh.household_id where hh.source_id = :s
                ) x
                """).param("s", sourceId).query(String.class).single();
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
