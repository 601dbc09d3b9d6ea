package org.crosswalk.interop;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosswalk.access.Ssn;
import org.crosswalk.access.SsnVault;
import org.crosswalk.shared.InvalidInput;

/**
 * Checks each row of an export against HUD's rules, remembering the keys it has accepted so far so
 * that references (PersonalID, EnrollmentID, ProjectID…) and duplicates are caught, and turns a good
 * row into a staged row: dates normalised to ISO, the SSN sealed by access (never kept in clear).
 * One instance per import run; files must come in {@link HmisFile} order.
 * <p>
 * What each column is (timestamp, date, coded, reference, hashed) is worked out once per file and
 * header ({@link Plan}); a row is then an array of values: at a million clients the checker's CPU
 * was most of staging's time when each row became a map.
 */
final class RowChecker {

    record Checked(HmisStaging.StagedRow row, List<Problem> problems) {
        boolean skipped() {
            return row == null;
        }
    }

    private record EnrollmentFacts(String personalId, LocalDate entryDate) {}

    private static final Pattern DOLLARS = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final byte UNIT = 0x1f;
    private static final byte RECORD = 0x1e;

    private final String exportId;
    private final SsnVault vault;
    private final Map<HmisFile, Set<String>> keys = new EnumMap<>(HmisFile.class);
    private final Map<String, EnrollmentFacts> enrollments = new HashMap<>();
    private final Set<String> otherKeys = new HashSet<>();
    private Plan plan;
    private final MessageDigest sha256;
    private byte[] hashBuffer = new byte[1024];

    RowChecker(String exportId, SsnVault vault) {
        this.exportId = exportId;
        this.vault = vault;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One file's header, read once: where each column the checks and the staged row need sits. */
    private static final class Plan {
        static final byte PLAIN = 0;
        static final byte TIMESTAMP = 1;
        static final byte DATE = 2;

        final HmisFile file;
        final List<String> header;
        final byte[] kind;
        final Set<String>[] codes;
        final int[] referenceColumns;
        final HmisFile[] referenceFiles;
        final String[] referenceNames;
        /** Column names as hashed: UTF-8 bytes, and -1 where the column is left out of the hash (SSN). */
        final byte[][] hashedNames;
        final String[] jsonNames;
        final int key;
        final int personalId;
        final int enrollmentId;
        final int householdId;
        final int dateUpdated;
        final int dateDeleted;
        /** Columns the file rules read, by position (-1 when the header has none). */
        final int entryDate;
        final int relationship;
        final int exitDate;
        final int totalIncome;
        final int earnedAmount;
        final int ssn;
        final int ssnQuality;
        /** The row's PersonalID must be its enrollment's. */
        final boolean personOfEnrollment;

        @SuppressWarnings("unchecked")
        Plan(HmisFile file, List<String> header) {
            this.file = file;
            this.header = header;
            int n = header.size();
            kind = new byte[n];
            codes = new Set[n];
            hashedNames = new byte[n][];
            jsonNames = new String[n];
            for (int i = 0; i < n; i++) {
                String column = header.get(i);
                kind[i] = file == null ? PLAIN : HmisFile.isTimestamp(column) ? TIMESTAMP : file.isDate(column) ? DATE : PLAIN;
                codes[i] = file == null ? null : file.codes(column).orElse(null);
                hashedNames[i] = file != null && column.equals("SSN") ? null : column.getBytes(StandardCharsets.UTF_8);
                jsonNames[i] = column.isEmpty() ? null : quote(new StringBuilder(), column).append(':').toString();
            }
            Map<String, HmisFile> references = file == null ? Map.of() : file.references();
            referenceColumns = new int[references.size()];
            referenceFiles = new HmisFile[references.size()];
            referenceNames = new String[references.size()];
            int r = 0;
            for (Map.Entry<String, HmisFile> e : references.entrySet()) {
                referenceColumns[r] = header.indexOf(e.getKey());
                referenceFiles[r] = e.getValue();
                referenceNames[r++] = e.getKey();
            }
            key = file == null ? -1 : header.indexOf(file.key);
            personalId = header.indexOf("PersonalID");
            enrollmentId = header.indexOf("EnrollmentID");
            householdId = header.indexOf("HouseholdID");
            dateUpdated = header.indexOf("DateUpdated");
            dateDeleted = header.indexOf("DateDeleted");
            entryDate = header.indexOf("EntryDate");
            relationship = header.indexOf("RelationshipToHoH");
            exitDate = header.indexOf("ExitDate");
            totalIncome = header.indexOf("TotalMonthlyIncome");
            earnedAmount = header.indexOf("EarnedAmount");
            ssn = header.indexOf("SSN");
            ssnQuality = header.indexOf("SSNDataQuality");
            personOfEnrollment = enrollmentId >= 0 && personalId >= 0 && references.containsKey("EnrollmentID")
                    && references.containsKey("PersonalID");
        }
    }

    private Plan plan(HmisFile file, List<String> header) {
        if (plan == null || plan.file != file || plan.header != header) {
            plan = new Plan(file, header);
        }
        return plan;
    }

    Checked check(HmisFile file, List<String> header, HmisReader.Row row) {
        Plan p = plan(file, header);
        List<Problem> problems = new ArrayList<>(0);
        String[] v = values(header, row, true);
        String key = p.key < 0 ? "" : v[p.key];
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
        Set<String> fileKeys = keys.computeIfAbsent(file, f -> new HashSet<>());
        if (key.isEmpty()) {
            problems.add(error(name, row, key, file.key, "Missing " + file.key, null));
            bad = true;
        } else if (fileKeys.contains(key)) {
            problems.add(error(name, row, key, file.key, "Duplicate key: " + file.key + " " + key + " appears earlier in the file", key));
            bad = true;
        }
        LocalDateTime updated = null;
        LocalDateTime deleted = null;
        for (int i = 0; i < v.length; i++) { // dates are normalised in place: the checks below read the ISO form
            String value = v[i];
            if (value.isEmpty()) {
                continue;
            }
            if (p.kind[i] == Plan.TIMESTAMP) {
                Optional<LocalDateTime> t = HmisDates.timestamp(value);
                if (t.isEmpty()) {
                    problems.add(error(name, row, key, header.get(i), "Bad date", value));
                    bad = true;
                } else {
                    v[i] = t.get().toString().replace('T', ' ');
                    if (i == p.dateUpdated) { // staged to the second, as the normalised text reads back
                        updated = t.get().withNano(0);
                    } else if (i == p.dateDeleted) {
                        deleted = t.get().withNano(0);
                    }
                }
            } else if (p.kind[i] == Plan.DATE) {
                Optional<LocalDate> d = HmisDates.date(value);
                if (d.isEmpty()) {
                    problems.add(error(name, row, key, header.get(i), "Bad date", value));
                    bad = true;
                } else {
                    v[i] = d.get().toString();
                }
            }
            if (p.codes[i] != null && !p.codes[i].contains(value)) {
                problems.add(error(name, row, key, header.get(i), "Code not in HUD's list for " + header.get(i), value));
                bad = true;
            }
        }
        for (int r = 0; r < p.referenceColumns.length; r++) {
            String column = p.referenceNames[r];
            String value = p.referenceColumns[r] < 0 ? "" : v[p.referenceColumns[r]];
            if (value.isEmpty()) {
                problems.add(error(name, row, key, column, "Missing " + column, null));
                bad = true;
            } else if (!keys.getOrDefault(p.referenceFiles[r], Set.of()).contains(value)) {
                problems.add(error(name, row, key, column, "Orphan " + column + ": no such row in " + p.referenceFiles[r].csvName(), value));
                bad = true;
            }
        }
        bad |= fileRules(p, row, key, v, problems);
        if (bad) {
            return new Checked(null, problems);
        }
        fileKeys.add(key);
        if (file == HmisFile.ENROLLMENT) {
            enrollments.put(key, new EnrollmentFacts(v[p.personalId], LocalDate.parse(v[p.entryDate])));
        }
        return new Checked(staged(p, key, v, updated, deleted), problems);
    }

    /** The row's values by header position, stripped or not; a short row reads "" past its end. */
    private static String[] values(List<String> header, HmisReader.Row row, boolean strip) {
        String[] v = new String[header.size()];
        List<String> values = row.values();
        for (int i = 0; i < v.length; i++) {
            v[i] = i < values.size() ? (strip ? values.get(i).strip() : values.get(i)) : "";
        }
        return v;
    }

    /** A custom file (not one of HUD's 24): staged as it is, keyed by its content. */
    Checked other(String fileName, List<String> header, HmisReader.Row row) {
        Plan p = plan(null, header);
        String[] v = values(header, row, false);
        String hash = hash(p, v);
        if (!otherKeys.add(fileName + hash)) {
            return new Checked(null, List.of(new Problem(fileName, row.line(), null, null, Problem.Severity.WARNING,
                    "The same row appears earlier in the file; kept once", null)));
        }
        return new Checked(new HmisStaging.StagedRow(fileName, hash, exportId, p.personalId < 0 ? null : blankToNull(v[p.personalId]),
                p.enrollmentId < 0 ? null : blankToNull(v[p.enrollmentId]), null, null, null, hash, json(p, v)), List.of());
    }

    private boolean fileRules(Plan p, HmisReader.Row row, String key, String[] v, List<Problem> problems) {
        HmisFile file = p.file;
        String name = file.fileName;
        boolean bad = false;
        switch (file) {
            case ENROLLMENT -> {
                int[] columns = {p.householdId, p.entryDate, p.relationship};
                for (int column : columns) {
                    if (v[column].isEmpty()) {
                        problems.add(error(name, row, key, p.header.get(column), "Missing " + p.header.get(column), null));
                        bad = true;
                    }
                }
            }
            case EXIT -> {
                EnrollmentFacts e = enrollments.get(v[p.enrollmentId]);
                String exitDate = v[p.exitDate];
                if (exitDate.isEmpty()) {
                    problems.add(error(name, row, key, "ExitDate", "Missing ExitDate", null));
                    bad = true;
                } else if (e != null && HmisDates.date(exitDate).map(d -> d.isBefore(e.entryDate())).orElse(false)) {
                    problems.add(error(name, row, key, "ExitDate", "Exit before the enrollment's EntryDate " + e.entryDate(), exitDate));
                    bad = true;
                }
            }
            case INCOME_BENEFITS -> {
                String total = v[p.totalIncome];
                String earned = v[p.earnedAmount];
                for (String column : List.of("TotalMonthlyIncome", "EarnedAmount")) {
                    String amount = column.equals("EarnedAmount") ? earned : total;
                    if (!amount.isEmpty() && !DOLLARS.matcher(amount).matches()) {
                        problems.add(error(name, row, key, column, "Not an amount in dollars", amount));
                        bad = true;
                    }
                }
                if (!bad && !earned.isEmpty() && !total.isEmpty() && new BigDecimal(earned).compareTo(new BigDecimal(total)) > 0) {
                    problems.add(new Problem(name, row.line(), key, "EarnedAmount", Problem.Severity.WARNING,
                            "EarnedAmount exceeds TotalMonthlyIncome; the total is taken as at least the earned amount", earned));
                }
            }
            default -> {
            }
        }
        if (!bad && p.personOfEnrollment) {
            EnrollmentFacts e = enrollments.get(v[p.enrollmentId]);
            if (e != null && !e.personalId().equals(v[p.personalId])) {
                problems.add(error(name, row, key, "PersonalID", "PersonalID differs from the enrollment's (" + e.personalId() + ")",
                        v[p.personalId]));
                bad = true;
            }
        }
        return bad;
    }

    private HmisStaging.StagedRow staged(Plan p, String key, String[] v, LocalDateTime updated, LocalDateTime deleted) {
        String hash = hash(p, v);
        HmisFile file = p.file;
        if (file == HmisFile.CLIENT) {
            v[p.ssn] = sealed(v[p.ssn], v[p.ssnQuality]);
        }
        return new HmisStaging.StagedRow(file.fileName, key, exportId,
                file == HmisFile.CLIENT ? key : p.personalId < 0 ? null : blankToNull(v[p.personalId]),
                file == HmisFile.ENROLLMENT ? key : p.enrollmentId < 0 ? null : blankToNull(v[p.enrollmentId]),
                file == HmisFile.ENROLLMENT ? v[p.householdId] : null,
                updated, deleted, hash, json(p, v));
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

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Problem error(String file, HmisReader.Row row, String key, String column, String problem, String value) {
        return new Problem(file, row.line(), key.isEmpty() ? null : key, column, Problem.Severity.ERROR, problem, value);
    }

    /**
     * SHA-256 (first 128 bits, hex) over each hashed column's name, 0x1F, its value, 0x1E, in header
     * order: the same bytes as every earlier version of the import, so rows staged before hash alike.
     * The bytes are gathered in one buffer and digested once.
     */
    private String hash(Plan p, String[] v) {
        int at = 0;
        for (int i = 0; i < v.length; i++) {
            byte[] name = p.hashedNames[i];
            if (name == null) {
                continue;
            }
            byte[] value = v[i].getBytes(StandardCharsets.UTF_8);
            int need = at + name.length + value.length + 2;
            if (need > hashBuffer.length) {
                hashBuffer = Arrays.copyOf(hashBuffer, Math.max(need, hashBuffer.length * 2));
            }
            System.arraycopy(name, 0, hashBuffer, at, name.length);
            at += name.length;
            hashBuffer[at++] = UNIT;
            System.arraycopy(value, 0, hashBuffer, at, value.length);
            at += value.length;
            hashBuffer[at++] = RECORD;
        }
        sha256.reset();
        sha256.update(hashBuffer, 0, at);
        return HexFormat.of().formatHex(sha256.digest(), 0, 16);
    }

    /** The row as a JSON object of its non-empty columns, in header order. */
    private static String json(Plan p, String[] v) {
        StringBuilder b = new StringBuilder(v.length * 16).append('{');
        boolean first = true;
        for (int i = 0; i < v.length; i++) {
            String value = v[i];
            if (value.isEmpty() || p.jsonNames[i] == null) {
                continue;
            }
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append(p.jsonNames[i]);
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
                    if (ch < 0x20) {
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
