package org.crosswalk.families;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a household lives, its reported monthly income, and who carries it on their caseload.
 * A null {@code dvRestricted} or {@code workerUserId} keeps what is on file.
 */
public record HouseholdForm(
        @Size(max = 120, message = "At most 120 characters.") String addressLine1,
        @Size(max = 120, message = "At most 120 characters.") String addressLine2,
        @Size(max = 80, message = "At most 80 characters.") String city,
        @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "Use the two-letter state code, like CT.") String state,
        @Pattern(regexp = "^$|^\\d{5}(-\\d{4})?$", message = "A ZIP code has 5 digits (or 5+4, like 06510-1234).") String postalCode,
        @Pattern(regexp = "^$|^\\$?\\d{1,7}(,\\d{3})*(\\.\\d{1,2})?$", message = "Enter dollars a month, like 610 or 610.50.") String monthlyIncome,
        @Pattern(regexp = "^$|^\\$?\\d{1,7}(,\\d{3})*(\\.\\d{1,2})?$", message = "Enter dollars a month, like 0 or 1,200.") String earnedIncome,
        Boolean dvRestricted,
        Long workerUserId,
        Integer version) {

    static HouseholdForm blank() {
        return new HouseholdForm(null, null, null, "CT", null, null, null, false, null, null);
    }
}
