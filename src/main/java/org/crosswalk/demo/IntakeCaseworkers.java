package org.crosswalk.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;

/** Who refers a demo family and which navigator carries it, by the family's worker and region. */
final class IntakeCaseworkers {

    private IntakeCaseworkers() {
    }

    /** The family's housing case manager when housing holds it, else one of the region's. */
    static long referrer(JourneyStep.JourneyFamily f, DemoRegion region, Map<String, Long> staff, Random dice) {
        DemoStaff worker = byUsername(f.family().worker());
        if (worker != null && worker.role() == Role.HOUSING_CASE_MANAGER) {
            return staff.get(worker.username());
        }
        List<DemoStaff> housing = DemoStaff.caseworkers(region, AgencyKind.HOUSING);
        return staff.get(housing.get(dice.nextInt(housing.size())).username());
    }

    /** The family's worker when they are a navigator, else a navigator of the region's employment agency. */
    static long navigator(JourneyStep.JourneyFamily f, DemoRegion region, Map<String, Long> staff, Random dice) {
        DemoStaff worker = byUsername(f.family().worker());
        if (worker != null && worker.role() == Role.NAVIGATOR) {
            return staff.get(worker.username());
        }
        List<DemoStaff> navigators = navigators(region);
        return staff.get(navigators.get(dice.nextInt(navigators.size())).username());
    }

    /** The region's other navigator, for a handover. */
    static long otherNavigator(long current, DemoRegion region, Map<String, Long> staff) {
        return navigators(region).stream().map(s -> staff.get(s.username())).filter(id -> id != current)
                .findFirst().orElse(current);
    }

    private static List<DemoStaff> navigators(DemoRegion region) {
        return DemoStaff.caseworkers(region, AgencyKind.EMPLOYMENT).stream().filter(s -> s.role() == Role.NAVIGATOR).toList();
    }

    private static DemoStaff byUsername(String username) {
        return DemoStaff.all().stream().filter(s -> s.username().equals(username)).findFirst().orElse(null);
    }
}
