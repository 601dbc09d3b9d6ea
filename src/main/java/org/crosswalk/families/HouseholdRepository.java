package org.crosswalk.families;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.SsnVault;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over families.household, families.member and families.income_report. */
@Repository
class HouseholdRepository {

    enum SsnChange { KEEP, SET, REMOVE }

    record PersonRow(Relationship relationship, String firstName, String middleName, String lastName,
                     LocalDate birthDate, List<HudRace> race, Sex sex, YesNo veteranStatus, String preferredLanguage,
                     String phone, SsnChange ssnChange, SsnVault.Sealed ssn) {}

    record HouseholdRow(String addressLine1, String addressLine2, String city, String state, String postalCode,
                        Long workerUserId, Money totalIncome, Money earnedIncome) {}

    record SummaryRow(HouseholdId id, String headName, LocalDate birthDate, String ssnLast4, int members, int children,
                      String city, long ownerAgencyId, Long workerUserId, OffsetDateTime updatedAt) {}

    record HouseholdRecord(Long workerUserId, String addressLine1, String addressLine2, String city, String state,
                           String postalCode, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {}

    record MemberRecord(UUID id, Relationship relationship, String firstName, String middleName, String lastName,
                        LocalDate birthDate, List<HudRace> race, Sex sex, YesNo veteranStatus,
                        String preferredLanguage, String phone, String ssnLast4, int version) {}

    record IncomeRecord(LocalDate asOf, long totalCents, long earnedCents, Long recordedBy) {}

    private final JdbcClient jdbc;

    HouseholdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }


    // ---- search

    List<SummaryRow> search(long viewer, Households.Search search, int page, int size) {
        var filter = filter(viewer, search);
        String order = search.sort() == Households.Sort.RECENT ? "h.updated_at desc, h.id"
                : "lower(head.last_name), lower(head.first_name), h.id";
        filter.params.put("limit", size);
        filter.params.put("offset", (long) page * size);
        return jdbc.sql("""
                        select h.id, head.first_name || ' ' || head.last_name as head_name, head.birth_date, head.ssn_last4,
                               (select count(*) from families.member m where m.household_id = h.id) as members,
                               (select count(*) from families.member m where m.household_id = h.id and m.relationship_to_hoh = 2) as children,
                               h.city, h.owner_agency_id, h.worker_user_id, h.updated_at
                          from families.household h
                          %s
                          join families.member head on head.household_id = h.id and head.relationship_to_hoh = 1
                         where %s
                         order by %s
                         limit :limit offset :offset
                        """.formatted(filter.readableJoin, filter.where, order))
                .params(filter.params)
                .query((rs, n) -> new SummaryRow(new HouseholdId(rs.getObject("id", UUID.class)), rs.getString("head_name"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("ssn_last4"), rs.getInt("members"),
                        rs.getInt("children"), rs.getString("city"), rs.getLong("owner_agency_id"),
                        (Long) rs.getObject("worker_user_id"), rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
    }

    long count(long viewer, Households.Search search) {
        var filter = filter(viewer, search);
        return jdbc.sql("""
                        select count(*)
                          from families.household h
                          %s
                         where %s
                        """.formatted(filter.readableJoin, filter.where))
                .params(filter.params).query(Long.class).single();
    }

    /** Either joins the readable set (an unnarrowed list) or checks each narrowed-down household. */
    private record Filter(String readableJoin, String where, Map<String, Object> params) {}

    /** Name words, birth date and SSN last 4 must all fit the same person in the household. */
    private static Filter filter(long viewer, Households.Search search) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", viewer);
        List<String> household = new ArrayList<>(List.of("true"));
        List<String> person = new ArrayList<>();
        if (search.mineOnly()) {
            household.add("h.worker_user_id = :viewer");
        }
        if (search.name() != null) {
            String[] words = search.name().toLowerCase(Locale.ROOT).strip().split("[\\s,]+");
            for (int i = 0; i < Math.min(words.length, 4); i++) {
                if (words[i].isEmpty()) continue;
                String word = words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                params.put("w" + i, word + "%");
                person.add(("(lower(m.first_name) like :w%1$d or lower(m.last_name) like :w%1$d"
                        + " or m.second_surname like :w%1$d)").formatted(i));
            }
        }
        if (search.birthDate() != null) {
            params.put("dob", search.birthDate());
            person.add("m.birth_date = :dob");
        }
        if (search.ssnLast4() != null && !search.ssnLast4().isBlank()) {
            params.put("last4", search.ssnLast4().strip());
            person.add("m.ssn_last4 = :last4");
        }
        if (!person.isEmpty()) {
            household.add("exists (select 1 from families.member m where m.household_id = h.id and "
                    + String.join(" and ", person) + ")");
        }
        boolean narrowed = household.size() > 1;
        if (narrowed) {
            household.add(HouseholdAccess.mayRead("h.id"));
        }
        return new Filter(narrowed ? "" : "join " + HouseholdAccess.READABLE + " r on r.household_id = h.id",
                String.join(" and ", household), params);
    }

    // ---- one household

    Optional<HouseholdRecord> household(HouseholdId id) {
        return jdbc.sql("""
                        select worker_user_id, address_line1, address_line2, city, state, postal_code, created_at, updated_at, version
                          from families.household where id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new HouseholdRecord((Long) rs.getObject("worker_user_id"), rs.getString("address_line1"),
                        rs.getString("address_line2"), rs.getString("city"), rs.getString("state"),
                        rs.getString("postal_code"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version")))
                .optional();
    }

    List<MemberRecord> members(HouseholdId id) {
        return jdbc.sql("""
                        select id, relationship_to_hoh, first_name, middle_name, last_name, birth_date, race, sex,
                               veteran_status, preferred_language, phone, ssn_last4, version
                          from families.member
                         where household_id = :id
                         order by relationship_to_hoh = 1 desc, birth_date nulls last, first_name
                        """)
                .param("id", id.value())
                .query((rs, n) -> new MemberRecord(rs.getObject("id", UUID.class), Relationship.of(rs.getInt("relationship_to_hoh")),
                        rs.getString("first_name"), rs.getString("middle_name"), rs.getString("last_name"),
                        rs.getObject("birth_date", LocalDate.class), races(rs.getArray("race")), Sex.of(rs.getInt("sex")),
                        YesNo.of(rs.getInt("veteran_status")), rs.getString("preferred_language"), rs.getString("phone"),
                        rs.getString("ssn_last4"), rs.getInt("version")))
                .list();
    }

    List<IncomeRecord> income(HouseholdId id) {
        return jdbc.sql("""
                        select as_of, total_monthly_cents, earned_monthly_cents, recorded_by
                          from families.income_report where household_id = :id order by as_of desc, id desc
                        """)
                .param("id", id.value())
                .query((rs, n) -> new IncomeRecord(rs.getObject("as_of", LocalDate.class), rs.getLong("total_monthly_cents"),
                        rs.getLong("earned_monthly_cents"), (Long) rs.getObject("recorded_by")))
                .list();
    }

    // ---- changes

    void insertHousehold(HouseholdId id, long ownerAgencyId, Long workerUserId, HouseholdRow row, long createdBy) {
        jdbc.sql("""
                        insert into families.household (id, owner_agency_id, worker_user_id, address_line1, address_line2, city, state, postal_code, created_by)
                        values (:id, :owner, :worker, :a1, :a2, :city, :state, :zip, :by)
                        """)
                .param("id", id.value()).param("owner", ownerAgencyId).param("worker", workerUserId)
                .param("a1", row.addressLine1()).param("a2", row.addressLine2()).param("city", row.city())
                .param("state", row.state()).param("zip", row.postalCode()).param("by", createdBy)
                .update();
    }

    /** Optimistic: false when someone saved the household since {@code version} was read. */
    boolean updateHousehold(HouseholdId id, HouseholdRow row, int version) {
        return jdbc.sql("""
                        update families.household
                           set address_line1 = :a1, address_line2 = :a2, city = :city, state = :state, postal_code = :zip,
                               worker_user_id = coalesce(:worker, worker_user_id), updated_at = now(), version = version + 1
                         where id = :id and version = :version
                        """)
                .param("a1", row.addressLine1()).param("a2", row.addressLine2()).param("city", row.city())
                .param("state", row.state()).param("zip", row.postalCode()).param("worker", row.workerUserId())
                .param("id", id.value()).param("version", version)
                .update() == 1;
    }

    void assignWorker(HouseholdId id, long workerUserId) {
        jdbc.sql("update families.household set worker_user_id = :w, updated_at = now(), version = version + 1 where id = :id")
                .param("w", workerUserId).param("id", id.value()).update();
    }

    void touchHousehold(HouseholdId id) {
        jdbc.sql("update families.household set updated_at = now() where id = :id").param("id", id.value()).update();
    }

    void insertMember(HouseholdId household, UUID memberId, PersonRow p) {
        jdbc.sql("""
                        insert into families.member (id, household_id, relationship_to_hoh, first_name, middle_name, last_name,
                               birth_date, race, sex, veteran_status, preferred_language, phone, ssn_sealed, ssn_last4)
                        values (:id, :household, :rel, :first, :middle, :last, :dob, :race::text[], :sex, :vet, :lang, :phone, :ssn, :last4)
                        """)
                .param("id", memberId).param("household", household.value()).params(personParams(p))
                .param("ssn", p.ssn() == null ? null : p.ssn().cipherText())
                .param("last4", p.ssn() == null ? null : p.ssn().last4())
                .update();
    }

    boolean updateMember(UUID memberId, HouseholdId household, PersonRow p, int version) {
        return jdbc.sql("""
                        update families.member
                           set relationship_to_hoh = :rel, first_name = :first, middle_name = :middle, last_name = :last,
                               birth_date = :dob, race = :race::text[], sex = :sex, veteran_status = :vet,
                               preferred_language = :lang, phone = :phone,
                               ssn_sealed = case :ssnChange when 'SET' then :ssn when 'REMOVE' then null else ssn_sealed end,
                               ssn_last4 = case :ssnChange when 'SET' then :last4 when 'REMOVE' then null else ssn_last4 end,
                               updated_at = now(), version = version + 1
                         where id = :id and household_id = :household and version = :version
                        """)
                .param("id", memberId).param("household", household.value()).param("version", version)
                .params(personParams(p)).param("ssnChange", p.ssnChange().name())
                .param("ssn", p.ssn() == null ? null : p.ssn().cipherText(), java.sql.Types.BINARY)
                .param("last4", p.ssn() == null ? null : p.ssn().last4(), java.sql.Types.CHAR)
                .update() == 1;
    }

    void insertIncome(HouseholdId id, LocalDate asOf, Money total, Money earned, long recordedBy) {
        jdbc.sql("""
                        insert into families.income_report (household_id, as_of, total_monthly_cents, earned_monthly_cents, recorded_by)
                        values (:id, :asOf, :total, :earned, :by)
                        """)
                .param("id", id.value()).param("asOf", asOf).param("total", total.cents())
                .param("earned", earned.cents()).param("by", recordedBy)
                .update();
    }

    private static Map<String, Object> personParams(PersonRow p) {
        Map<String, Object> params = new HashMap<>();
        params.put("rel", p.relationship().code());
        params.put("first", p.firstName());
        params.put("middle", p.middleName());
        params.put("last", p.lastName());
        params.put("dob", p.birthDate());
        params.put("race", "{" + String.join(",", p.race().stream().map(Enum::name).toList()) + "}");
        params.put("sex", p.sex().code());
        params.put("vet", p.veteranStatus().code());
        params.put("lang", p.preferredLanguage());
        params.put("phone", p.phone());
        return params;
    }

    private static List<HudRace> races(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(HudRace::valueOf).toList();
    }
}
