package org.crosswalk.employment;

import java.math.BigDecimal;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;

/** Reads amounts and hours as people type them ("$17.50", "1,200", "37.5"), naming the field when it cannot. */
public final class Dollars {

    private Dollars() {
    }

    /** A required amount of dollars between one cent and {@code max}. */
    public static Money parse(String text, String field, String what, Money max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "Enter the " + what + ".");
        }
        String cleaned = text.strip().replace("$", "").replace(",", "");
        if (!cleaned.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            throw new InvalidInput(field, "Enter the " + what + " in dollars, like 17.50.");
        }
        Money money = Money.ofDollars(new BigDecimal(cleaned));
        if (money.cents() <= 0) {
            throw new InvalidInput(field, "The " + what + " must be more than $0.");
        }
        if (money.compareTo(max) > 0) {
            throw new InvalidInput(field, "Check the " + what + ": more than " + max.format() + " is not plausible here.");
        }
        return money;
    }

    /** Weekly hours, more than 0 and at most 80, to a tenth of an hour. */
    public static BigDecimal hours(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "Enter the hours a week.");
        }
        String cleaned = text.strip();
        if (!cleaned.matches("\\d{1,2}(\\.\\d)?")) {
            throw new InvalidInput(field, "Enter hours a week as a number, like 32 or 37.5.");
        }
        BigDecimal hours = new BigDecimal(cleaned);
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(80)) > 0) {
            throw new InvalidInput(field, "Hours a week must be more than 0 and at most 80.");
        }
        return hours;
    }
}
