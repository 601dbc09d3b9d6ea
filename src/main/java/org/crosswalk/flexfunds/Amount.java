package org.crosswalk.flexfunds;

import java.math.BigDecimal;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;

/** Reads dollar amounts as people type them ("$1,400", "85.50"), naming the field when it cannot. */
final class Amount {

    /** No single flexible-funds payment, cap or pool is plausibly above this. */
    static final Money HIGHEST = new Money(10_000_000_00L);

    private Amount() {
    }

    static Money required(String text, String field, String what, boolean zeroAllowed) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "Enter the " + what + ".");
        }
        String cleaned = text.strip().replace("$", "").replace(",", "");
        if (!cleaned.matches("\\d{1,10}(\\.\\d{1,2})?")) {
            throw new InvalidInput(field, "Enter the " + what + " in dollars, like 85 or 1,250.50.");
        }
        Money money = Money.ofDollars(new BigDecimal(cleaned));
        if (money.cents() == 0 && !zeroAllowed) {
            throw new InvalidInput(field, "The " + what + " must be more than $0.");
        }
        if (money.compareTo(HIGHEST) > 0) {
            throw new InvalidInput(field, "Check the " + what + ": more than " + HIGHEST.format() + " is not plausible.");
        }
        return money;
    }
}
