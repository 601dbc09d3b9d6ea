package org.crosswalk.flexfunds;

import org.crosswalk.shared.InvalidInput;

/** An approval the pool, the category's budget or the family's cap cannot cover. Nothing was written. */
public class NotEnoughFunds extends InvalidInput {

    public NotEnoughFunds(String message) {
        super("amount", message);
    }
}
