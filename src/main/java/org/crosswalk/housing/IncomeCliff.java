package org.crosswalk.housing;

import org.crosswalk.shared.Money;

/**
 * The income cliff: the family now earns more than the subsidy's income limit allows, yet the
 * full rent would still take more than 30% of its total monthly income without the subsidy:
 * earning too much for the subsidy, not enough for market rent. Both comparisons are strict:
 * earning exactly the limit has not passed it, and rent of exactly 30% does not exceed 30%.
 * Without an income limit, or without recorded income, there is no cliff to flag.
 */
final class IncomeCliff {

    private IncomeCliff() {
    }

    static boolean applies(Money earnedIncome, Money incomeLimit, Money fullRent, Money totalIncome) {
        if (incomeLimit == null || earnedIncome == null || totalIncome == null) {
            return false;
        }
        boolean overLimit = earnedIncome.compareTo(incomeLimit) > 0;
        // rent > 30% of income, in whole cents: 10 × rent > 3 × income
        boolean rentTooHigh = fullRent.cents() * 10 > totalIncome.cents() * 3;
        return overLimit && rentTooHigh;
    }
}
