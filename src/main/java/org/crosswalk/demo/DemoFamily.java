package org.crosswalk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.families.FamilyBatch;
import org.crosswalk.shared.HudCode.Relationship;

/**
 * One generated household, before it has database IDs: agencies are named by region and kind and
 * the worker by username, so the cohort can be built and checked without a database.
 */
record DemoFamily(UUID id, DemoRegion region, AgencyKind owner, String worker, boolean dvRestricted,
                  LocalDate enrolledOn, FamilyBatch.Address address, List<FamilyBatch.Person> members,
                  FamilyBatch.Income income, List<Consent> consents) {

    record Consent(UUID id, LocalDate signedOn, LocalDate expiresOn, List<AgencyKind> agencies,
                   boolean sharesWithTeam, boolean coversSensitive, LocalDate revokedOn, String revokedReason) {

        boolean activeOn(LocalDate day) {
            return revokedOn == null && !signedOn.isAfter(day) && !expiresOn.isBefore(day);
        }
    }

    FamilyBatch.Person head() {
        return members.getFirst();
    }

    List<FamilyBatch.Person> children() {
        return members.stream().filter(m -> m.relationship() == Relationship.CHILD).toList();
    }

    boolean hasPartner() {
        return members.stream().anyMatch(m -> m.relationship() == Relationship.SPOUSE_OR_PARTNER);
    }
}
