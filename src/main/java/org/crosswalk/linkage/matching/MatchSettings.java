package org.crosswalk.linkage.matching;

/**
 * @param autoLinkAbove   posterior match probability at or above which a pair is linked without review
 * @param reviewAbove     probability at or above which (and below auto-link) a pair goes to review;
 *                        below it, no link
 * @param maxBlock        a blocking key shared by more records than this on the other side is skipped
 *                        for that record (too common to discriminate; the other keys still apply)
 * @param window          sorted-neighbourhood window: this many neighbours on each side; 0 switches it off
 * @param emIterations    at most this many EM iterations
 */
public record MatchSettings(double autoLinkAbove, double reviewAbove, int maxBlock, int window, int emIterations) {

    public MatchSettings {
        if (!(reviewAbove > 0 && reviewAbove <= autoLinkAbove && autoLinkAbove <= 1))
            throw new IllegalArgumentException("need 0 < review ≤ auto-link ≤ 1");
        if (maxBlock < 1 || window < 0 || emIterations < 1) throw new IllegalArgumentException("bad blocking settings");
    }

    public static MatchSettings defaults() {
        return new MatchSettings(0.9, 0.2, 500, 3, 200);
    }

    public MatchSettings withThresholds(double autoLink, double review) {
        return new MatchSettings(autoLink, review, maxBlock, window, emIterations);
    }
}
