package org.crosswalk.families;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.BulkLoad;
import org.crosswalk.access.Ssn;
import org.crosswalk.access.SsnVault;
import org.crosswalk.shared.CopyIn;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many households at once (demo data, later an HMIS import): households, their people and
 * income, through COPY ({@link CopyIn}). A system load publishes no audit events, since nobody viewed anything;
 * stewards are registered through access in the same transaction, as {@link Households} does.
 */
@Service
public class FamilyBatch {

    private final NamedParameterJdbcTemplate jdbc;
    private final BulkLoad access;
    private final SsnVault vault;

    FamilyBatch(NamedParameterJdbcTemplate jdbc, BulkLoad access, SsnVault vault) {
        this.jdbc = jdbc;
        this.access = access;
        this.vault = vault;
    }

    public record Family(HouseholdId id, long ownerAgencyId, Long workerUserId, boolean dvRestricted,
                         OffsetDateTime createdAt, Address address, List<Person> members, List<Income> income) {}

    public record Address(String line1, String line2, String city, String state, String postalCode) {}

    /**
     * {@code ssn} is as typed ("123-45-6789") or null; it is sealed on the way in. An importer that
     * sealed the SSN already (so it never stored it in clear) passes {@code sealedSsn} instead.
     */
    public record Person(UUID id, Relationship relationship, String firstName, String middleName, String lastName,
                         LocalDate birthDate, List<HudRace> race, Sex sex, YesNo veteranStatus,
                         String preferredLanguage, String phone, String ssn, SsnVault.Sealed sealedSsn) {

        public Person(UUID id, Relationship relationship, String firstName, String middleName, String lastName,
                      LocalDate birthDate, List<HudRace> race, Sex sex, YesNo veteranStatus,
                      String preferredLanguage, String phone, String ssn) {
            this(id, relationship, firstName, middleName, lastName, birthDate, race, sex, veteranStatus, preferredLanguage,
                    phone, ssn, null);
        }

        @Override
        public String toString() {
            // Never print an SSN, not even in a debugger's or test's output.
            return "Person[" + id + ", " + relationship + ", " + firstName + " " + lastName + ", " + birthDate
                    + (ssn == null ? "" : ", " + Ssn.mask(ssn.substring(ssn.length() - 4)))
                    + (sealedSsn == null ? "" : ", " + Ssn.mask(sealedSsn.last4())) + "]";
        }
    }

    public record Income(LocalDate asOf, long totalMonthlyCents, long earnedMonthlyCents, Long recordedBy) {}

    @Transactional
    public void insert(List<Family> families) {
        access.stewards(families.stream()
                .map(f -> new BulkLoad.Steward(f.id(), f.ownerAgencyId(), f.dvRestricted())).toList());
        insertHouseholdsAndPeople(families);
    }

    /**
     * For an importer loading households again (a newer export of the same source): households not
     * there yet are inserted; for those that are, the members are replaced (same IDs keep their
     * identity), the income reports the loader recorded ({@code recordedBy} null) are replaced, and the
     * DV restriction is restated. Income staff recorded stays. The owner agency of an existing
     * household does not change.
     */
    @Transactional
    public void reload(List<Family> families) {
        List<UUID> ids = families.stream().map(f -> f.id().value()).toList();
        if (ids.isEmpty()) {
            return;
        }
        access.restate(families.stream()
                .map(f -> new BulkLoad.Steward(f.id(), f.ownerAgencyId(), f.dvRestricted())).toList());
        UUID[] array = ids.toArray(UUID[]::new);
        List<UUID> existing = jdbc.queryForList("select id from families.household where id = any(:ids)",
                java.util.Map.of("ids", array), UUID.class);
        jdbc.update("delete from families.member where household_id = any(:ids)", java.util.Map.of("ids", array));
        jdbc.update("delete from families.income_report where household_id = any(:ids) and recorded_by is null",
                java.util.Map.of("ids", array));
        jdbc.update("update families.household set updated_at = now(), version = version + 1 where id = any(:ids)",
                java.util.Map.of("ids", array));
        insertPeople(families, new java.util.HashSet<>(existing));
    }

    /**
     * For exporters (the HMIS CSV export): the households an agency holds, with their members and
     * income reports, in a stable order. SSNs stay sealed ({@code sealedSsn}; {@code ssn} is null);
     * {@code dvRestricted} is decided by access and not read here (false).
     */
    @Transactional(readOnly = true)
    public List<Family> heldBy(long agencyId) {
        java.util.Map<UUID, List<Person>> people = new java.util.LinkedHashMap<>();
        jdbc.query("""
                select m.* from families.member m join families.household h on h.id = m.household_id
                 where h.owner_agency_id = :agency order by m.household_id, m.relationship_to_hoh, m.birth_date nulls last, m.id
                """, java.util.Map.of("agency", agencyId), rs -> {
            byte[] sealed = rs.getBytes("ssn_sealed");
            String[] race = (String[]) rs.getArray("race").getArray();
            people.computeIfAbsent(rs.getObject("household_id", UUID.class), k -> new java.util.ArrayList<>()).add(new Person(
                    rs.getObject("id", UUID.class), Relationship.of(rs.getInt("relationship_to_hoh")), rs.getString("first_name"),
                    rs.getString("middle_name"), rs.getString("last_name"), rs.getObject("birth_date", LocalDate.class),
                    java.util.Arrays.stream(race).map(HudRace::valueOf).toList(), Sex.of(rs.getInt("sex")),
                    YesNo.of(rs.getInt("veteran_status")), rs.getString("preferred_language"), rs.getString("phone"), null,
                    sealed == null ? null : new SsnVault.Sealed(sealed, rs.getString("ssn_last4"))));
        });
        java.util.Map<UUID, List<Income>> income = new java.util.HashMap<>();
        jdbc.query("""
                select i.household_id, i.as_of, i.total_monthly_cents, i.earned_monthly_cents, i.recorded_by
                  from families.income_report i join families.household h on h.id = i.household_id
                 where h.owner_agency_id = :agency order by i.household_id, i.as_of, i.id
                """, java.util.Map.of("agency", agencyId), rs -> {
            income.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>()).add(new Income(
                    rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4), rs.getObject(5) == null ? null : rs.getLong(5)));
        });
        return jdbc.query("""
                select id, owner_agency_id, worker_user_id, address_line1, address_line2, city, state, postal_code, created_at
                  from families.household where owner_agency_id = :agency order by id
                """, java.util.Map.of("agency", agencyId), (rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new Family(new HouseholdId(id), rs.getLong("owner_agency_id"), rs.getObject("worker_user_id") == null ? null : rs.getLong("worker_user_id"), false,
                    rs.getObject("created_at", OffsetDateTime.class), new Address(rs.getString("address_line1"), rs.getString("address_line2"),
                    rs.getString("city"), rs.getString("state"), rs.getString("postal_code")),
                    people.getOrDefault(id, List.of()), income.getOrDefault(id, List.of()));
        });
    }

    /** A parent (head of household or spouse/partner) and their SSN, sealed, if recorded. */
    public record Parent(UUID memberId, HouseholdId household, Relationship relationship, LocalDate birthDate, Sex sex,
                         byte[] sealedSsn) {}

    /**
     * For matchers (UI wage records): the heads and spouses or partners of these households, with
     * the sealed SSN for access to turn into a match key. Nothing leaves in clear.
     */
    @Transactional(readOnly = true)
    public List<Parent> parents(java.util.Collection<HouseholdId> households) {
        if (households.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select id, household_id, relationship_to_hoh, birth_date, sex, ssn_sealed from families.member
                 where household_id in (:ids) and relationship_to_hoh in (1, 3) order by household_id, relationship_to_hoh, id
                """, java.util.Map.of("ids", households.stream().map(HouseholdId::value).toList()), (rs, n) -> new Parent(
                rs.getObject(1, UUID.class), new HouseholdId(rs.getObject(2, UUID.class)), Relationship.of(rs.getInt(3)),
                rs.getObject(4, LocalDate.class), Sex.of(rs.getInt(5)), rs.getBytes(6)));
    }

    /** Removes households a loader created, with their members, income and notes, and their stewards in access. */
    @Transactional
    public void remove(List<HouseholdId> households) {
        if (households.isEmpty()) {
            return;
        }
        jdbc.update("delete from families.household where id = any(:ids)",
                java.util.Map.of("ids", households.stream().map(HouseholdId::value).toArray(UUID[]::new)));
        access.removeStewards(households);
    }

    private void insertPeople(List<Family> families, java.util.Set<UUID> existingHouseholds) {
        List<Family> fresh = families.stream().filter(f -> !existingHouseholds.contains(f.id().value())).toList();
        insertHouseholds(fresh);
        insertMembersAndIncome(families);
    }

    private void insertHouseholdsAndPeople(List<Family> families) {
        insertHouseholds(families);
        insertMembersAndIncome(families);
    }

    private void insertHouseholds(List<Family> families) {
        CopyIn.rows(jdbc.getJdbcTemplate(), "families.household", "id, owner_agency_id, worker_user_id, address_line1, address_line2, "
                + "city, state, postal_code, created_at, updated_at", families, f -> new Object[] {f.id().value(), f.ownerAgencyId(),
                f.workerUserId(), f.address().line1(), f.address().line2(), f.address().city(), f.address().state(),
                f.address().postalCode(), f.createdAt(), f.createdAt()});
    }

    private void insertMembersAndIncome(List<Family> families) {
        CopyIn.rows(jdbc.getJdbcTemplate(), "families.member", "id, household_id, relationship_to_hoh, first_name, middle_name, last_name, "
                + "birth_date, race, sex, veteran_status, preferred_language, phone, ssn_sealed, ssn_last4", members(families), this::memberValues);
        CopyIn.rows(jdbc.getJdbcTemplate(), "families.income_report", "household_id, as_of, total_monthly_cents, earned_monthly_cents, recorded_by",
                incomes(families), i -> new Object[] {i.household().value(), i.income().asOf(), i.income().totalMonthlyCents(),
                        i.income().earnedMonthlyCents(), i.income().recordedBy()});
    }

    private record HouseholdPerson(HouseholdId household, Person person) {}

    private record HouseholdIncome(HouseholdId household, Income income) {}

    private static List<HouseholdPerson> members(List<Family> families) {
        return families.stream().flatMap(f -> f.members().stream().map(m -> new HouseholdPerson(f.id(), m))).toList();
    }

    private static List<HouseholdIncome> incomes(List<Family> families) {
        return families.stream().flatMap(f -> f.income().stream().map(i -> new HouseholdIncome(f.id(), i))).toList();
    }

    private Object[] memberValues(HouseholdPerson held) {
        Person p = held.person();
        SsnVault.Sealed sealed = p.sealedSsn() != null ? p.sealedSsn()
                : p.ssn() == null ? null : vault.seal(Ssn.parse(p.ssn(), "ssn"));
        return new Object[] {p.id(), held.household().value(), p.relationship().code(), p.firstName(), p.middleName(), p.lastName(),
                p.birthDate(), p.race().stream().map(Enum::name).toList(), p.sex().code(), p.veteranStatus().code(),
                p.preferredLanguage(), p.phone(), sealed == null ? null : sealed.cipherText(), sealed == null ? null : sealed.last4()};
    }
}
