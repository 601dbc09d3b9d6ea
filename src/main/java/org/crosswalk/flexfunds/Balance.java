package org.crosswalk.flexfunds;

import org.crosswalk.shared.Money;

/**
 * Sums over ledger entries: what was budgeted, what is committed (approved, not yet paid) and what
 * was paid. Remaining = budgeted − committed − paid. For a family, budgeted is the pool's cap.
 */
public record Balance(Money budgeted, Money committed, Money paid) {

    public static final Balance NONE = new Balance(Money.ZERO, Money.ZERO, Money.ZERO);

    public Money used() {
        return new Money(committed.cents() + paid.cents());
    }

    public Money remaining() {
        return new Money(budgeted.cents() - committed.cents() - paid.cents());
    }
}
