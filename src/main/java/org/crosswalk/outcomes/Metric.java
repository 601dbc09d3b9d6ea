package org.crosswalk.outcomes;

/**
 * The outcome measures of DESIGN section 4, defined exactly in docs/metrics.md. Returns to
 * homelessness are three measures, one per HUD System Performance Measure 2 window, so each has its
 * own rate.
 */
public enum Metric {
    EMPLOYED_WITHIN_12_MONTHS("Employed within 12 months of enrollment"),
    RETAINED_12_MONTHS("Still employed 12 months after the first placement"),
    STABLY_HOUSED_24_MONTHS("Stably housed 24 months after enrollment"),
    EARNING_OVER_1500_AT_24_MONTHS("Earning over $1,500 a month 24 months after enrollment"),
    RETURNED_WITHIN_180_DAYS("Returned to homelessness 0–180 days after exiting to permanent housing"),
    RETURNED_181_TO_365_DAYS("Returned to homelessness 181–365 days after exiting to permanent housing"),
    RETURNED_366_TO_730_DAYS("Returned to homelessness 366–730 days after exiting to permanent housing");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
