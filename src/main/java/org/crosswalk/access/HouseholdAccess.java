package org.crosswalk.access;

import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one place that decides who may see a household. Lists join the SQL function
 * {@code access.readable_households(user)}; single reads call {@link #requireReadable}. Both are
 * the same rule (see V002__access_consent.sql), tested as a matrix in AuthorizationMatrixTest.
 */
@Service
public class HouseholdAccess {

    /** Join this in any query over households: {@code join <READABLE> r on r.household_id = h.id}. */
    public static final String READABLE = "access.readable_households(:viewer)";

    /**
     * The households whose sensitive information (mental health, substance use, domestic violence)
     * the viewer may see: the holding agency, or consent that covers sensitive information.
     */
    public static final String SENSITIVE_READABLE = "access.sensitive_readable_households(:viewer)";

    private final JdbcClient jdbc;

    HouseholdAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stewardship(long ownerAgencyId, boolean dvRestricted) {}

    /** Called by the module that creates a household, in the same transaction. */
    public void registerSteward(HouseholdId household, long ownerAgencyId, boolean dvRestricted) {
        jdbc.sql("insert into access.household_steward (household_id, owner_agency_id, dv_restricted) values (:h, :a, :dv)")
                .param("h", household.value()).param("a", ownerAgencyId).param("dv", dvRestricted).update();
    }

    public void restrictForDomesticViolence(HouseholdId household, boolean restricted) {
        jdbc.sql("update access.household_steward set dv_restricted = :dv where household_id = :h")
                .param("dv", restricted).param("h", household.value()).update();
    }

    public Stewardship stewardship(HouseholdId household) {
        return jdbc.sql("select owner_agency_id, dv_restricted from access.household_steward where household_id = :h")
                .param("h", household.value()).query(Stewardship.class).optional()
                .orElseThrow(() -> new RecordNotFound("household"));
    }

    public boolean mayRead(Viewer viewer, HouseholdId household) {
        return jdbc.sql("select access.may_read(:viewer, :h, false)")
                .param("viewer", viewer.userId()).param("h", household.value()).query(Boolean.class).single();
    }

    /**
     * The same rule for one household at a time, as a boolean SQL expression over
     * {@code householdColumn}: cheap per row, so use it where other filters already narrow the
     * households (a caseload, a name search); join {@link #READABLE} for an unnarrowed list.
     */
    public static String mayRead(String householdColumn) {
        return "access.may_read(:viewer, " + householdColumn + ", false)";
    }

    public boolean maySeeSensitive(Viewer viewer, HouseholdId household) {
        return jdbc.sql("select access.may_read(:viewer, :h, true)")
                .param("viewer", viewer.userId()).param("h", household.value()).query(Boolean.class).single();
    }

    /**
     * For exporters: the DV-restricted households an agency holds whose restriction this user may
     * see: staff who may see the household's sensitive information (the holding agency's own), and
     * an administrator exporting the holding agency's records (its own submission); nobody else.
     */
    public java.util.Set<HouseholdId> dvRestrictedSeenBy(long userId, long agencyId) {
        return new java.util.HashSet<>(jdbc.sql("""
                select s.household_id from access.household_steward s join access.staff_user u on u.id = :user and u.enabled
                 where s.owner_agency_id = :agency and s.dv_restricted
                   and (u.role = 'ADMINISTRATOR' or access.may_read(u.id, s.household_id, true))
                """).param("user", userId).param("agency", agencyId)
                .query((rs, n) -> new HouseholdId(rs.getObject(1, java.util.UUID.class))).list());
    }

    /** A household the viewer may not read does not exist for them: 404, never 403. */
    public void requireReadable(Viewer viewer, HouseholdId household) {
        if (!viewer.mayOpenFamilies()) {
            throw new AccessDeniedException("Your role does not open families' records.");
        }
        if (!mayRead(viewer, household)) {
            throw new RecordNotFound("household");
        }
    }

    /** Readable, and the viewer's role changes family records (partner staff read only). */
    public void requireEditable(Viewer viewer, HouseholdId household) {
        requireReadable(viewer, household);
        if (!viewer.mayEditFamilies()) {
            throw new AccessDeniedException("Partner staff can read this family but not change it.");
        }
    }

    /** Only the owning agency manages the family's releases of information and DV restriction. */
    public void requireSteward(Viewer viewer, HouseholdId household) {
        requireEditable(viewer, household);
        if (viewer.agencyId() == null || stewardship(household).ownerAgencyId() != viewer.agencyId()) {
            throw new AccessDeniedException("Only the agency that holds this family's record manages its consents.");
        }
    }
}
