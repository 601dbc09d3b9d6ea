package org.crosswalk.linkage.matching;

import java.util.Arrays;

/** Growable parallel arrays of candidate pairs and their comparison vectors. */
final class Candidates {
    int size;
    int[] left = new int[1024], right = new int[1024];
    long[] pattern = new long[1024];

    void add(int l, int r, long p) {
        if (size == left.length) {
            int n = size * 2;
            left = Arrays.copyOf(left, n);
            right = Arrays.copyOf(right, n);
            pattern = Arrays.copyOf(pattern, n);
        }
        left[size] = l;
        right[size] = r;
        pattern[size++] = p;
    }

    static Candidates concat(Iterable<Candidates> parts, int total) {
        Candidates all = new Candidates();
        all.left = new int[Math.max(total, 1)];
        all.right = new int[Math.max(total, 1)];
        all.pattern = new long[Math.max(total, 1)];
        for (Candidates c : parts) {
            System.arraycopy(c.left, 0, all.left, all.size, c.size);
            System.arraycopy(c.right, 0, all.right, all.size, c.size);
            System.arraycopy(c.pattern, 0, all.pattern, all.size, c.size);
            all.size += c.size;
        }
        return all;
    }
}
