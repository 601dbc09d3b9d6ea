package org.crosswalk.demo;

import static org.crosswalk.demo.Heritage.*;
import static org.crosswalk.shared.HudRace.*;

import java.util.List;
import org.crosswalk.shared.HudRace;

/**
 * How a head of household answers HUD's race and ethnicity question (several answers allowed), with
 * the heritages their names are drawn from. Weights follow the Secure Jobs cohort: 89% of parents
 * are of color, so only the plain {@code [WHITE]} rows (11%) are not.
 */
record Origin(double weight, List<HudRace> race, List<Heritage> heritages) {

    static final List<Origin> ALL = List.of(
            new Origin(0.34, List.of(BLACK_AF_AMERICAN), List.of(BLACK_AMERICAN, BLACK_AMERICAN, BLACK_AMERICAN, HAITIAN)),
            new Origin(0.24, List.of(HISPANIC_LATINAEO), List.of(HISPANIC)),
            new Origin(0.10, List.of(WHITE, HISPANIC_LATINAEO), List.of(HISPANIC, HISPANIC, HISPANIC, PORTUGUESE)),
            new Origin(0.08, List.of(BLACK_AF_AMERICAN, HISPANIC_LATINAEO), List.of(HISPANIC)),
            new Origin(0.11, List.of(WHITE), List.of(ANGLO, ANGLO, ANGLO, ANGLO, PORTUGUESE)),
            new Origin(0.04, List.of(BLACK_AF_AMERICAN, WHITE), List.of(BLACK_AMERICAN, ANGLO, PORTUGUESE)),
            new Origin(0.03, List.of(ASIAN), List.of(VIETNAMESE)),
            new Origin(0.02, List.of(AM_IND_AK_NATIVE, BLACK_AF_AMERICAN), List.of(BLACK_AMERICAN)),
            new Origin(0.02, List.of(AM_IND_AK_NATIVE, WHITE), List.of(ANGLO)),
            new Origin(0.01, List.of(AM_IND_AK_NATIVE, HISPANIC_LATINAEO), List.of(HISPANIC)),
            new Origin(0.01, List.of(MID_EAST_N_AFRICAN), List.of(MIDDLE_EASTERN)));

    static double[] weights() {
        return ALL.stream().mapToDouble(Origin::weight).toArray();
    }

    /** The cohort's measure: any answer other than White alone. */
    static boolean ofColor(List<HudRace> race) {
        return race.stream().anyMatch(r -> r.isAnswer() && r != WHITE);
    }
}
