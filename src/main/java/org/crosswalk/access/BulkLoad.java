package org.crosswalk.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosswalk.shared.CopyIn;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch inserts for loaders (demo data now, an HMIS import later). No checks beyond the
 * database's constraints and no audit events: a load is not a person viewing data. Passwords
 * arrive already encoded, so a loader runs bcrypt once rather than once per user.
 */
@Service
public class BulkLoad {

    static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    BulkLoad(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NewAgency(String name, AgencyKind kind, long regionId) {}

    public record NewStaffMember(String username, String displayName, String email, Role role, Long agencyId,
                                 Long regionId) {}

    public record Steward(HouseholdId household, long ownerAgencyId, boolean dvRestricted) {}

    /** A release of information; revokedAt, revokedBy and revokedReason are all null while it stands. */
    public record NewConsent(UUID id, HouseholdId household, LocalDate signedOn, LocalDate expiresOn,
                             List<Long> agencyIds, boolean sharesWithTeam, boolean coversSensitive, Long recordedBy,
                             OffsetDateTime recordedAt, OffsetDateTime revokedAt, Long revokedBy, String revokedReason) {}

    /** Returns region IDs by name. */
    @Transactional
    public Map<String, Long> regions(List<String> names) {
        batch("insert into access.region (name) values (:name)", names, name -> new MapSqlParameterSource("name", name));
        return idsByName("select name, id from access.region where name in (:names)", names);
    }

    /** Returns agency IDs by name. */
    @Transactional
    public Map<String, Long> agencies(List<NewAgency> agencies) {
        batch("insert into access.agency (name, kind, region_id) values (:name, :kind, :region)", agencies,
                a -> new MapSqlParameterSource("name", a.name()).addValue("kind", a.kind().name())
                        .addValue("region", a.regionId()));
        return idsByName("select name, id from access.agency where name in (:names)",
                agencies.stream().map(NewAgency::name).toList());
    }

    /** Everyone gets the same {@code passwordHash}; returns staff IDs by username. */
    @Transactional
    public Map<String, Long> staff(List<NewStaffMember> staff, String passwordHash) {
        batch("""
                insert into access.staff_user (username, display_name, email, password_hash, role, agency_id, region_id)
                values (:username, :displayName, :email, :hash, :role, :agency, :region)
                """, staff, s -> new MapSqlParameterSource("username", s.username())
                .addValue("displayName", s.displayName())
                .addValue("email", s.email(), Types.VARCHAR)
                .addValue("hash", passwordHash)
                .addValue("role", s.role().name())
                .addValue("agency", s.agencyId(), Types.BIGINT)
                .addValue("region", s.regionId(), Types.BIGINT));
        return idsByName("select username as name, id from access.staff_user where username in (:names)",
                staff.stream().map(NewStaffMember::username).toList());
    }

    /** Called by the module that loads the households, in the same transaction. */
    @Transactional
    public void stewards(List<Steward> stewards) {
        CopyIn.rows(jdbc.getJdbcTemplate(), "access.household_steward", "household_id, owner_agency_id, dv_restricted", stewards,
                s -> new Object[] {s.household().value(), s.ownerAgencyId(), s.dvRestricted()});
    }

    /** For a loader loading households again: adds stewards not there yet and restates the DV restriction of the others. */
    @Transactional
    public void restate(List<Steward> stewards) {
        batch("""
                insert into access.household_steward (household_id, owner_agency_id, dv_restricted)
                values (:household, :owner, :dv)
                on conflict (household_id) do update set dv_restricted = excluded.dv_restricted
                """, stewards, s -> new MapSqlParameterSource("household", s.household().value())
                .addValue("owner", s.ownerAgencyId())
                .addValue("dv", s.dvRestricted()));
    }

    /** For a loader removing households it created: their consents and stewards go too. */
    @Transactional
    public void removeStewards(List<HouseholdId> households) {
        if (households.isEmpty()) {
            return;
        }
        Map<String, Object> ids = Map.of("ids", households.stream().map(HouseholdId::value).toArray(UUID[]::new));
        jdbc.update("delete from access.consent_agency where consent_id in (select id from access.consent where household_id = any(:ids))", ids);
        jdbc.update("delete from access.consent where household_id = any(:ids)", ids);
        jdbc.update("delete from access.household_steward where household_id = any(:ids)", ids);
    }

    /** Consents and the agencies each one names. The households' stewards must exist already. */
    @Transactional
    public void consents(List<NewConsent> consents) {
        batch("""
                insert into access.consent (id, household_id, signed_on, expires_on, shares_with_team, covers_sensitive,
                                            recorded_by, recorded_at, revoked_at, revoked_by, revoked_reason)
                values (:id, :household, :signed, :expires, :team, :sensitive,
                        :recordedBy, :recordedAt, :revokedAt, :revokedBy, :reason)
                """, consents, c -> new MapSqlParameterSource("id", c.id())
                .addValue("household", c.household().value())
                .addValue("signed", c.signedOn())
                .addValue("expires", c.expiresOn())
                .addValue("team", c.sharesWithTeam())
                .addValue("sensitive", c.coversSensitive())
                .addValue("recordedBy", c.recordedBy(), Types.BIGINT)
                .addValue("recordedAt", c.recordedAt(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("revokedAt", c.revokedAt(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("revokedBy", c.revokedBy(), Types.BIGINT)
                .addValue("reason", c.revokedReason(), Types.VARCHAR));
        List<MapSqlParameterSource> named = new ArrayList<>();
        for (NewConsent c : consents) {
            for (Long agency : c.agencyIds()) {
                named.add(new MapSqlParameterSource("consent", c.id()).addValue("agency", agency));
            }
        }
        batch("insert into access.consent_agency (consent_id, agency_id) values (:consent, :agency)", named, p -> p);
    }

    private <T> void batch(String sql, List<T> rows, Function<T, SqlParameterSource> params) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)).stream()
                    .map(params).toArray(SqlParameterSource[]::new));
        }
    }

    private Map<String, Long> idsByName(String sql, List<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        return jdbc.query(sql, Map.of("names", names), (rs, n) -> Map.entry(rs.getString("name"), rs.getLong("id")))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
