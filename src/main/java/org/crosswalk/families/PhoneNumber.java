package org.crosswalk.families;

import org.crosswalk.shared.InvalidInput;

/** US phone numbers, stored as "(860) 555-0142" whatever way they were typed. */
final class PhoneNumber {

    private PhoneNumber() {
    }

    static String normalise(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("[0-9()+\\-.\\s]+")) {
            throw new InvalidInput(field, "A phone number has only digits, like (860) 555-0142.");
        }
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            throw new InvalidInput(field, "A phone number has 10 digits, like (860) 555-0142.");
        }
        if (digits.charAt(0) == '0' || digits.charAt(0) == '1') {
            throw new InvalidInput(field, "US area codes do not start with 0 or 1; check the number.");
        }
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }
}
