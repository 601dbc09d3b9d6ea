package org.crosswalk.linkage;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Pair precision, recall and F1 of predicted pairs against the true pairs (records that stand for
 * the same entity), for linking two lists.
 */
public record Quality(long truePairs, long predicted, long correct) {

    public double precision() {
        return predicted == 0 ? 1 : (double) correct / predicted;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correct / truePairs;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P=%.4f R=%.4f F1=%.4f (%d predicted, %d correct, %d true)", precision(), recall(), f1(),
                predicted, correct, truePairs);
    }

    /** Number of true pairs between two lists, given each record's entity (null entity: matches nothing). */
    public static <T> long truePairs(List<T> left, List<T> right, Function<T, String> entity) {
        var counts = new java.util.HashMap<String, Integer>();
        for (T r : right) {
            String e = entity.apply(r);
            if (e != null) counts.merge(e, 1, Integer::sum);
        }
        long n = 0;
        for (T l : left) {
            String e = entity.apply(l);
            if (e != null) n += counts.getOrDefault(e, 0);
        }
        return n;
    }

    /** Quality of predicted pairs given as (left index, right index). */
    public static <T> Quality of(Collection<int[]> predicted, List<T> left, List<T> right, Function<T, String> entity) {
        Set<Long> seen = new HashSet<>();
        long correct = 0, count = 0;
        for (int[] p : predicted) {
            if (!seen.add((long) p[0] << 32 | p[1])) continue;
            count++;
            String e = entity.apply(left.get(p[0]));
            if (e != null && e.equals(entity.apply(right.get(p[1])))) correct++;
        }
        return new Quality(truePairs(left, right, entity), count, correct);
    }
}
