package org.crosswalk.flexfunds;

/**
 * From request to payment over a pool's paid requests (reversed ones included: the money did go
 * out): how many, the median and the 90th percentile in hours, interpolated between neighbours
 * as PostgreSQL's percentile_cont does. Null hours when nothing was paid.
 */
public record TimeToCash(long paidRequests, Double medianHours, Double p90Hours) {

    public String median() {
        return format(medianHours);
    }

    public String p90() {
        return format(p90Hours);
    }

    /** "25 min" under an hour, "5.5 hours" under two days, else "3.2 days". */
    static String format(Double hours) {
        if (hours == null) {
            return "—";
        }
        if (hours < 1) {
            return Math.round(hours * 60) + " min";
        }
        return hours < 48 ? String.format(java.util.Locale.ROOT, "%.1f hours", hours)
                : String.format(java.util.Locale.ROOT, "%.1f days", hours / 24);
    }
}
