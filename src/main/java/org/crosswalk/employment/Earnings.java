package org.crosswalk.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.crosswalk.shared.Money;

/**
 * Monthly earnings from an hourly job: hourly wage × weekly hours × 52 weeks / 12 months, in whole
 * cents, rounded half up once at the end (never per step, so $15.05 × 37.5 h is $2,445.63, not a
 * cent off). The same figure is stored on the placement, so reports and pages never disagree.
 */
public final class Earnings {

    private static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private Earnings() {
    }

    public static Money monthly(Money hourlyWage, BigDecimal hoursPerWeek) {
        BigDecimal cents = BigDecimal.valueOf(hourlyWage.cents()).multiply(hoursPerWeek).multiply(WEEKS_PER_YEAR)
                .divide(MONTHS_PER_YEAR, 0, RoundingMode.HALF_UP);
        return new Money(cents.longValueExact());
    }
}
