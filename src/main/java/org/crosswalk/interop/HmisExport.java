package org.crosswalk.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.families.FamilyBatch;
import org.crosswalk.intake.IntakeBatch;
import org.crosswalk.shared.HudRace;
import org.crosswalk.shared.PersonalDataTouched;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what an agency holds as an HMIS CSV export, FY2026 ("2026 v1.0"): all 24 files with
 * HUD's headers (empty where Crosswalk holds nothing), one Project per Crosswalk program, one
 * Enrollment per member and program enrollment, Exit with the HUD destination, IncomeBenefits
 * with the household's total and earned income, CurrentLivingSituation for each living situation;
 * and, as custom files beside them (CustomDataElement-style, as Open Path does), job placements,
 * retention check-ins and non-sensitive barriers. Only households with an enrollment are exported
 * (HMIS records everything within one). The head's Enrollment.LivingSituation is the referral's prior
 * living situation; a DV-restricted household gets HealthAndDV DomesticViolenceSurvivor 1 on the
 * head's enrollments, only where access says the exporting user may see the restriction. SSNs go out
 * partial (last four, SSNDataQuality 2): the full number never leaves access. Every exported household
 * is audited (HMIS_EXPORTED).
 */
@Service
public class HmisExport {

    static final String VERSION = "2026 v1.0";
    static final List<String> CUSTOM_FILES = List.of("CustomPlacement", "CustomRetentionCheckIn", "CustomBarrier");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final NamedParameterJdbcTemplate jdbc;
    private final FamilyBatch families;
    private final IntakeBatch intake;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final HouseholdAccess access;

    HmisExport(NamedParameterJdbcTemplate jdbc, FamilyBatch families, IntakeBatch intake, Organisation organisation,
               ApplicationEventPublisher events, HouseholdAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.families = families;
        this.intake = intake;
        this.organisation = organisation;
        this.events = events;
    }

    public record Summary(Path folder, String exportId, Map<String, Integer> rows) {}

    private record Stay(UUID household, long programId, LocalDate enrolledOn, LocalDate exitedOn, Integer destination) {}

    @Transactional
    public Summary export(long agencyId, long userId, String username, Path folder) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        String stamp = now.format(STAMP);
        String exportId = "CW" + now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        Organisation.Agency agency = organisation.agency(agencyId);
        Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();
        Map<String, List<String>> columns = columns();
        columns.keySet().forEach(f -> files.put(f, new ArrayList<>()));
        Map<String, String> audit = Map.of("DateCreated", stamp, "DateUpdated", stamp, "UserID", String.valueOf(userId), "ExportID", exportId);

        Map<UUID, List<Stay>> stays = new HashMap<>();
        jdbc.query("""
                select e.household_id, e.program_id, e.enrolled_on, e.exited_on, e.exit_destination
                  from intake.enrollment_facts e join families.household_facts h on h.household_id = e.household_id
                 where h.owner_agency_id = :agency order by e.household_id, e.enrolled_on, e.program_id
                """, Map.of("agency", agencyId), rs -> {
            stays.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Stay(rs.getObject(1, UUID.class),
                    rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5) == null ? null : rs.getInt(5)));
        });
        Map<UUID, List<Object[]>> situations = new HashMap<>();
        jdbc.query("""
                select l.household_id, l.code, l.started_on from housing.living_situation_facts l
                  join families.household_facts h on h.household_id = l.household_id
                 where h.owner_agency_id = :agency order by l.household_id, l.started_on
                """, Map.of("agency", agencyId), rs -> {
            situations.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Object[] {rs.getInt(2), rs.getObject(3, LocalDate.class)});
        });
        Map<Long, String> programNames = intake.programsWithStandardRules(Map.of()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

        files.get("Export").add(row(Map.ofEntries(Map.entry("ExportID", exportId), Map.entry("SourceType", "4"),
                Map.entry("SourceID", "crosswalk-" + agencyId), Map.entry("SourceName", agency.name()), Map.entry("ExportDate", stamp),
                Map.entry("ExportStartDate", "2000-01-01"), Map.entry("ExportEndDate", now.toLocalDate().toString()),
                Map.entry("SoftwareName", "Crosswalk"), Map.entry("SoftwareVersion", "0.1"), Map.entry("CSVVersion", VERSION),
                Map.entry("ExportPeriodType", "4"), Map.entry("ExportDirective", "2"), Map.entry("HashStatus", "1"))));
        files.get("Organization").add(row(audit, Map.of("OrganizationID", String.valueOf(agencyId), "OrganizationName", agency.name(),
                "VictimServiceProvider", "0")));
        stays.values().stream().flatMap(List::stream).map(Stay::programId).distinct().sorted().forEach(p ->
                files.get("Project").add(row(audit, Map.of("ProjectID", String.valueOf(p), "OrganizationID", String.valueOf(agencyId),
                        "ProjectName", programNames.getOrDefault(p, "Program " + p), "ContinuumProject", "0", "ProjectType", "6",
                        "OperatingStartDate", "2000-01-01"))));

        Map<String, Integer> prior = new HashMap<>();
        intake.priorSituations(stays.keySet().stream().map(org.crosswalk.shared.HouseholdId::new).toList()).forEach(p ->
                prior.put(p.household().value() + "|" + p.programId() + "|" + p.startDate(), p.situation().code()));
        java.util.Set<org.crosswalk.shared.HouseholdId> survivors = access.dvRestrictedSeenBy(userId, agencyId);

        int households = 0;
        for (FamilyBatch.Family family : families.heldBy(agencyId)) {
            List<Stay> own = stays.getOrDefault(family.id().value(), List.of());
            if (own.isEmpty() || family.members().isEmpty()) {
                continue;
            }
            households++;
            String householdId = hex(family.id().value());
            for (FamilyBatch.Person p : family.members()) {
                files.get("Client").add(row(audit, client(p)));
            }
            FamilyBatch.Person head = family.members().stream().filter(p -> p.relationship().code() == 1).findFirst()
                    .orElse(family.members().getFirst());
            String headEnrollment = null;
            for (Stay stay : own) {
                for (FamilyBatch.Person p : family.members()) {
                    String enrollmentId = id(householdId, String.valueOf(stay.programId()), stay.enrolledOn().toString(), hex(p.id()));
                    boolean isHead = p == head;
                    Map<String, String> e = new HashMap<>(Map.of("EnrollmentID", enrollmentId, "PersonalID", hex(p.id()),
                            "ProjectID", String.valueOf(stay.programId()), "EntryDate", stay.enrolledOn().toString(),
                            "HouseholdID", householdId, "RelationshipToHoH", String.valueOf(isHead ? 1 : p.relationship().code())));
                    if (isHead) {
                        Integer situation = prior.get(family.id().value() + "|" + stay.programId() + "|" + stay.enrolledOn());
                        if (situation != null && situation != org.crosswalk.intake.LivingSituation.NOT_COLLECTED.code()) {
                            // "not collected" goes out blank, as HMIS leaves it: 99 would read back as a situation on the entry day
                            e.put("LivingSituation", String.valueOf(situation));
                        }
                        headEnrollment = enrollmentId;
                        if (survivors.contains(family.id())) {
                            files.get("HealthAndDV").add(row(audit, Map.of("HealthAndDVID", id(enrollmentId, "dv"), "EnrollmentID", enrollmentId,
                                    "PersonalID", hex(p.id()), "InformationDate", stay.enrolledOn().toString(),
                                    "DomesticViolenceSurvivor", "1", "DataCollectionStage", "1")));
                        }
                    }
                    files.get("Enrollment").add(row(audit, e));
                    if (stay.exitedOn() != null) {
                        files.get("Exit").add(row(audit, Map.of("ExitID", enrollmentId, "EnrollmentID", enrollmentId,
                                "PersonalID", hex(p.id()), "ExitDate", stay.exitedOn().toString(),
                                "Destination", String.valueOf(stay.destination()))));
                    }
                }
            }
            String headId = hex(head.id());
            Stay first = own.getFirst();
            for (FamilyBatch.Income income : family.income()) {
                String stage = income.asOf().equals(first.enrolledOn()) ? "1" : income.asOf().equals(first.exitedOn()) ? "3" : "2";
                files.get("IncomeBenefits").add(row(audit, Map.of("IncomeBenefitsID", id(headEnrollment, "income", income.asOf().toString()),
                        "EnrollmentID", headEnrollment, "PersonalID", headId, "InformationDate", income.asOf().toString(),
                        "IncomeFromAnySource", income.totalMonthlyCents() > 0 ? "1" : "0",
                        "TotalMonthlyIncome", dollars(income.totalMonthlyCents()), "Earned", income.earnedMonthlyCents() > 0 ? "1" : "0",
                        "EarnedAmount", dollars(income.earnedMonthlyCents()), "DataCollectionStage", stage)));
            }
            for (Object[] s : situations.getOrDefault(family.id().value(), List.of())) {
                files.get("CurrentLivingSituation").add(row(audit, Map.of("CurrentLivingSitID", id(headEnrollment, "cls", s[1].toString()),
                        "EnrollmentID", headEnrollment, "PersonalID", headId, "InformationDate", s[1].toString(),
                        "CurrentLivingSituation", String.valueOf(s[0]))));
            }
            events.publishEvent(new PersonalDataTouched(family.id(), userId, username, "HMIS_EXPORTED",
                    "HMIS CSV " + VERSION + " export " + exportId));
        }
        List<String> exported = files.get("Client").stream().map(c -> c.get("PersonalID")).toList();
        Map<String, List<String>> custom = customFiles(agencyId, exportId, files, exported);
        write(folder, columns, files, custom);
        Map<String, Integer> counts = new LinkedHashMap<>();
        files.forEach((f, rows) -> counts.put(f, rows.size()));
        custom.forEach((f, rows) -> counts.put(f, rows.size() - 1));
        counts.put("households", households);
        return new Summary(folder, exportId, counts);
    }

    /** Placements, retention check-ins and non-sensitive barriers of the exported households, from the published views. */
    private Map<String, List<String>> customFiles(long agencyId, String exportId, Map<String, List<Map<String, String>>> files,
                                                  List<String> exported) {
        Map<String, List<String>> custom = new LinkedHashMap<>();
        java.util.Set<String> people = new java.util.HashSet<>(exported);
        List<String> placements = new ArrayList<>(List.of("PlacementID,HouseholdID,PersonalID,EmployerID,StartDate,EndDate,HourlyWage,"
                + "HoursPerWeek,MonthlyEarnings,JobKind,HeldAtEnrollment,ExportID"));
        jdbc.query("""
                select p.placement_id, p.household_id, p.member_id, p.employer_id, p.start_date, p.end_date, p.hourly_wage_cents,
                       p.hours_per_week, p.monthly_earnings_cents, p.job_kind, p.held_at_enrollment
                  from employment.placement_facts p join families.household_facts h on h.household_id = p.household_id
                 where h.owner_agency_id = :agency order by p.start_date, p.placement_id
                """, Map.of("agency", agencyId), rs -> {
            if (people.contains(hex(rs.getObject(3, UUID.class)))) {
                placements.add(csvLine(hex(rs.getObject(1, UUID.class)), hex(rs.getObject(2, UUID.class)), hex(rs.getObject(3, UUID.class)),
                        rs.getString(4), rs.getString(5), rs.getString(6), dollars(longOrNull(rs, 7)), rs.getString(8),
                        dollars(longOrNull(rs, 9)), rs.getString(10), rs.getBoolean(11) ? "1" : "0", exportId));
            }
        });
        custom.put("CustomPlacement", placements);
        List<String> checkins = new ArrayList<>(List.of("CheckInID,PlacementID,PersonalID,DaysAfterStart,DueDate,AnsweredDate,"
                + "StillEmployed,SameEmployer,HoursPerWeek,HourlyWage,MonthlyEarnings,ExportID"));
        jdbc.query("""
                select c.checkin_id, c.placement_id, c.member_id, c.days_after_start, c.due_on, c.answered_on, c.still_employed,
                       c.same_employer, c.hours_per_week, c.hourly_wage_cents, c.monthly_earnings_cents
                  from employment.checkin_facts c join families.household_facts h on h.household_id = c.household_id
                 where h.owner_agency_id = :agency order by c.due_on, c.checkin_id
                """, Map.of("agency", agencyId), rs -> {
            if (people.contains(hex(rs.getObject(3, UUID.class)))) {
                checkins.add(csvLine(rs.getString(1), hex(rs.getObject(2, UUID.class)), hex(rs.getObject(3, UUID.class)), rs.getString(4),
                        rs.getString(5), rs.getString(6), bool(rs.getObject(7)), bool(rs.getObject(8)), rs.getString(9),
                        dollars(longOrNull(rs, 10)), dollars(longOrNull(rs, 11)), exportId));
            }
        });
        custom.put("CustomRetentionCheckIn", checkins);
        java.util.Set<String> households = files.get("Enrollment").stream().map(e -> e.get("HouseholdID")).collect(Collectors.toSet());
        List<String> barriers = new ArrayList<>(List.of("BarrierID,HouseholdID,Kind,Severity,OpenedDate,ResolvedDate,ExportID"));
        jdbc.query("""
                select b.barrier_id, b.household_id, b.kind, b.severity, b.opened_on, b.resolved_on
                  from plans.barrier_facts b join families.household_facts h on h.household_id = b.household_id
                 where h.owner_agency_id = :agency and not b.sensitive order by b.opened_on, b.barrier_id
                """, Map.of("agency", agencyId), rs -> {
            if (households.contains(hex(rs.getObject(2, UUID.class)))) {
                barriers.add(csvLine(rs.getString(1), hex(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), exportId));
            }
        });
        custom.put("CustomBarrier", barriers);
        return custom;
    }

    private static Map<String, String> client(FamilyBatch.Person p) {
        Map<String, String> c = new HashMap<>();
        c.put("PersonalID", hex(p.id()));
        c.put("FirstName", p.firstName());
        c.put("MiddleName", p.middleName() == null ? "" : p.middleName());
        c.put("LastName", p.lastName());
        c.put("NameDataQuality", "1");
        if (p.sealedSsn() != null) {
            c.put("SSN", "xxxxx" + p.sealedSsn().last4());
            c.put("SSNDataQuality", "2");
        } else {
            c.put("SSNDataQuality", "99");
        }
        c.put("DOB", p.birthDate() == null ? "" : p.birthDate().toString());
        c.put("DOBDataQuality", p.birthDate() == null ? "99" : "1");
        c.put("Sex", String.valueOf(p.sex().code()));
        for (HudRace r : HudRace.values()) {
            if (r.hmisColumn() != null) {
                String column = r == HudRace.HISPANIC_LATINAEO ? "HispanicLatinao" : r.hmisColumn();
                c.put(column, p.race().contains(r) ? "1" : "0");
            }
        }
        p.race().stream().filter(r -> r.hmisColumn() == null).findFirst().ifPresent(r -> c.put("RaceNone", String.valueOf(r.code())));
        c.put("VeteranStatus", String.valueOf(p.veteranStatus().code()));
        return c;
    }

    private static Map<String, String> row(Map<String, String> values) {
        return values;
    }

    private static Map<String, String> row(Map<String, String> audit, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(audit);
        all.putAll(values);
        return all;
    }

    private static Long longOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column) == null ? null : rs.getLong(column);
    }

    private static String bool(Object b) {
        return b == null ? "" : ((Boolean) b) ? "1" : "0";
    }

    static String dollars(Long cents) {
        return cents == null ? "" : java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static String hex(UUID id) {
        return id.toString().replace("-", "");
    }

    private static String id(String... parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csvLine(String... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = values[i] == null ? "" : values[i];
            b.append(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return b.toString();
    }

    /** HUD's FY2026 header of each of the 24 files, in HUD's order. */
    static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new ClassPathResource("interop/hmis-fy2026-columns.csv").getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(line -> {
                List<String> parts = Arrays.asList(line.split(","));
                columns.put(parts.getFirst(), parts.subList(1, parts.size()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return columns;
    }

    private static void write(Path folder, Map<String, List<String>> columns, Map<String, List<Map<String, String>>> files,
                              Map<String, List<String>> custom) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, List<String>> file : columns.entrySet()) {
                try (Writer w = Files.newBufferedWriter(folder.resolve(file.getKey() + ".csv"), StandardCharsets.UTF_8);
                     CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
                    csv.printRecord(file.getValue());
                    for (Map<String, String> row : files.get(file.getKey())) {
                        csv.printRecord(file.getValue().stream().map(c -> row.getOrDefault(c, "")).toList());
                    }
                }
            }
            for (Map.Entry<String, List<String>> file : custom.entrySet()) {
                Files.write(folder.resolve(file.getKey() + ".csv"), (String.join("\r\n", file.getValue()) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
