package org.crosswalk.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions, agencies and staff: who works where. Administrators change it; everyone reads it. */
@Service
public class Organisation {

    private static final String AGENCY_SELECT = """
            select a.id, a.name, a.kind, a.region_id, r.name as region_name, a.active
              from access.agency a join access.region r on r.id = a.region_id
            """;
    private static final String STAFF_SELECT = """
            select u.id, u.username, u.display_name, u.email, u.role, u.agency_id, a.name as agency_name,
                   u.region_id, r.name as region_name, u.enabled
              from access.staff_user u
              left join access.agency a on a.id = u.agency_id
              left join access.region r on r.id = u.region_id
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Organisation(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public record Region(long id, String name) {}

    public record Agency(long id, String name, AgencyKind kind, long regionId, String regionName, boolean active) {}

    public record StaffMember(long id, String username, String displayName, String email, Role role,
                              Long agencyId, String agencyName, Long regionId, String regionName, boolean enabled) {}

    public record NewAgency(String name, AgencyKind kind, long regionId, boolean active) {}

    public record NewStaffMember(String username, String displayName, String email, Role role, Long agencyId,
                                 Long regionId, boolean enabled, String password) {}

    // ---- regions

    public List<Region> regions() {
        return jdbc.sql("select id, name from access.region order by name").query(Region.class).list();
    }

    @Transactional
    public long createRegion(String name) {
        try {
            return jdbc.sql("insert into access.region (name) values (:name) returning id")
                    .param("name", name.strip()).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "There is already a region called " + name.strip() + ".");
        }
    }

    // ---- agencies

    public List<Agency> agencies() {
        return jdbc.sql(AGENCY_SELECT + " order by r.name, a.name").query(this::agencyRow).list();
    }

    public Agency agency(long id) {
        return jdbc.sql(AGENCY_SELECT + " where a.id = :id").param("id", id).query(this::agencyRow).optional()
                .orElseThrow(() -> new RecordNotFound("agency"));
    }

    /** Agency names by ID, for labelling lists without reaching into this module's tables. */
    public Map<Long, String> agencyNames() {
        return agencies().stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }

    @Transactional
    public long createAgency(NewAgency agency) {
        requireRegion(agency.regionId());
        try {
            return jdbc.sql("insert into access.agency (name, kind, region_id, active) values (:name, :kind, :region, :active) returning id")
                    .param("name", agency.name().strip()).param("kind", agency.kind().name())
                    .param("region", agency.regionId()).param("active", agency.active())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw duplicateAgency(agency.name());
        }
    }

    @Transactional
    public void updateAgency(long id, NewAgency agency) {
        agency(id);
        requireRegion(agency.regionId());
        try {
            jdbc.sql("update access.agency set name = :name, kind = :kind, region_id = :region, active = :active where id = :id")
                    .param("name", agency.name().strip()).param("kind", agency.kind().name())
                    .param("region", agency.regionId()).param("active", agency.active()).param("id", id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicateAgency(agency.name());
        }
    }

    // ---- staff

    public List<StaffMember> staff() {
        return jdbc.sql(STAFF_SELECT + " order by lower(u.display_name)").query(this::staffRow).list();
    }

    public StaffMember staffMember(long id) {
        return jdbc.sql(STAFF_SELECT + " where u.id = :id").param("id", id).query(this::staffRow).optional()
                .orElseThrow(() -> new RecordNotFound("staff member"));
    }

    public Optional<StaffMember> staffMember(String username) {
        return jdbc.sql(STAFF_SELECT + " where lower(u.username) = lower(:username)").param("username", username)
                .query(this::staffRow).optional();
    }

    /** Enabled caseworkers of one agency, for assigning a family's worker. */
    public List<StaffMember> caseworkersOf(long agencyId) {
        return jdbc.sql(STAFF_SELECT + " where u.agency_id = :agency and u.enabled and u.role in ('NAVIGATOR', 'HOUSING_CASE_MANAGER', 'TEAM_LEAD') order by lower(u.display_name)")
                .param("agency", agencyId).query(this::staffRow).list();
    }

    public Map<Long, String> staffNames() {
        return jdbc.sql("select id, display_name from access.staff_user").query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Transactional
    public long createStaffMember(NewStaffMember member) {
        checkPlacement(member);
        if (member.password() == null || member.password().length() < 10) {
            throw new InvalidInput("password", "A password needs at least 10 characters.");
        }
        try {
            return jdbc.sql("""
                            insert into access.staff_user (username, display_name, email, password_hash, role, agency_id, region_id, enabled)
                            values (:username, :displayName, :email, :hash, :role, :agency, :region, :enabled)
                            returning id
                            """)
                    .param("username", member.username().strip()).param("displayName", member.displayName().strip())
                    .param("email", blankToNull(member.email())).param("hash", passwords.encode(member.password()))
                    .param("role", member.role().name()).param("agency", member.agencyId())
                    .param("region", member.regionId()).param("enabled", member.enabled())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("username", "The username " + member.username().strip() + " is taken.");
        }
    }

    /** Updates a staff member; a blank password keeps the current one. */
    @Transactional
    public void updateStaffMember(long id, NewStaffMember member) {
        staffMember(id);
        checkPlacement(member);
        boolean newPassword = member.password() != null && !member.password().isBlank();
        if (newPassword && member.password().length() < 10) {
            throw new InvalidInput("password", "A password needs at least 10 characters.");
        }
        try {
            jdbc.sql("""
                            update access.staff_user
                               set username = :username, display_name = :displayName, email = :email, role = :role,
                                   agency_id = :agency, region_id = :region, enabled = :enabled,
                                   password_hash = coalesce(:hash, password_hash), updated_at = now()
                             where id = :id
                            """)
                    .param("username", member.username().strip()).param("displayName", member.displayName().strip())
                    .param("email", blankToNull(member.email()))
                    .param("hash", newPassword ? passwords.encode(member.password()) : null)
                    .param("role", member.role().name()).param("agency", member.agencyId())
                    .param("region", member.regionId()).param("enabled", member.enabled()).param("id", id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("username", "The username " + member.username().strip() + " is taken.");
        }
    }

    private void checkPlacement(NewStaffMember member) {
        if (member.role().needsAgency() && member.agencyId() == null) {
            throw new InvalidInput("agencyId", member.role().label() + "s act for an agency: choose one.");
        }
        if (member.role().needsRegion() && member.regionId() == null) {
            throw new InvalidInput("regionId", "A team lead leads a region's team: choose the region.");
        }
        if (member.agencyId() != null) {
            agency(member.agencyId());
        }
        if (member.regionId() != null) {
            requireRegion(member.regionId());
        }
    }

    private void requireRegion(long regionId) {
        Integer found = jdbc.sql("select count(*) from access.region where id = :id").param("id", regionId).query(Integer.class).single();
        if (found == 0) {
            throw new InvalidInput("regionId", "Choose a region from the list.");
        }
    }

    private static InvalidInput duplicateAgency(String name) {
        return new InvalidInput("name", "There is already an agency called " + name.strip() + ".");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Agency agencyRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Agency(rs.getLong("id"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
                rs.getLong("region_id"), rs.getString("region_name"), rs.getBoolean("active"));
    }

    private StaffMember staffRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), (Long) rs.getObject("agency_id"),
                rs.getString("agency_name"), (Long) rs.getObject("region_id"), rs.getString("region_name"),
                rs.getBoolean("enabled"));
    }

}
