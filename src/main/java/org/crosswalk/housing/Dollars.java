package org.crosswalk.housing;

import java.math.BigDecimal;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;

/** Reads dollar amounts as people type them ("$1,400", "420.50"), naming the field when it cannot. */
final class Dollars {

    static final Money HIGHEST = new Money(20_000_00);

    private Dollars() {
    }

    /** Null when blank; else an amount of at least {@code least} cents, at most $20,000. */
    static Money optional(String text, String field, String what, long least) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip().replace("$", "").replace(",", "");
        if (!cleaned.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            throw new InvalidInput(field, "Enter the " + what + " in dollars a month, like 1,400 or 420.50.");
        }
        Money money = Money.ofDollars(new BigDecimal(cleaned));
        if (money.cents() < least) {
            throw new InvalidInput(field, "The " + what + " must be more than $0.");
        }
        if (money.compareTo(HIGHEST) > 0) {
            throw new InvalidInput(field, "Check the " + what + ": more than " + HIGHEST.format() + " a month is not plausible.");
        }
        return money;
    }

    static Money required(String text, String field, String what, long least) {
        Money money = optional(text, field, what, least);
        if (money == null) {
            throw new InvalidInput(field, "Enter the " + what + ".");
        }
        return money;
    }
}
