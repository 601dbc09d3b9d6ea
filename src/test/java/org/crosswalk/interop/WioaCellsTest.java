package org.crosswalk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Small cells on the WIOA page: a denominator under 11 shows "n<11", never the count. */
class WioaCellsTest {

    @Test
    void aDenominatorUnderElevenIsSuppressed() {
        var cell = WioaController.cell("Employed Q2", new WioaIndicators.Rate(2, 3, 1, 1, 1));
        assertThat(cell.value()).isEqualTo("n<11");
        assertThat(cell.detail()).startsWith("denominator under 11: suppressed").doesNotContain("2 of 3");
    }

    @Test
    void elevenAndMoreAreShownWithTheirDenominator() {
        var cell = WioaController.cell("Employed Q2", new WioaIndicators.Rate(6, 11, 0, 2, 3));
        assertThat(cell.value()).isEqualTo("54.5%"); // 6 / 11 = 54.545…
        assertThat(cell.detail()).isEqualTo("6 of 11; pending 0, excluded 2, no SSN (supplemental data only) 3");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoRoundedDown() {
        assertThat(WioaIndicators.median(java.util.List.of(250000L, 400001L))).isEqualTo(325000L);
        assertThat(WioaIndicators.median(java.util.List.of(1L, 2L, 9L))).isEqualTo(2L);
        assertThat(WioaIndicators.median(java.util.List.of())).isNull();
    }
}
