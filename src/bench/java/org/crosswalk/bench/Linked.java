package org.crosswalk.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** What one system returned: scored pairs (left index, right index, score) at its own threshold. */
record Linked(String system, List<Scored> pairs, long nanos, long peakBytes, String note) {

    record Scored(int left, int right, double score) {}

    List<int[]> all() {
        return pairs.stream().map(p -> new int[] {p.left(), p.right()}).toList();
    }

    /** Greedy one-to-one, strongest first: the same rule for every system. */
    List<int[]> oneToOne(int leftSize, int rightSize) {
        List<Scored> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingDouble(Scored::score).reversed());
        BitSet l = new BitSet(leftSize), r = new BitSet(rightSize);
        List<int[]> kept = new ArrayList<>();
        for (Scored p : sorted) {
            if (l.get(p.left()) || r.get(p.right())) continue;
            l.set(p.left());
            r.set(p.right());
            kept.add(new int[] {p.left(), p.right()});
        }
        return kept;
    }
}
