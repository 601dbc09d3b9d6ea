package org.crosswalk.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.linkage.matching.PersonRecord;

/**
 * The FEBRL 4 reference data (Christen, 2008), read in place from the shared fixtures: 5,000
 * originals ({@code rec-N-org}) and 5,000 corrupted duplicates ({@code rec-N-dup-0}), fields
 * separated by ", ". Columns: rec_id, given_name, surname, street_number, address_1, address_2,
 * suburb, postcode, state, date_of_birth, soc_sec_id. The true pairs share {@code rec-N}.
 */
public final class Febrl {

    public static final Path DIR = locate();

    private Febrl() {}

    private static Path locate() {
        for (String candidate : List.of("../shared/fixtures/linkage/febrl", "../../shared/fixtures/linkage/febrl",
                "/work/shared/fixtures/linkage/febrl")) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p.resolve("dataset4a.csv"))) return p.toAbsolutePath().normalize();
        }
        return Path.of("/work/shared/fixtures/linkage/febrl");
    }

    public static List<PersonRecord> read(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file));
            List<PersonRecord> out = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] f = line.split(", ", -1);
                if (f.length != 11) throw new IllegalStateException("expected 11 fields: " + line);
                out.add(new PersonRecord(f[0].trim(), f[1], f[2], "", f[9], f[10], f[3], f[4], f[5], f[6], f[7], f[8]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entity a FEBRL record id stands for: "rec-12-dup-0" and "rec-12-org" → "rec-12". */
    public static String entity(String id) {
        int dash = id.indexOf('-', 4);
        return dash < 0 ? id : id.substring(0, dash);
    }
}
