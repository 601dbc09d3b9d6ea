package org.crosswalk.interop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded FY2026 HMIS CSV export of any size (for the benchmark and the kill-and-resume test):
 * households of 1–3 with one enrollment each in one of 6 projects, exits for about 70 %,
 * IncomeBenefits at entry and exit for heads, full SSNs.
 */
public final class HmisGenerator {

    static final String[] FIRST = {"Ana", "Maria", "James", "Keisha", "Luis", "Rosa", "Tyrone", "Emily", "Jose", "Aisha", "Mei", "Omar"};
    static final String[] LAST = {"Garcia", "Smith", "Johnson", "Rivera", "Williams", "Brown", "Nguyen", "Lopez", "Davis", "Martinez"};
    static final int[] DESTINATIONS = {410, 435, 422, 423, 312, 313, 101, 116, 302, 30, 17, 99};
    static final int[] PRIOR = {101, 116, 118, 302, 312, 313, 314, 410, 206, 207};

    private HmisGenerator() {
    }

    /** Writes every file of the export into {@code folder}; returns the data rows written per file. */
    public static Map<String, Integer> generate(Path folder, int clients, Random random, String sourceId) throws IOException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (var in = HmisGenerator.class.getResourceAsStream("/interop/hmis-fy2026-columns.csv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
                List<String> parts = List.of(line.split(","));
                columns.put(parts.getFirst(), parts.subList(1, parts.size()));
            });
        }
        Map<String, BufferedWriter> out = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var e : columns.entrySet()) {
            BufferedWriter w = Files.newBufferedWriter(folder.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8);
            w.write(String.join(",", e.getValue()));
            w.write("\r\n");
            out.put(e.getKey(), w);
            counts.put(e.getKey(), 0);
        }
        String stamp = "2026-11-01 09:00:00";
        Row row = (file, values) -> {
            List<String> cols = columns.get(file);
            String[] line = new String[cols.size()];
            java.util.Arrays.fill(line, "");
            values.forEach((k, v) -> line[cols.indexOf(k)] = v);
            if (cols.contains("DateCreated")) {
                line[cols.indexOf("DateCreated")] = stamp;
                line[cols.indexOf("DateUpdated")] = stamp;
                line[cols.indexOf("ExportID")] = "B1";
            }
            out.get(file).write(String.join(",", line));
            out.get(file).write("\r\n");
            counts.merge(file, 1, Integer::sum);
        };
        row.write("Export", Map.of("ExportID", "B1", "SourceType", "4", "SourceID", sourceId, "SourceName", "Bench CoC", "ExportDate", stamp,
                "ExportStartDate", "2021-01-01", "ExportEndDate", "2026-10-31", "SoftwareName", "HmisBench", "CSVVersion", "2026 v1.0",
                "HashStatus", "1"));
        row.write("Organization", Map.of("OrganizationID", "1", "OrganizationName", "Bench Org", "VictimServiceProvider", "0"));
        for (int p = 1; p <= 6; p++) {
            row.write("Project", Map.of("ProjectID", String.valueOf(p), "OrganizationID", "1", "ProjectName", "Bench Project " + p,
                    "ProjectType", String.valueOf(p == 1 ? 13 : p), "ContinuumProject", "1"));
        }
        int household = 0;
        int i = 0;
        while (i < clients) {
            household++;
            int size = Math.min(clients - i, random.nextDouble() < 0.6 ? 1 : random.nextDouble() < 0.6 ? 2 : 3);
            String project = String.valueOf(1 + household % 6);
            LocalDate entry = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1400));
            LocalDate exit = random.nextDouble() < 0.7 ? entry.plusDays(30 + random.nextInt(670)) : null;
            String destination = String.valueOf(DESTINATIONS[random.nextInt(DESTINATIONS.length)]);
            for (int m = 0; m < size; m++, i++) {
                String personal = "P" + i;
                String enrollment = "E" + i;
                boolean head = m == 0;
                Map<String, String> c = new java.util.HashMap<>(Map.of("PersonalID", personal, "FirstName", FIRST[random.nextInt(FIRST.length)],
                        "LastName", LAST[random.nextInt(LAST.length)], "NameDataQuality", "1",
                        "SSN", String.format("%03d%02d%04d", 1 + random.nextInt(665), 1 + random.nextInt(99), 1 + random.nextInt(9999)),
                        "SSNDataQuality", "1", "DOB", (head ? LocalDate.of(1975, 1, 1).plusDays(random.nextInt(9000))
                                : LocalDate.of(2008, 1, 1).plusDays(random.nextInt(5000))).toString(), "DOBDataQuality", "1",
                        "Sex", String.valueOf(random.nextInt(2)), "VeteranStatus", head ? "0" : ""));
                for (String race : List.of("AmIndAKNative", "Asian", "BlackAfAmerican", "HispanicLatinao", "MidEastNAfrican", "NativeHIPacific", "White")) {
                    c.put(race, random.nextDouble() < 0.2 ? "1" : "0");
                }
                row.write("Client", c);
                Map<String, String> e = new java.util.HashMap<>(Map.of("EnrollmentID", enrollment, "PersonalID", personal, "ProjectID", project,
                        "EntryDate", entry.toString(), "HouseholdID", "H" + household, "RelationshipToHoH", head ? "1" : "2",
                        "EnrollmentCoC", "XX-501"));
                if (head) {
                    e.put("LivingSituation", String.valueOf(PRIOR[random.nextInt(PRIOR.length)]));
                }
                row.write("Enrollment", e);
                if (exit != null) {
                    row.write("Exit", Map.of("ExitID", "X" + i, "EnrollmentID", enrollment, "PersonalID", personal, "ExitDate", exit.toString(),
                            "Destination", destination));
                }
                if (head) {
                    income(row, "I" + i + "_1", enrollment, personal, entry, "1", random);
                    if (exit != null) {
                        income(row, "I" + i + "_3", enrollment, personal, exit, "3", random);
                    }
                }
            }
        }
        for (BufferedWriter w : out.values()) {
            w.close();
        }
        return counts;
    }

    private static void income(Row row, String id, String enrollment, String personal, LocalDate on, String stage, Random random) throws IOException {
        boolean earns = random.nextDouble() < 0.5;
        int earned = earns ? 400 + random.nextInt(2600) : 0;
        int other = random.nextDouble() < 0.4 ? 100 + random.nextInt(900) : 0;
        row.write("IncomeBenefits", Map.of("IncomeBenefitsID", id, "EnrollmentID", enrollment, "PersonalID", personal,
                "InformationDate", on.toString(), "IncomeFromAnySource", earned + other > 0 ? "1" : "0",
                "TotalMonthlyIncome", (earned + other) + ".00", "Earned", earns ? "1" : "0", "EarnedAmount", earns ? earned + ".00" : "",
                "DataCollectionStage", stage));
    }

    interface Row {
        void write(String file, Map<String, String> values) throws IOException;
    }

}
