package org.crosswalk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount of US dollars, held as whole cents. */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofDollars(BigDecimal dollars) {
        return new Money(dollars.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
    }

    public BigDecimal dollars() {
        return BigDecimal.valueOf(cents, 2);
    }

    /** "$1,234.50" */
    public String format() {
        return NumberFormat.getCurrencyInstance(Locale.US).format(dollars());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return format();
    }
}
