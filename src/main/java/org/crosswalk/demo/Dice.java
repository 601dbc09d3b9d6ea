package org.crosswalk.demo;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The one source of chance for a demo cohort: every draw comes from a single seeded Random, in a fixed order. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Inclusive on both ends. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A version-4 shaped UUID from the seeded stream, so IDs repeat with the seed too. */
    UUID uuid() {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /**
     * {@code n} category indices in exactly the proportions of {@code weights} (largest remainder),
     * shuffled. Quotas rather than independent draws keep a small cohort's shares on target.
     */
    int[] quota(int n, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = n * weights[i] / total;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        for (; assigned < n; assigned++) {
            int largest = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            counts[largest]++;
            remainders[largest] = -1;
        }
        int[] draws = new int[n];
        for (int i = 0, at = 0; i < counts.length; i++) {
            for (int c = 0; c < counts[i]; c++) {
                draws[at++] = i;
            }
        }
        shuffle(draws);
        return draws;
    }

    void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
