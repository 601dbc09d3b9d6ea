package org.crosswalk.outcomes;

/**
 * What the dashboard shows beside a measure: its goal (null when the program set none), a plain
 * definition, and the section of docs/metrics.md that defines it exactly.
 */
public record MetricGoal(Integer goalPercent, String goalSource, String definition, String docsSection) {

    static MetricGoal of(Metric metric) {
        return switch (metric) {
            case EMPLOYED_WITHIN_12_MONTHS -> new MetricGoal(80, "program goal",
                    "Of enrollments at least a year old, the share whose family started a new or better job within 365 days of enrolling.",
                    "1. Employed within 12 months");
            case RETAINED_12_MONTHS -> new MetricGoal(80, "program goal",
                    "Of first job placements at least a year old, the share still working a year later with no gap of over 30 days.",
                    "2. Retained 12 months");
            case STABLY_HOUSED_24_MONTHS -> new MetricGoal(96, "Connecticut reported",
                    "Of enrollments at least two years old, the share in permanent housing two years on, with no homelessness in between.",
                    "3. Stably housed at 24 months");
            case EARNING_OVER_1500_AT_24_MONTHS -> new MetricGoal(48, "Connecticut reported",
                    "Of enrollments at least two years old, the share whose family earned over $1,500 a month two years on.",
                    "4. Earning over $1,500 a month at 24 months");
            case RETURNED_WITHIN_180_DAYS -> new MetricGoal(null, null,
                    "Of exits to permanent housing at least two years ago, the share that first became homeless again within 180 days. Lower is better.",
                    "5. Returns to homelessness");
            case RETURNED_181_TO_365_DAYS -> new MetricGoal(null, null,
                    "Of exits to permanent housing at least two years ago, the share that first became homeless again 181 to 365 days after. Lower is better.",
                    "5. Returns to homelessness");
            case RETURNED_366_TO_730_DAYS -> new MetricGoal(null, null,
                    "Of exits to permanent housing at least two years ago, the share that first became homeless again 366 to 730 days after. Lower is better.",
                    "5. Returns to homelessness");
        };
    }
}
