package org.crosswalk.demo;

import java.time.LocalDate;
import org.crosswalk.families.FamilyBatch;

/**
 * What a family lives on each month. Bands, drawn by quota, give a skewed distribution whose mean
 * lands near the cohort's $610: most income is cash assistance, child support or SSI, and only a
 * minority of parents have earnings.
 */
enum IncomeBand {
    NONE(0.08, 0, 0, false),
    CHILD_SUPPORT_ONLY(0.25, 150, 500, false),
    CASH_ASSISTANCE(0.30, 400, 700, false),
    CASH_ASSISTANCE_AND_CHILD_SUPPORT(0.17, 600, 950, false),
    SSI(0.08, 733, 1100, false),
    PART_TIME_WORK(0.12, 900, 1700, true);

    final double weight;
    private final int lowDollars;
    private final int highDollars;
    private final boolean earned;

    IncomeBand(double weight, int lowDollars, int highDollars, boolean earned) {
        this.weight = weight;
        this.lowDollars = lowDollars;
        this.highDollars = highDollars;
        this.earned = earned;
    }

    static double[] weights() {
        double[] weights = new double[values().length];
        for (IncomeBand band : values()) {
            weights[band.ordinal()] = band.weight;
        }
        return weights;
    }

    /** A report taken within the last 120 days; recorded by is filled in when the worker's ID is known. */
    FamilyBatch.Income draw(Dice dice, LocalDate today) {
        long total = dice.between(lowDollars, highDollars) * 100L;
        long earnedCents = earned ? total * dice.between(70, 100) / 100 : 0;
        return new FamilyBatch.Income(today.minusDays(dice.between(0, 119)), total, earnedCents, null);
    }
}
