package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cubes a refresh computes for its own day (measures and income change) hold exactly what computing
 * from the snapshot gives,
 * for every dimension and group (the demo cohort and whatever other tests added), and other days and
 * regions are computed, not read from it.
 */
@CrosswalkIntegrationTest
class MeasureCubeTest {

    @Autowired Metrics metrics;
    @Autowired Snapshot snapshot;

    @Test
    void theCubeOfTheRefreshDayEqualsTheComputedFiguresForEveryDimension() {
        LocalDate today = LocalDate.now();
        for (Dimension d : Dimension.values()) {
            var read = metrics.by(d, today, Filter.everywhere());
            assertThat(snapshot.cubeDate()).isEqualTo(today);
            assertThat(read).as(d.name()).isNotEmpty().isEqualTo(metrics.computed(d, today, Filter.everywhere()));
            var income = metrics.incomeChangeBy(d, today, Filter.everywhere());
            assertThat(income).as("income " + d.name()).isNotEmpty().isEqualTo(metrics.incomeComputed(d, today, Filter.everywhere()));
        }
    }

    @Test
    void anotherDayIsComputedFromTheSnapshot() {
        LocalDate earlier = LocalDate.now().minusDays(200);
        assertThat(metrics.by(Dimension.REGION, earlier, Filter.everywhere()))
                .isEqualTo(metrics.computed(Dimension.REGION, earlier, Filter.everywhere()))
                .isNotEqualTo(metrics.by(Dimension.REGION, LocalDate.now(), Filter.everywhere()));
        assertThat(metrics.incomeChangeBy(Dimension.REGION, earlier, Filter.everywhere()))
                .isEqualTo(metrics.incomeComputed(Dimension.REGION, earlier, Filter.everywhere()))
                .isNotEqualTo(metrics.incomeChangeBy(Dimension.REGION, LocalDate.now(), Filter.everywhere()));
    }
}
