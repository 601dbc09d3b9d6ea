package org.crosswalk.employment;

import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.springframework.stereotype.Component;

/** Reads the household through families' facade, under its access rule; the jobs page audits itself (JOBS_VIEWED). */
@Component
class FamilyReader {

    private final Households households;
    private final HouseholdAccess access;

    FamilyReader(Households households, HouseholdAccess access) {
        this.households = households;
        this.access = access;
    }

    Family readable(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        return Family.of(households.read(viewer, household));
    }

    Family editable(Viewer viewer, HouseholdId household) {
        access.requireEditable(viewer, household);
        return Family.of(households.forEditing(viewer, household));
    }
}
