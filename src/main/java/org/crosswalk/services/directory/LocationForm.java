package org.crosswalk.services.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A place where an organization offers services, with its street address. */
public record LocationForm(
        @Size(max = 120, message = "At most 120 characters.") String name,
        @NotBlank(message = "Enter the street address.") @Size(max = 120, message = "At most 120 characters.") String address1,
        @Size(max = 120, message = "At most 120 characters.") String address2,
        @NotBlank(message = "Enter the town or city.") @Size(max = 80, message = "At most 80 characters.") String city,
        @NotBlank(message = "Enter the two-letter state code, like CT.")
        @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "Use the two-letter state code, like CT.") String state,
        @NotBlank(message = "Enter the ZIP code.")
        @Pattern(regexp = "^$|^\\d{5}(-\\d{4})?$", message = "A ZIP code has 5 digits (or 5+4, like 06510-1234).") String postalCode,
        @Size(max = 500, message = "At most 500 characters.") String transportation,
        @Size(max = 1000, message = "At most 1,000 characters.") String description) {

    static LocationForm blank() {
        return new LocationForm(null, null, null, null, "CT", null, null, null);
    }

    static LocationForm of(Directory.Location l) {
        return new LocationForm(l.name(), l.address1(), l.address2(), l.city(), l.state(), l.postalCode(),
                l.transportation(), l.description());
    }
}
