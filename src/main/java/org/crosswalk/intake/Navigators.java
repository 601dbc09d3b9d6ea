package org.crosswalk.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Who may carry an enrolled family: the navigators of the employment agencies in the program's
 * region, with their current caseload. A navigator whose agency may not see the family (no release
 * naming it) is listed but cannot be chosen, since the family would vanish from their "My families".
 */
@Component
class Navigators {

    private final Organisation organisation;
    private final HouseholdAccess access;
    private final EnrollmentRepository enrollments;

    Navigators(Organisation organisation, HouseholdAccess access, EnrollmentRepository enrollments) {
        this.organisation = organisation;
        this.access = access;
        this.enrollments = enrollments;
    }

    /** Lightest caseload first, so the picker suggests who has room. */
    List<NavigatorChoice> forFamily(long regionId, HouseholdId household) {
        Map<Long, String> employmentAgencies = organisation.agencies().stream()
                .filter(a -> a.regionId() == regionId && a.active() && a.kind() == AgencyKind.EMPLOYMENT)
                .collect(Collectors.toMap(Organisation.Agency::id, Organisation.Agency::name));
        List<Organisation.StaffMember> navigators = organisation.staff().stream()
                .filter(s -> s.role() == Role.NAVIGATOR && s.enabled() && s.agencyId() != null
                        && employmentAgencies.containsKey(s.agencyId()))
                .toList();
        Map<Long, Long> caseloads = enrollments.caseloads(navigators.stream().map(Organisation.StaffMember::id).toList());
        return navigators.stream()
                .map(s -> new NavigatorChoice(s.id(), s.displayName(), s.agencyName(), caseloads.getOrDefault(s.id(), 0L),
                        access.mayRead(asViewer(s), household)))
                .sorted(Comparator.comparingLong(NavigatorChoice::caseload).thenComparing(NavigatorChoice::name))
                .toList();
    }

    /** The chosen navigator, if they are one of the region's and may see the family. */
    NavigatorChoice require(long regionId, HouseholdId household, long navigatorUserId, String field) {
        List<NavigatorChoice> choices = forFamily(regionId, household);
        NavigatorChoice chosen = choices.stream().filter(c -> c.userId() == navigatorUserId).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "Choose a navigator of an employment agency in the program's region."));
        if (!chosen.seesFamily()) {
            throw new InvalidInput(field, chosen.name() + " cannot see this family: record a release of information naming "
                    + chosen.agency() + " first, or choose another navigator.");
        }
        return chosen;
    }


    /** The navigator as the access rule sees them: only the user ID decides what they may read. */
    private static Viewer asViewer(Organisation.StaffMember s) {
        return new Viewer(s.id(), s.username(), s.displayName(), s.role(), s.agencyId(), s.regionId());
    }
}
