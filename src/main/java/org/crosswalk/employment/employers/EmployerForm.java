package org.crosswalk.employment.employers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crosswalk.employment.Industry;
import org.crosswalk.shared.InvalidInput;

/** An employer in the directory. {@code regionId} null means statewide. */
public record EmployerForm(
        @NotBlank(message = "Enter the employer's name.") @Size(max = 120, message = "At most 120 characters.") String name,
        @NotNull(message = "Choose the industry.") Industry industry,
        Long regionId,
        @Size(max = 120, message = "At most 120 characters.") String contactName,
        @Size(max = 30, message = "At most 30 characters.") String contactPhone,
        @Email(message = "Enter an email address like name@example.org.") @Size(max = 120, message = "At most 120 characters.") String contactEmail,
        @Size(max = 120, message = "At most 120 characters.") String addressLine1,
        @Size(max = 80, message = "At most 80 characters.") String city,
        @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "Use the two-letter state code, like CT.") String state,
        @Pattern(regexp = "^$|^\\d{5}(-\\d{4})?$", message = "A ZIP code has 5 digits (or 5+4, like 06510-1234).") String postalCode,
        @Size(max = 4000, message = "At most 4,000 characters.") String notes,
        Integer version) {

    /** Trimmed, blanks as nulls, the state upper-case and the phone as (860) 555-0142. */
    EmployerForm normalised() {
        return new EmployerForm(name.strip(), industry, regionId, blankToNull(contactName), phone(contactPhone),
                blankToNull(contactEmail), blankToNull(addressLine1), blankToNull(city),
                state == null || state.isBlank() ? null : state.strip().toUpperCase(), blankToNull(postalCode),
                blankToNull(notes), version);
    }

    private static String phone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            throw new InvalidInput("contactPhone", "A phone number has 10 digits, like (860) 555-0142.");
        }
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static EmployerForm blank(Long regionId) {
        return new EmployerForm(null, null, regionId, null, null, null, null, null, "CT", null, null, null);
    }
}
