package org.crosswalk.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;

/**
 * A demo sign-in. The first region's people have short, memorable usernames (nina, hank, paula,
 * tara) so a walkthrough can name them; everyone else is first initial plus surname.
 */
record DemoStaff(String username, String displayName, Role role, DemoRegion region, AgencyKind agency) {

    static final String NAVIGATOR = "nina";
    static final String HOUSING_CASE_MANAGER = "hank";
    static final String PARTNER = "paula";
    static final String TEAM_LEAD = "tara";

    private static final List<DemoStaff> ALL = plan();

    static List<DemoStaff> all() {
        return ALL;
    }

    /** Staff of one agency who carry families: navigators or housing case managers, and the team lead. */
    static List<DemoStaff> caseworkers(DemoRegion region, AgencyKind agency) {
        return ALL.stream().filter(s -> s.region == region && s.agency == agency && s.role != Role.PARTNER_STAFF).toList();
    }

    String email() {
        return username + "@crosswalk.example";
    }

    private static List<DemoStaff> plan() {
        List<DemoStaff> staff = new ArrayList<>();
        for (DemoRegion region : DemoRegion.values()) {
            boolean first = region.ordinal() == 0;
            List<String> names = region.staffNames;
            staff.add(person(names.get(0), first, Role.NAVIGATOR, region, AgencyKind.EMPLOYMENT));
            staff.add(person(names.get(1), false, Role.NAVIGATOR, region, AgencyKind.EMPLOYMENT));
            staff.add(person(names.get(2), first, Role.HOUSING_CASE_MANAGER, region, AgencyKind.HOUSING));
            staff.add(person(names.get(3), false, Role.HOUSING_CASE_MANAGER, region, AgencyKind.HOUSING));
            staff.add(person(names.get(4), first, Role.TEAM_LEAD, region, AgencyKind.EMPLOYMENT));
            for (int p = 0; p < DemoRegion.PARTNERS.size(); p++) {
                AgencyKind kind = DemoRegion.PARTNERS.get(p);
                staff.add(person(names.get(5 + p), first && kind == AgencyKind.CHILD_CARE, Role.PARTNER_STAFF, region, kind));
            }
        }
        staff.add(new DemoStaff("sam", "Sam Okafor", Role.STATE_ANALYST, null, null));
        staff.add(new DemoStaff("admin", "Crosswalk Administrator", Role.ADMINISTRATOR, null, null));
        return List.copyOf(staff);
    }

    private static DemoStaff person(String displayName, boolean memorable, Role role, DemoRegion region, AgencyKind agency) {
        String[] parts = displayName.split(" ");
        String username = memorable ? parts[0] : parts[0].charAt(0) + parts[parts.length - 1];
        return new DemoStaff(ascii(username), displayName, role, region, agency);
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
