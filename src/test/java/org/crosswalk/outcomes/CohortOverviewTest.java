package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosswalk.outcomes.CohortOverview.Row;
import org.junit.jupiter.api.Test;

/** Small-cell suppression, computed by hand. */
class CohortOverviewTest {

    static Row region(String name, long households) {
        return new Row(name, households, households * 2, households, households - 1, households - 2, 61000L, false);
    }

    @Test
    void regionsOfElevenOrMoreAreShownAndSoIsTheirTotal() {
        var overview = CohortOverview.suppressed(List.of(region("A", 11), region("B", 30)));
        assertThat(overview.regions()).noneMatch(Row::suppressed);
        // 11 + 30 households, 22 + 60 children, mean income of equal means is that mean
        assertThat(overview.total().households()).isEqualTo(41);
        assertThat(overview.total().children()).isEqualTo(82);
        assertThat(overview.total().meanMonthlyIncomeCents()).isEqualTo(61000L);
    }

    @Test
    void aRegionUnderElevenIsHiddenAndSoIsTheTotalThatWouldReveal() {
        var overview = CohortOverview.suppressed(List.of(region("A", 10), region("B", 30)));
        assertThat(overview.regions().get(0).suppressed()).isTrue();
        assertThat(overview.regions().get(0).households()).isNull();
        assertThat(overview.regions().get(1).households()).isEqualTo(30);
        assertThat(overview.total().suppressed()).isTrue();
        assertThat(overview.total().households()).isNull();
    }

    @Test
    void percentagesRoundToWholeNumbers() {
        Row r = region("A", 161);
        assertThat(r.percent(151L, 161L)).isEqualTo(94); // 93.79 → 94
        assertThat(r.percent(1L, 0L)).isNull();
    }
}
