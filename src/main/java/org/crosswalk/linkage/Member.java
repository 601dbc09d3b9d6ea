package org.crosswalk.linkage;

import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.linkage.matching.PersonRecord;

/** A family member as the matcher sees them, read from {@code families.member_matching_facts}. */
record Member(UUID memberId, UUID householdId, long agencyId, String firstName, String lastName, LocalDate birthDate,
        int sex, String ssnLast4, String addressLine1, String addressLine2, String city, String state, String postalCode) {

    PersonRecord asRecord() {
        return new PersonRecord(memberId.toString(), firstName, lastName, sex == 0 ? "F" : sex == 1 ? "M" : "",
                birthDate == null ? "" : birthDate.toString().replace("-", ""), ssnLast4, "", addressLine1, addressLine2,
                city, postalCode, state);
    }

    String sexLabel() {
        return sex == 0 ? "Female" : sex == 1 ? "Male" : "Not recorded";
    }

    String address() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {addressLine1, addressLine2, city, state, postalCode}) {
            if (part != null && !part.isBlank()) b.append(b.isEmpty() ? "" : ", ").append(part);
        }
        return b.toString();
    }
}
