package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.Organisation;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo cohort is generated to look like the programs in the seeds: Massachusetts' first phase
 * had "well over 60%" of families connected to employment (goal 80%) and aimed at 80% retention;
 * Connecticut reported 96% stably housed and 48% earning over $1,500 a month at 24 months. The demo
 * regions' figures today must come out near them (wide bands: the demo is small and synthetic, and
 * other tests may add a few families to its agencies). The figures are printed.
 */
@CrosswalkIntegrationTest
class DemoOutcomesTest {

    static final List<String> DEMO_REGIONS = List.of("Greater Hartford", "Greater New Haven", "Fairfield County", "Eastern Connecticut");

    @Autowired Metrics metrics;
    @Autowired Organisation organisation;

    @Test
    void theDemoDashboardComesOutNearTheSeedsFigures() {
        Map<String, Map<Metric, MetricResult>> byRegion = metrics.by(Dimension.REGION, LocalDate.now(), Filter.everywhere());
        long[][] sums = new long[Metric.values().length][2];
        organisation.regions().stream().filter(r -> DEMO_REGIONS.contains(r.name())).forEach(r -> {
            Map<Metric, MetricResult> m = byRegion.getOrDefault(String.valueOf(r.id()), Map.of());
            for (Metric metric : Metric.values()) {
                MetricResult x = m.get(metric);
                if (x != null) {
                    sums[metric.ordinal()][0] += x.numerator();
                    sums[metric.ordinal()][1] += x.denominator();
                }
            }
        });
        double employed = rate(sums, Metric.EMPLOYED_WITHIN_12_MONTHS), retained = rate(sums, Metric.RETAINED_12_MONTHS),
                housed = rate(sums, Metric.STABLY_HOUSED_24_MONTHS), earning = rate(sums, Metric.EARNING_OVER_1500_AT_24_MONTHS);
        System.out.printf("Demo outcomes today: employed %.0f%% of %d, retained %.0f%% of %d, housed at 24 months %.0f%% of %d, earning over $1,500 %.0f%% of %d%n",
                100 * employed, sums[0][1], 100 * retained, sums[1][1], 100 * housed, sums[2][1], 100 * earning, sums[3][1]);
        assertThat(sums[Metric.STABLY_HOUSED_24_MONTHS.ordinal()][1]).as("24-month windows closed").isGreaterThanOrEqualTo(30);
        assertThat(employed).as("employed within 12 months").isBetween(0.55, 0.85);
        assertThat(retained).as("retained 12 months").isBetween(0.70, 0.95);
        assertThat(housed).as("stably housed at 24 months").isBetween(0.85, 1.0);
        assertThat(earning).as("earning over $1,500 at 24 months").isBetween(0.35, 0.65);
    }

    private static double rate(long[][] sums, Metric metric) {
        long[] s = sums[metric.ordinal()];
        return s[1] == 0 ? 0 : (double) s[0] / s[1];
    }
}
