package org.crosswalk.flexfunds;

import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a pool. Only a team lead of the pool's region decides and records payments;
 * a team lead manages their region's pools and an administrator any pool. Navigators and housing
 * case managers request from the family's page; partner staff and state analysts see no ledger.
 */
final class TeamLeads {

    private TeamLeads() {
    }

    static boolean leads(Viewer viewer, Pool pool) {
        return viewer.role() == Role.TEAM_LEAD && viewer.regionId() != null && viewer.regionId() == pool.regionId();
    }

    static void requireLead(Viewer viewer, Pool pool) {
        if (!leads(viewer, pool)) {
            throw new AccessDeniedException("Only a team lead of " + pool.regionName() + " decides and pays its flexible funds.");
        }
    }

    static boolean manages(Viewer viewer, Pool pool) {
        return viewer.role() == Role.ADMINISTRATOR || leads(viewer, pool);
    }

    static void requireManager(Viewer viewer, Pool pool) {
        if (!manages(viewer, pool)) {
            throw new AccessDeniedException("Only " + pool.regionName() + "'s team lead or an administrator manages this pool.");
        }
    }

    /** The /flex pages: team leads (their region) and administrators (every region, no names). */
    static void requirePoolViewer(Viewer viewer) {
        if (viewer.role() != Role.TEAM_LEAD && viewer.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Flexible-funds pools are for team leads and administrators.");
        }
    }
}
