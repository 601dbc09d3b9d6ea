package org.crosswalk.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Consents;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.HouseholdForm;
import org.crosswalk.families.Households;
import org.crosswalk.families.NewFamilyForm;
import org.crosswalk.families.PersonForm;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Builds organisations, staff and families in the caseworkers' own terms, through the real facades. */
@Component
public class Fixtures {

    public static final String PASSWORD = "fixture-password-1";

    private final Organisation organisation;
    private final Households households;
    private final Consents consents;
    private final UserDetailsService users;

    Fixtures(Organisation organisation, Households households, Consents consents, UserDetailsService users) {
        this.organisation = organisation;
        this.households = households;
        this.consents = consents;
        this.users = users;
    }

    public long region(String name) {
        return organisation.regions().stream().filter(r -> r.name().equals(name)).findFirst()
                .map(Organisation.Region::id).orElseGet(() -> organisation.createRegion(name));
    }

    public long agency(String name, AgencyKind kind, long region) {
        return organisation.agencies().stream().filter(a -> a.name().equals(name)).findFirst()
                .map(Organisation.Agency::id)
                .orElseGet(() -> organisation.createAgency(new Organisation.NewAgency(name, kind, region, true)));
    }

    /** A staff member (created once), signed in as the returned principal. */
    public StaffUser staff(String username, Role role, Long agency, Long region) {
        if (organisation.staffMember(username).isEmpty()) {
            organisation.createStaffMember(new Organisation.NewStaffMember(username, "Test " + username, null, role,
                    agency, region, true, PASSWORD));
        }
        return (StaffUser) users.loadUserByUsername(username);
    }

    public static Viewer viewer(StaffUser user) {
        return user.viewer();
    }

    public static PersonForm mother(String first, String last, LocalDate born) {
        return new PersonForm(first, null, last, born, Relationship.SELF, List.of(HudRace.BLACK_AF_AMERICAN),
                Sex.FEMALE, YesNo.NO, "English", "860-555-0100", null, false, null);
    }

    public static PersonForm child(String first, String last, LocalDate born) {
        return new PersonForm(first, null, last, born, Relationship.CHILD, List.of(HudRace.BLACK_AF_AMERICAN),
                Sex.MALE, YesNo.NOT_COLLECTED, null, null, null, false, null);
    }

    /** A single mother registered by {@code by}, so held by {@code by}'s agency. */
    public HouseholdId singleMother(StaffUser by, String first, String last, boolean dvRestricted) {
        return households.register(by.viewer(), new NewFamilyForm(mother(first, last, LocalDate.of(1991, 4, 12)),
                new HouseholdForm("12 Elm St", null, "Hartford", "CT", "06106", "610", "0", dvRestricted, null, null)));
    }

    public UUID consent(StaffUser steward, HouseholdId household, LocalDate signed, LocalDate expires,
                        Set<Long> agencies, boolean team) {
        return consent(steward, household, signed, expires, agencies, team, false);
    }

    public UUID consent(StaffUser steward, HouseholdId household, LocalDate signed, LocalDate expires,
                        Set<Long> agencies, boolean team, boolean coversSensitive) {
        return consents.record(steward.viewer(), household, new Consents.NewConsent(signed, expires, agencies, team, coversSensitive));
    }

    public void revoke(StaffUser steward, HouseholdId household, UUID consent) {
        consents.revoke(steward.viewer(), household, consent, "The parent asked");
    }
}
