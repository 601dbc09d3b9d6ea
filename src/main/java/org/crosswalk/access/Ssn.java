package org.crosswalk.access;

import org.crosswalk.shared.InvalidInput;

/** A US Social Security number, checked for the shapes SSA never issues. Never logged, never shown whole. */
public final class Ssn {

    private final String digits;

    private Ssn(String digits) {
        this.digits = digits;
    }

    /** Accepts "123-45-6789", "123 45 6789" or "123456789". */
    public static Ssn parse(String text, String field) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{9}")) {
            throw new InvalidInput(field, "An SSN has 9 digits, like 123-45-6789.");
        }
        String area = digits.substring(0, 3);
        if (area.equals("000") || area.equals("666") || area.charAt(0) == '9'
                || digits.substring(3, 5).equals("00") || digits.substring(5).equals("0000")) {
            throw new InvalidInput(field, "That is not an SSN that could have been issued; check the digits.");
        }
        return new Ssn(digits);
    }

    public String last4() {
        return digits.substring(5);
    }

    String digits() {
        return digits;
    }

    public static String mask(String last4) {
        return last4 == null ? "" : "•••-••-" + last4;
    }

    @Override
    public String toString() {
        return mask(last4());
    }
}
