package org.crosswalk.outcomes;

/**
 * Median change in monthly income from enrollment to follow-up (docs/metrics.md, section 6), in
 * cents, over the {@code counted} enrollments; the medians are null when none is counted. Enrollments
 * with no income report to start from are {@code noBaseline}; those with a baseline but no later report
 * by exit or the report date are {@code noFollowUp}: shown, in neither median.
 */
public record IncomeChange(Long medianEarnedChangeCents, Long medianTotalChangeCents, long counted, long noBaseline,
                           long noFollowUp) {
}
