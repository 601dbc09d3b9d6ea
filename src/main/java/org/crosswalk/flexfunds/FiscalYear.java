package org.crosswalk.flexfunds;

import java.time.LocalDate;

/**
 * A state fiscal year, July 1 to June 30, named by the calendar year it ends in (as Connecticut
 * and most states name theirs): FY2027 runs 07/01/2026–06/30/2027.
 */
public record FiscalYear(int year) {

    public static FiscalYear of(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 7 ? day.getYear() + 1 : day.getYear());
    }

    public LocalDate first() {
        return LocalDate.of(year - 1, 7, 1);
    }

    public LocalDate last() {
        return LocalDate.of(year, 6, 30);
    }

    public String label() {
        return "FY" + year;
    }

    @Override
    public String toString() {
        return label();
    }
}
