package org.crosswalk.linkage.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What a matching run found: every candidate pair blocking produced (with its comparison vector),
 * the fitted model, and the pairs at or above the review threshold, strongest first.
 */
public final class MatchResult {

    /** Nanoseconds spent preparing records, building blocking indexes, comparing pairs, running EM, scoring. */
    public record Timings(long prepare, long index, long compare, long estimate, long score) {
        public long total() {
            return prepare + index + compare + estimate + score;
        }
    }

    private final int leftSize, rightSize;
    private final boolean dedupe;
    private final Candidates candidates;
    private final FellegiSunter model;
    private final List<MatchPair> pairs;
    private final MatchSettings settings;
    private final Timings timings;

    MatchResult(int leftSize, int rightSize, boolean dedupe, Candidates candidates, FellegiSunter model,
            List<MatchPair> pairs, MatchSettings settings, Timings timings) {
        this.leftSize = leftSize;
        this.rightSize = rightSize;
        this.dedupe = dedupe;
        this.candidates = candidates;
        this.model = model;
        this.pairs = List.copyOf(pairs);
        this.settings = settings;
        this.timings = timings;
    }

    public FellegiSunter model() {
        return model;
    }

    public Timings timings() {
        return timings;
    }

    public int candidateCount() {
        return candidates.size;
    }

    public int candidateLeft(int i) {
        return candidates.left[i];
    }

    public int candidateRight(int i) {
        return candidates.right[i];
    }

    /** All pairs in the comparison space: n×m, or n(n−1)/2 when de-duplicating. */
    public double comparisonSpace() {
        return dedupe ? (double) leftSize * (leftSize - 1) / 2 : (double) leftSize * rightSize;
    }

    /** 1 − candidates / all pairs. */
    public double reductionRatio() {
        return 1 - candidates.size / comparisonSpace();
    }

    /** Pairs at or above the review threshold, strongest first. */
    public List<MatchPair> scoredPairs() {
        return pairs;
    }

    /** Pairs at or above the auto-link threshold. */
    public List<MatchPair> links() {
        return pairs.stream().filter(p -> p.probability() >= settings.autoLinkAbove()).toList();
    }

    /** Pairs between the review and the auto-link thresholds. */
    public List<MatchPair> forReview() {
        return pairs.stream().filter(p -> p.probability() < settings.autoLinkAbove()).toList();
    }

    /**
     * The auto-links under a one-to-one constraint: greedily, strongest first, a pair is kept only if
     * neither of its records is already taken (a 1/2-approximation of the maximum-weight assignment,
     * exact when each record's best partner is unambiguous).
     */
    public List<MatchPair> oneToOneLinks() {
        BitSet leftTaken = new BitSet(leftSize), rightTaken = new BitSet(rightSize);
        List<MatchPair> kept = new ArrayList<>();
        for (MatchPair p : pairs) {
            if (p.probability() < settings.autoLinkAbove()) continue;
            if (leftTaken.get(p.left()) || rightTaken.get(p.right())) continue;
            if (dedupe && (leftTaken.get(p.right()) || rightTaken.get(p.left()))) continue;
            leftTaken.set(p.left());
            rightTaken.set(p.right());
            if (dedupe) {
                leftTaken.set(p.right());
                rightTaken.set(p.left());
            }
            kept.add(p);
        }
        return kept;
    }
}
