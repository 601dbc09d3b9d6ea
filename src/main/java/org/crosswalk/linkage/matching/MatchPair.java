package org.crosswalk.linkage.matching;

/** A scored candidate pair: indexes into the two input lists, comparison vector, weight and probability. */
public record MatchPair(int left, int right, long pattern, double weight, double probability) {

    public int level(int field) {
        return Field.level(pattern, field);
    }
}
