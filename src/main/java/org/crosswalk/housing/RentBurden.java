package org.crosswalk.housing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.crosswalk.shared.Money;

/**
 * Rent burden: the tenant's share of the rent as a percentage of the household's total monthly
 * income, and what it would be paying the full rent without the subsidy. Percentages are rounded
 * half up to one decimal. With no income (none recorded, or $0) there is no percentage to show:
 * {@code noIncome} is true and both percentages are null, never a division by zero. HUD calls a
 * household cost-burdened above 30% and severely cost-burdened above 50%.
 */
public record RentBurden(boolean noIncome, BigDecimal withSubsidy, BigDecimal withoutSubsidy) {

    static final BigDecimal COST_BURDENED = BigDecimal.valueOf(30);
    static final BigDecimal SEVERELY = BigDecimal.valueOf(50);

    static RentBurden of(Money tenantShare, Money fullRent, Money income) {
        if (income == null || income.cents() == 0) {
            return new RentBurden(true, null, null);
        }
        return new RentBurden(false, percent(tenantShare, income), percent(fullRent, income));
    }

    private static BigDecimal percent(Money part, Money whole) {
        return BigDecimal.valueOf(part.cents()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole.cents()), 1, RoundingMode.HALF_UP);
    }

    /** How the family's own share weighs, in HUD's words; null without income. */
    public String level() {
        return describe(withSubsidy);
    }

    /** "Affordable", "Cost-burdened" or "Severely cost-burdened", for a percentage; null for none. */
    public static String describe(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        if (percent.compareTo(SEVERELY) > 0) {
            return "Severely cost-burdened";
        }
        return percent.compareTo(COST_BURDENED) > 0 ? "Cost-burdened" : "Affordable";
    }
}
