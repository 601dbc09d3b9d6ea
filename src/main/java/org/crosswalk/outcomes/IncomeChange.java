package org.crosswalk.outcomes;

/**
 * Median change in monthly income from enrollment to follow-up (docs/metrics.md, section 6), in
 * cents, over the {@code counted} enrollments; the medians are null when none is counted. Enrollments
 * with no income report to start from are {@code noBaseline}; those with a baseline but no later report
 * by exit or the report date are {@code noFollowUp}: shown, in neither median.
 */
public record IncomeChange(Long medianEarnedChangeCents, Long medianTotalChangeCents, long counted, long noBaseline,
                           long noFollowUp) {

    /** The median earned change in whole dollars with its sign, e.g. "+$412", or "—" when none. */
    public String earned() {
        return dollars(medianEarnedChangeCents);
    }

    public String total() {
        return dollars(medianTotalChangeCents);
    }

    static String dollars(Long cents) {
        if (cents == null) {
            return "—";
        }
        long d = Math.round(cents / 100.0);
        return (d > 0 ? "+" : d < 0 ? "−" : "") + "$" + String.format(java.util.Locale.US, "%,d", Math.abs(d));
    }
}
