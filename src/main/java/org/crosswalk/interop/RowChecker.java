package org.crosswalk.interop;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosswalk.access.Ssn;
import org.crosswalk.access.SsnVault;
import org.crosswalk.shared.InvalidInput;

/**
 * Checks each row of an export against HUD's rules, remembering the keys it has accepted so far so
 * that references (PersonalID, EnrollmentID, ProjectID…) and duplicates are caught, and turns a good
 * row into a staged row: dates normalised to ISO, the SSN sealed by access (never kept in clear).
 * One instance per import run; files must come in {@link HmisFile} order.
 */
final class RowChecker {

    record Checked(HmisStaging.StagedRow row, List<Problem> problems) {
        boolean skipped() {
            return row == null;
        }
    }

    private record EnrollmentFacts(String personalId, LocalDate entryDate) {}

    private final String exportId;
    private final SsnVault vault;
    private final Map<HmisFile, Set<String>> keys = new EnumMap<>(HmisFile.class);
    private final Map<String, EnrollmentFacts> enrollments = new HashMap<>();
    private final Set<String> otherKeys = new HashSet<>();
    /** The columns hashed (all but SSN) of the last header seen: one list per file, not per row. */
    private List<String> hashedFor;
    private List<String> hashed;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    RowChecker(String exportId, SsnVault vault) {
        this.exportId = exportId;
        this.vault = vault;
    }

    Checked check(HmisFile file, List<String> header, HmisReader.Row row) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            v.put(header.get(i), i < row.values().size() ? row.values().get(i).strip() : "");
        }
        String key = v.getOrDefault(file.key, "");
        String name = file.fileName;
        boolean bad = false;
        if (row.extraValues() > 0) {
            problems.add(error(name, row, key, null, "The row has more values than the header has columns", null));
            bad = true;
        }
        if (row.values().size() < header.size()) {
            problems.add(error(name, row, key, null, "The row has " + row.values().size() + " values, the header " + header.size(), null));
            bad = true;
        }
        if (key.isEmpty()) {
            problems.add(error(name, row, key, file.key, "Missing " + file.key, null));
            bad = true;
        } else if (keys.computeIfAbsent(file, f -> new HashSet<>()).contains(key)) {
            problems.add(error(name, row, key, file.key, "Duplicate key: " + file.key + " " + key + " appears earlier in the file", key));
            bad = true;
        }
        Map<String, String> normal = v; // dates are normalised in place: checks below read the ISO form
        for (String column : header) {
            String value = v.get(column);
            if (value.isEmpty()) {
                continue;
            }
            if (HmisFile.isTimestamp(column)) {
                Optional<LocalDateTime> t = HmisDates.timestamp(value);
                if (t.isEmpty()) {
                    problems.add(error(name, row, key, column, "Bad date", value));
                    bad = true;
                } else {
                    normal.put(column, t.get().toString().replace('T', ' '));
                }
            } else if (file.isDate(column)) {
                Optional<LocalDate> d = HmisDates.date(value);
                if (d.isEmpty()) {
                    problems.add(error(name, row, key, column, "Bad date", value));
                    bad = true;
                } else {
                    normal.put(column, d.get().toString());
                }
            }
            Optional<Set<String>> codes = file.codes(column);
            if (codes.isPresent() && !codes.get().contains(value)) {
                problems.add(error(name, row, key, column, "Code not in HUD's list for " + column, value));
                bad = true;
            }
        }
        for (Map.Entry<String, HmisFile> ref : file.references().entrySet()) {
            String value = v.getOrDefault(ref.getKey(), "");
            if (value.isEmpty()) {
                problems.add(error(name, row, key, ref.getKey(), "Missing " + ref.getKey(), null));
                bad = true;
            } else if (!keys.getOrDefault(ref.getValue(), Set.of()).contains(value)) {
                problems.add(error(name, row, key, ref.getKey(), "Orphan " + ref.getKey() + ": no such row in " + ref.getValue().csvName(), value));
                bad = true;
            }
        }
        bad |= fileRules(file, row, key, normal, problems);
        if (bad) {
            return new Checked(null, problems);
        }
        keys.get(file).add(key);
        if (file == HmisFile.ENROLLMENT) {
            enrollments.put(key, new EnrollmentFacts(v.get("PersonalID"), LocalDate.parse(normal.get("EntryDate"))));
        }
        return new Checked(staged(file, header, key, normal), problems);
    }

    /** A custom file (not one of HUD's 24): staged as it is, keyed by its content. */
    Checked other(String fileName, List<String> header, HmisReader.Row row) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            v.put(header.get(i), i < row.values().size() ? row.values().get(i) : "");
        }
        String hash = hash(header, v);
        if (!otherKeys.add(fileName + hash)) {
            return new Checked(null, List.of(new Problem(fileName, row.line(), null, null, Problem.Severity.WARNING,
                    "The same row appears earlier in the file; kept once", null)));
        }
        return new Checked(new HmisStaging.StagedRow(fileName, hash, exportId, blankToNull(v.get("PersonalID")),
                blankToNull(v.get("EnrollmentID")), null, null, null, hash, json(header, v)), List.of());
    }

    private boolean fileRules(HmisFile file, HmisReader.Row row, String key, Map<String, String> v, List<Problem> problems) {
        String name = file.fileName;
        boolean bad = false;
        switch (file) {
            case ENROLLMENT -> {
                for (String column : List.of("HouseholdID", "EntryDate", "RelationshipToHoH")) {
                    if (v.get(column).isEmpty()) {
                        problems.add(error(name, row, key, column, "Missing " + column, null));
                        bad = true;
                    }
                }
            }
            case EXIT -> {
                EnrollmentFacts e = enrollments.get(v.get("EnrollmentID"));
                if (v.get("ExitDate").isEmpty()) {
                    problems.add(error(name, row, key, "ExitDate", "Missing ExitDate", null));
                    bad = true;
                } else if (e != null && HmisDates.date(v.get("ExitDate")).map(d -> d.isBefore(e.entryDate())).orElse(false)) {
                    problems.add(error(name, row, key, "ExitDate", "Exit before the enrollment's EntryDate " + e.entryDate(), v.get("ExitDate")));
                    bad = true;
                }
            }
            case INCOME_BENEFITS -> {
                for (String column : List.of("TotalMonthlyIncome", "EarnedAmount")) {
                    String amount = v.get(column);
                    if (!amount.isEmpty() && !amount.matches("\\d{1,9}(\\.\\d{1,2})?")) {
                        problems.add(error(name, row, key, column, "Not an amount in dollars", amount));
                        bad = true;
                    }
                }
                if (!bad && !v.get("EarnedAmount").isEmpty() && !v.get("TotalMonthlyIncome").isEmpty()
                        && new BigDecimal(v.get("EarnedAmount")).compareTo(new BigDecimal(v.get("TotalMonthlyIncome"))) > 0) {
                    problems.add(new Problem(name, row.line(), key, "EarnedAmount", Problem.Severity.WARNING,
                            "EarnedAmount exceeds TotalMonthlyIncome; the total is taken as at least the earned amount", v.get("EarnedAmount")));
                }
            }
            default -> {
            }
        }
        if (!bad && file.references().containsKey("EnrollmentID") && file.references().containsKey("PersonalID")) {
            EnrollmentFacts e = enrollments.get(v.get("EnrollmentID"));
            if (e != null && !e.personalId().equals(v.get("PersonalID"))) {
                problems.add(error(name, row, key, "PersonalID", "PersonalID differs from the enrollment's (" + e.personalId() + ")",
                        v.get("PersonalID")));
                bad = true;
            }
        }
        return bad;
    }

    private HmisStaging.StagedRow staged(HmisFile file, List<String> header, String key, Map<String, String> v) {
        if (header != hashedFor) {
            hashedFor = header;
            hashed = header.stream().filter(c -> !c.equals("SSN")).toList();
        }
        String hash = hash(hashed, v);
        if (file == HmisFile.CLIENT) {
            v.put("SSN", sealed(v.get("SSN"), v.get("SSNDataQuality")));
        }
        return new HmisStaging.StagedRow(file.fileName, key, exportId,
                file == HmisFile.CLIENT ? key : blankToNull(v.get("PersonalID")),
                file == HmisFile.ENROLLMENT ? key : blankToNull(v.get("EnrollmentID")),
                file == HmisFile.ENROLLMENT ? v.get("HouseholdID") : null,
                timestamp(v.get("DateUpdated")), timestamp(v.get("DateDeleted")), hash, json(header, v));
    }

    /** A full SSN (data quality 1) sealed by access as "cipher-base64:last4"; anything else is not kept. */
    private String sealed(String ssn, String quality) {
        if (ssn == null || ssn.isEmpty() || !"1".equals(quality)) {
            return "";
        }
        try {
            SsnVault.Sealed s = vault.seal(Ssn.parse(ssn, "SSN"));
            return java.util.Base64.getEncoder().encodeToString(s.cipherText()) + ":" + s.last4();
        } catch (InvalidInput e) {
            return "";
        }
    }

    private static LocalDateTime timestamp(String value) {
        return value == null || value.isEmpty() ? null : HmisDates.timestamp(value).orElseThrow(); // normalised in check()
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Problem error(String file, HmisReader.Row row, String key, String column, String problem, String value) {
        return new Problem(file, row.line(), key.isEmpty() ? null : key, column, Problem.Severity.ERROR, problem, value);
    }

    static String hash(List<String> columns, Map<String, String> v) {
        MessageDigest d = SHA256.get();
        d.reset();
        for (String c : columns) {
            d.update(c.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0x1f);
            d.update(v.getOrDefault(c, "").getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0x1e);
        }
        return HexFormat.of().formatHex(d.digest(), 0, 16);
    }

    static String json(List<String> columns, Map<String, String> v) {
        StringBuilder b = new StringBuilder(256).append('{');
        boolean first = true;
        for (String c : columns) {
            String value = v.get(c);
            if (value == null || value.isEmpty() || c.isEmpty()) {
                continue;
            }
            if (!first) {
                b.append(',');
            }
            first = false;
            quote(b, c).append(':');
            quote(b, value);
        }
        return b.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == 0) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"');
    }
}
