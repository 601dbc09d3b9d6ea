package org.crosswalk.linkage.matching;

import java.util.Arrays;

/**
 * The distinct comparison vectors of a run and how many candidate pairs have each: an
 * open-addressing table of primitive longs, since a run has tens of millions of pairs but only
 * thousands of distinct vectors (a boxed map spent more time than EM itself).
 */
final class PatternTable {

    private static final long EMPTY = -1; // a packed vector is never negative (3 bits × 11 fields)
    private long[] keys = new long[1 << 12];
    private long[] counts = new long[1 << 12];
    private int size;

    PatternTable() {
        Arrays.fill(keys, EMPTY);
    }

    static PatternTable of(long[] patterns, int n) {
        PatternTable t = new PatternTable();
        for (int i = 0; i < n; i++) t.add(patterns[i]);
        return t;
    }

    void add(long pattern) {
        int s = slot(pattern); // first: claiming a slot may grow the arrays
        counts[s]++;
    }

    /** The slot of a pattern, claiming one if it is new. */
    int slot(long pattern) {
        int mask = keys.length - 1;
        int i = (int) Keys.mix(pattern) & mask;
        while (true) {
            long k = keys[i];
            if (k == pattern) return i;
            if (k == EMPTY) {
                if ((size + 1) * 2 > keys.length) {
                    grow();
                    return slot(pattern);
                }
                keys[i] = pattern;
                size++;
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] oldKeys = keys, oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                counts[s] = oldCounts[i];
            }
        }
    }

    int capacity() {
        return keys.length;
    }

    boolean used(int slot) {
        return keys[slot] != EMPTY;
    }

    long pattern(int slot) {
        return keys[slot];
    }

    long count(int slot) {
        return counts[slot];
    }
}
