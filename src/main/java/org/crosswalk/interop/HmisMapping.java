package org.crosswalk.interop;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.SsnVault;
import org.crosswalk.families.FamilyBatch;
import org.crosswalk.housing.HousingBatch;
import org.crosswalk.intake.ExitReason;
import org.crosswalk.intake.IntakeBatch;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps staged HMIS households into Crosswalk through the owning modules' batch loaders: one
 * Crosswalk household per HMIS HouseholdID (members by RelationshipToHoH), an intake referral and
 * enrollment (with exit and HUD destination) for the head's project, living situations, income
 * reports summed per InformationDate, and the DV restriction. A household is mapped again only when
 * a row it is built from changed (its checksum), and removed when all its enrollments are deleted.
 */
@Component
class HmisMapping {

    /** The referral source name that marks what an HMIS import loaded (so a later import replaces only that). */
    static final String SOURCE = "HMIS import";

    /** A reader bound to its type once: resolving {@code Map} on every row showed in the profile. */
    private static final tools.jackson.databind.ObjectReader JSON = JsonMapper.builder().build().readerFor(Map.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final FamilyBatch families;
    private final IntakeBatch intake;
    private final HousingBatch housing;
    private final Organisation organisation;
    private final HmisStaging staging;
    private final TransactionTemplate tx;

    private final int householdsPerChunk;
    private final int mappingThreads;

    HmisMapping(NamedParameterJdbcTemplate jdbc, FamilyBatch families, IntakeBatch intake, HousingBatch housing,
                Organisation organisation, HmisStaging staging, TransactionTemplate tx,
                @org.springframework.beans.factory.annotation.Value("${crosswalk.interop.households-per-chunk:2000}") int householdsPerChunk,
                @org.springframework.beans.factory.annotation.Value("${crosswalk.interop.mapping-threads:2}") int mappingThreads) {
        this.householdsPerChunk = householdsPerChunk;
        this.mappingThreads = Math.max(1, mappingThreads);
        this.jdbc = jdbc;
        this.families = families;
        this.intake = intake;
        this.housing = housing;
        this.organisation = organisation;
        this.staging = staging;
        this.tx = tx;
    }

    record Staged(String file, String recordId, String personalId, String enrollmentId, String householdKey, boolean deleted,
                  String hash, Map<String, String> data) {
        String get(String column) {
            return data.getOrDefault(column, "");
        }
    }

    /**
     * Maps every staged household, {@code householdsPerChunk} at a time, each chunk in its own
     * transaction, on {@code mappingThreads} connections at once: chunks touch disjoint households,
     * and a chunk's Java work overlaps another's COPYs. After a failure no new chunk starts and the
     * first failure is thrown; what was committed stays (mapping is idempotent by checksum, so a
     * re-run redoes only what is missing).
     */
    void map(long run, String sourceId, long agencyId, long userId, HmisImport.ChunkListener listener) {
        Map<String, Staged> projects = projects(sourceId);
        Map<String, Long> programs = programs(projects, agencyId);
        List<String> keys = jdbc.queryForList("""
                select distinct household_key from interop.hmis_row where source_id = :s and file = 'Enrollment' order by 1
                """, Map.of("s", sourceId), String.class);
        int[] committed = {0};
        try (Workers workers = new Workers("hmis-map", mappingThreads, mappingThreads * 2)) {
            for (int from = 0; from < keys.size(); from += householdsPerChunk) {
                List<String> slice = keys.subList(from, Math.min(keys.size(), from + householdsPerChunk));
                workers.submit(() -> {
                    tx.executeWithoutResult(s -> mapChunk(run, sourceId, agencyId, userId, slice, projects, programs));
                    synchronized (committed) {
                        listener.committed("mapping", ++committed[0]);
                    }
                });
            }
            workers.await();
        }
    }

    private Map<String, Staged> projects(String sourceId) {
        return rows("select * from interop.hmis_row where source_id = :s and file = 'Project' and date_deleted is null",
                new MapSqlParameterSource("s", sourceId)).stream().collect(Collectors.toMap(Staged::recordId, p -> p));
    }

    /** One Crosswalk program per HMIS project, "<ProjectName> (HMIS <ProjectID>)", in the agency's region. */
    private Map<String, Long> programs(Map<String, Staged> projects, long agencyId) {
        String region = organisation.agency(agencyId).regionName();
        Map<String, String> regionByProgram = new HashMap<>();
        projects.values().forEach(p -> regionByProgram.put(programName(p), region));
        Map<String, Long> byName = intake.programsWithStandardRules(regionByProgram);
        Map<String, Long> byProject = new HashMap<>();
        projects.values().forEach(p -> byProject.put(p.recordId(), byName.get(programName(p))));
        return byProject;
    }

    static String programName(Staged project) {
        String name = project.get("ProjectName").strip();
        String full = (name.isEmpty() ? "Project" : name) + " (HMIS " + project.recordId() + ")";
        return full.length() > 100 ? full.substring(0, 100) : full;
    }

    private List<Staged> rows(String sql, MapSqlParameterSource params) {
        return jdbc.query(sql, params, (rs, n) -> new Staged(rs.getString("file"), rs.getString("record_id"), rs.getString("personal_id"),
                rs.getString("enrollment_id"), rs.getString("household_key"), rs.getObject("date_deleted") != null,
                rs.getString("row_hash"), parse(rs.getString("data"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> parse(String json) {
        return JSON.readValue(json);
    }

    private void mapChunk(long run, String sourceId, long agencyId, long userId, List<String> keys, Map<String, Staged> projects,
                          Map<String, Long> programs) {
        List<Staged> enrollments = rows("""
                select * from interop.hmis_row where source_id = :s and file = 'Enrollment' and household_key = any(:keys)
                """, new MapSqlParameterSource("s", sourceId).addValue("keys", keys.toArray(String[]::new)));
        List<String> enrollmentIds = enrollments.stream().map(Staged::recordId).toList();
        List<String> personalIds = enrollments.stream().map(Staged::personalId).distinct().toList();
        Map<String, List<Staged>> children = rows("""
                select * from interop.hmis_row where source_id = :s and enrollment_id = any(:ids)
                   and file in ('Exit', 'IncomeBenefits', 'HealthAndDV', 'CurrentLivingSituation')
                """, new MapSqlParameterSource("s", sourceId).addValue("ids", enrollmentIds.toArray(String[]::new)))
                .stream().collect(Collectors.groupingBy(Staged::enrollmentId));
        Map<String, Staged> clients = rows("""
                select * from interop.hmis_row where source_id = :s and file = 'Client' and record_id = any(:ids)
                """, new MapSqlParameterSource("s", sourceId).addValue("ids", personalIds.toArray(String[]::new)))
                .stream().collect(Collectors.toMap(Staged::recordId, c -> c));
        Map<String, String[]> mapped = new HashMap<>();
        jdbc.query("select hmis_household_id, household_id::text, checksum from interop.hmis_household where source_id = :s and hmis_household_id = any(:keys)",
                new MapSqlParameterSource("s", sourceId).addValue("keys", keys.toArray(String[]::new)),
                rs -> {
                    mapped.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        Map<String, List<Staged>> byHousehold = enrollments.stream().collect(Collectors.groupingBy(Staged::householdKey, TreeMap::new, Collectors.toList()));

        List<FamilyBatch.Family> fresh = new ArrayList<>();
        List<FamilyBatch.Family> changed = new ArrayList<>();
        List<IntakeBatch.Story> stories = new ArrayList<>();
        List<HousingBatch.NewSituation> freshSituations = new ArrayList<>();
        List<HousingBatch.NewSituation> changedSituations = new ArrayList<>();
        List<HouseholdId> removed = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<MapSqlParameterSource> links = new ArrayList<>();
        for (Map.Entry<String, List<Staged>> e : byHousehold.entrySet()) {
            HouseholdId id = householdId(sourceId, e.getKey());
            List<Staged> live = e.getValue().stream()
                    .filter(en -> !en.deleted() && clients.containsKey(en.personalId()) && !clients.get(en.personalId()).deleted())
                    .sorted(Comparator.comparing((Staged en) -> en.get("EntryDate")).thenComparing(Staged::recordId)).toList();
            String checksum = checksum(e.getValue(), children, clients, projects);
            String[] before = mapped.get(e.getKey());
            if (live.isEmpty()) {
                if (before != null) {
                    removed.add(new HouseholdId(UUID.fromString(before[0])));
                }
                continue;
            }
            if (before != null && before[1].equals(checksum)) {
                continue;
            }
            Household h = new Household(sourceId, e.getKey(), id, live, children, clients, warnings);
            (before == null ? fresh : changed).add(h.family(agencyId));
            stories.add(h.story(programs.get(h.head().get("ProjectID")), userId, agencyId));
            (before == null ? freshSituations : changedSituations).addAll(h.situations());
            links.add(new MapSqlParameterSource("s", sourceId).addValue("k", e.getKey()).addValue("h", id.value())
                    .addValue("a", agencyId).addValue("c", checksum).addValue("run", run));
        }
        List<HouseholdId> changedIds = changed.stream().map(FamilyBatch.Family::id).toList();
        if (!removed.isEmpty()) {
            intake.forget(removed, SOURCE);
            housing.replaceLoadedSituations(removed, List.of());
            families.remove(removed);
            jdbc.update("delete from interop.hmis_household where household_id = any(:ids)",
                    Map.of("ids", removed.stream().map(HouseholdId::value).toArray(UUID[]::new)));
        }
        families.insert(fresh);
        families.reload(changed);
        intake.forget(changedIds, SOURCE);
        intake.load(stories);
        housing.insert(freshSituations, List.of());
        housing.replaceLoadedSituations(changedIds, changedSituations);
        if (!links.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into interop.hmis_household (source_id, hmis_household_id, household_id, agency_id, checksum, mapped_by_run)
                    values (:s, :k, :h, :a, :c, :run)
                    on conflict (source_id, hmis_household_id) do update set checksum = excluded.checksum, mapped_by_run = excluded.mapped_by_run
                    """, links.toArray(MapSqlParameterSource[]::new));
        }
        staging.problems(run, warnings);
        staging.households(run, links.size(), removed.size());
    }

    static HouseholdId householdId(String sourceId, String hmisHouseholdId) {
        return new HouseholdId(UUID.nameUUIDFromBytes(("hmis:" + sourceId + ":" + hmisHouseholdId).getBytes(StandardCharsets.UTF_8)));
    }

    /** Over every staged row a household is built from, deleted or not, and its projects. */
    private static String checksum(List<Staged> enrollments, Map<String, List<Staged>> children, Map<String, Staged> clients,
                                   Map<String, Staged> projects) {
        List<String> parts = new ArrayList<>();
        for (Staged en : enrollments) {
            parts.add(part(en));
            children.getOrDefault(en.recordId(), List.of()).forEach(c -> parts.add(part(c)));
            Staged client = clients.get(en.personalId());
            parts.add(client == null ? "no client " + en.personalId() : part(client));
            Staged project = projects.get(en.get("ProjectID"));
            parts.add(project == null ? "no project" : part(project));
        }
        parts.sort(null);
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            parts.forEach(p -> d.update((p + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Staged s) {
        return s.file() + "/" + s.recordId() + "/" + s.hash() + "/" + s.deleted();
    }

    /** One HMIS household's live rows, turned into what each module loads. */
    private static final class Household {
        final String sourceId;
        final String key;
        final HouseholdId id;
        final List<Staged> enrollments;
        final Map<String, List<Staged>> children;
        final Map<String, Staged> clients;
        final Staged head;

        Household(String sourceId, String key, HouseholdId id, List<Staged> enrollments, Map<String, List<Staged>> children,
                  Map<String, Staged> clients, List<Problem> warnings) {
            this.sourceId = sourceId;
            this.key = key;
            this.id = id;
            this.enrollments = enrollments;
            this.children = children;
            this.clients = clients;
            List<Staged> heads = enrollments.stream().filter(en -> en.get("RelationshipToHoH").equals("1")).toList();
            this.head = heads.isEmpty() ? enrollments.getFirst() : heads.getFirst();
            if (heads.isEmpty()) {
                warnings.add(new Problem("Enrollment", null, head.recordId(), "RelationshipToHoH", Problem.Severity.WARNING,
                        "Household " + key + " has no head of household; the earliest entry is taken as head", head.get("RelationshipToHoH")));
            } else if (heads.size() > 1) {
                heads.stream().skip(1).forEach(h -> warnings.add(new Problem("Enrollment", null, h.recordId(), "RelationshipToHoH",
                        Problem.Severity.WARNING, "Household " + key + " has more than one head; this one is recorded as 99 (not collected)", "1")));
            }
        }

        Staged head() {
            return head;
        }

        private List<Staged> live(String file) {
            return enrollments.stream().flatMap(en -> children.getOrDefault(en.recordId(), List.of()).stream())
                    .filter(c -> c.file().equals(file) && !c.deleted()).toList();
        }

        FamilyBatch.Family family(long agencyId) {
            List<FamilyBatch.Person> people = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<Staged> ordered = new ArrayList<>(enrollments);
            ordered.remove(head);
            ordered.addFirst(head);
            for (Staged en : ordered) {
                if (seen.add(en.personalId())) {
                    people.add(person(en, en == head));
                }
            }
            boolean dv = live("HealthAndDV").stream().anyMatch(h -> h.get("DomesticViolenceSurvivor").equals("1"));
            return new FamilyBatch.Family(id, agencyId, null, dv,
                    LocalDate.parse(head.get("EntryDate")).atStartOfDay().atOffset(ZoneOffset.UTC),
                    new FamilyBatch.Address(null, null, null, null, null), people, income());
        }

        private FamilyBatch.Person person(Staged enrollment, boolean isHead) {
            Staged c = clients.get(enrollment.personalId());
            Relationship relationship = isHead ? Relationship.SELF : switch (enrollment.get("RelationshipToHoH")) {
                case "2", "3", "4", "5" -> Relationship.of(Integer.parseInt(enrollment.get("RelationshipToHoH")));
                default -> Relationship.NOT_COLLECTED;
            };
            List<HudRace> race = new ArrayList<>();
            for (HudRace r : HudRace.values()) {
                if (r.hmisColumn() != null && (c.get(r.hmisColumn()).equals("1")
                        || r == HudRace.HISPANIC_LATINAEO && c.get("HispanicLatinao").equals("1"))) {
                    race.add(r);
                }
            }
            if (race.isEmpty()) {
                race.add(switch (c.get("RaceNone")) {
                    case "8" -> HudRace.DOES_NOT_KNOW;
                    case "9" -> HudRace.PREFERS_NOT_TO_ANSWER;
                    default -> HudRace.NOT_COLLECTED;
                });
            }
            String ssn = c.get("SSN");
            SsnVault.Sealed sealed = null;
            int colon = ssn.lastIndexOf(':');
            if (colon > 0) {
                sealed = new SsnVault.Sealed(Base64.getDecoder().decode(ssn.substring(0, colon)), ssn.substring(colon + 1));
            }
            String dob = c.get("DOB");
            return new FamilyBatch.Person(memberId(enrollment.personalId()), relationship, nameOr(c.get("FirstName")),
                    c.get("MiddleName").isBlank() ? null : c.get("MiddleName"), nameOr(c.get("LastName")),
                    dob.isEmpty() ? null : LocalDate.parse(dob), race, sex(c), yesNo(c.get("VeteranStatus")), null, null, null, sealed);
        }

        private UUID memberId(String personalId) {
            return UUID.nameUUIDFromBytes(("hmis:" + sourceId + ":" + key + ":" + personalId).getBytes(StandardCharsets.UTF_8));
        }

        private static String nameOr(String name) {
            return name.isBlank() ? "Unknown" : name.strip();
        }

        /** FY2026 Sex; FY2024 from Woman/Man when exactly one is chosen, else not collected. */
        private static Sex sex(Staged c) {
            String sex = c.get("Sex");
            if (!sex.isEmpty()) {
                return Sex.of(Integer.parseInt(sex));
            }
            boolean woman = c.get("Woman").equals("1");
            boolean man = c.get("Man").equals("1");
            return woman && !man ? Sex.FEMALE : man && !woman ? Sex.MALE : Sex.NOT_COLLECTED;
        }

        private static YesNo yesNo(String code) {
            return code.isEmpty() ? YesNo.NOT_COLLECTED : YesNo.of(Integer.parseInt(code));
        }

        /**
         * Household income per InformationDate: the sum over members of TotalMonthlyIncome (0 when
         * IncomeFromAnySource is 0) and of EarnedAmount where Earned is 1; one row per person and
         * date (the latest collection stage). The total is at least the earned amount.
         */
        private List<FamilyBatch.Income> income() {
            Map<String, Staged> perPersonAndDay = new TreeMap<>();
            for (Staged i : live("IncomeBenefits")) {
                String k = i.personalId() + "|" + i.get("InformationDate");
                Staged before = perPersonAndDay.get(k);
                if (before == null || (before.get("DataCollectionStage") + before.recordId())
                        .compareTo(i.get("DataCollectionStage") + i.recordId()) < 0) {
                    perPersonAndDay.put(k, i);
                }
            }
            Map<LocalDate, long[]> byDay = new TreeMap<>();
            for (Staged i : perPersonAndDay.values()) {
                String total = i.get("TotalMonthlyIncome");
                boolean none = i.get("IncomeFromAnySource").equals("0");
                if (total.isEmpty() && !none && i.get("EarnedAmount").isEmpty()) {
                    continue;
                }
                long[] sums = byDay.computeIfAbsent(LocalDate.parse(i.get("InformationDate")), d -> new long[2]);
                sums[0] += cents(total);
                if (i.get("Earned").equals("1")) {
                    sums[1] += cents(i.get("EarnedAmount"));
                }
            }
            return byDay.entrySet().stream().map(e -> new FamilyBatch.Income(e.getKey(), Math.max(e.getValue()[0], e.getValue()[1]),
                    e.getValue()[1], null)).toList();
        }

        static long cents(String dollars) {
            return dollars.isEmpty() ? 0 : new BigDecimal(dollars).movePointRight(2).longValueExact();
        }

        /** The head's prior living situation at entry, every member's current living situations, the head's destination at exit. */
        List<HousingBatch.NewSituation> situations() {
            Map<LocalDate, Integer> byDay = new TreeMap<>();
            code(head.get("LivingSituation")).ifPresent(c -> byDay.put(LocalDate.parse(head.get("EntryDate")), c));
            live("CurrentLivingSituation").stream().sorted(Comparator.comparing(Staged::recordId)).forEach(c ->
                    code(c.get("CurrentLivingSituation")).ifPresent(code -> byDay.put(LocalDate.parse(c.get("InformationDate")), code)));
            exit().ifPresent(x -> code(x.get("Destination")).ifPresent(c -> byDay.put(LocalDate.parse(x.get("ExitDate")), c)));
            List<HousingBatch.NewSituation> list = new ArrayList<>();
            byDay.forEach((day, code) -> list.add(new HousingBatch.NewSituation(id,
                    org.crosswalk.housing.LivingSituation.of(code).orElseThrow(), day, null)));
            return list;
        }

        private static java.util.Optional<Integer> code(String value) {
            if (value.isEmpty()) {
                return java.util.Optional.empty();
            }
            int code = Integer.parseInt(value);
            return org.crosswalk.housing.LivingSituation.of(code).map(s -> code);
        }

        private java.util.Optional<Staged> exit() {
            return children.getOrDefault(head.recordId(), List.of()).stream()
                    .filter(c -> c.file().equals("Exit") && !c.deleted()).max(Comparator.comparing(Staged::recordId));
        }

        IntakeBatch.Story story(long programId, long userId, long agencyId) {
            LocalDate entry = LocalDate.parse(head.get("EntryDate"));
            String ls = head.get("LivingSituation");
            org.crosswalk.intake.LivingSituation situation = ls.isEmpty() ? org.crosswalk.intake.LivingSituation.NOT_COLLECTED
                    : org.crosswalk.intake.LivingSituation.of(Integer.parseInt(ls)).orElse(org.crosswalk.intake.LivingSituation.NOT_COLLECTED);
            IntakeBatch.Exit exit = exit().map(x -> new IntakeBatch.Exit(LocalDate.parse(x.get("ExitDate")), ExitReason.OTHER,
                    x.get("Destination").isEmpty() ? org.crosswalk.intake.LivingSituation.NOT_COLLECTED
                            : org.crosswalk.intake.LivingSituation.of(Integer.parseInt(x.get("Destination")))
                            .orElse(org.crosswalk.intake.LivingSituation.NOT_COLLECTED))).orElse(null);
            return new IntakeBatch.Story(id, programId, entry, ReferralSource.OTHER, situation, userId, agencyId, List.of(), userId,
                    List.of(), List.of(), new IntakeBatch.Enrollment(entry, List.of(new IntakeBatch.Assignment(userId, entry)), exit), SOURCE);
        }
    }
}
