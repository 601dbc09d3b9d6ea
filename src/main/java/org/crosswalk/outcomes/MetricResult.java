package org.crosswalk.outcomes;

/**
 * One measure on one report date. {@code pending} counts those whose window is still open on the
 * report date: shown beside the rate, never in its denominator. {@code rate} is a fraction between 0
 * and 1, or null when nobody's window has closed yet.
 */
public record MetricResult(Metric metric, long numerator, long denominator, long pending, Double rate) {

    static MetricResult of(Metric metric, long numerator, long denominator, long pending) {
        return new MetricResult(metric, numerator, denominator, pending,
                denominator == 0 ? null : (double) numerator / denominator);
    }
}
