package org.crosswalk.linkage.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Links two lists of person records (or de-duplicates one): prepares every record once, gathers
 * candidate pairs from several blocking keys and a sorted-neighbourhood pass, compares each
 * candidate pair once, estimates Fellegi–Sunter weights by EM from those comparisons, and keeps the
 * pairs whose match probability reaches the review threshold. Plain Java, no Spring; runs on all
 * cores through the common fork-join pool.
 *
 * @param <R> the scheme's prepared record
 */
public final class Matcher<R> {

    private static final int CHUNK = 2048;
    private final Scheme<R> baseScheme;
    private final MatchSettings settings;
    private Scheme<R> scheme;

    public Matcher(Scheme<R> scheme, MatchSettings settings) {
        this.baseScheme = scheme;
        this.scheme = scheme;
        this.settings = settings;
    }

    public static Matcher<PlainScheme.Prepared> plain(MatchSettings settings) {
        return new Matcher<>(new PlainScheme(), settings);
    }

    /** Pairs across {@code left} and {@code right}. */
    public MatchResult link(List<PersonRecord> left, List<PersonRecord> right) {
        return run(left, right, false, null);
    }

    /** Pairs within one list ({@code left < right}). */
    public MatchResult dedupe(List<PersonRecord> records) {
        return run(records, records, true, null);
    }

    /** As {@link #dedupe}, scoring with a model estimated earlier instead of running EM. */
    public MatchResult dedupe(List<PersonRecord> records, FellegiSunter model) {
        return run(records, records, true, model);
    }

    /**
     * Weights fitted once on the seeded synthetic population ({@link SyntheticPeople}, 20,000 ×
     * 20,000): for data too small for EM to find the match class on its own (a few hundred members
     * and a handful of true duplicates).
     */
    public static synchronized FellegiSunter referenceModel() {
        if (reference == null) {
            SyntheticPeople.Pair data = SyntheticPeople.generate(20_000, 1);
            reference = plain(MatchSettings.defaults()).link(data.left(), data.right()).model();
        }
        return reference;
    }

    private static FellegiSunter reference;

    /** As {@link #link}, scoring with a model estimated earlier instead of running EM again. */
    public MatchResult link(List<PersonRecord> left, List<PersonRecord> right, FellegiSunter model) {
        return run(left, right, false, model);
    }

    private MatchResult run(List<PersonRecord> leftRecords, List<PersonRecord> rightRecords, boolean dedupe,
            FellegiSunter fixedModel) {
        if (rightRecords.size() >= (1 << 24)) throw new IllegalArgumentException("at most 16,777,215 records a side");
        long t0 = System.nanoTime();
        List<R> left = leftRecords.parallelStream().map(baseScheme::prepare).toList();
        List<R> right = dedupe ? left : rightRecords.parallelStream().map(baseScheme::prepare).toList();
        scheme = baseScheme.learn(left, dedupe ? List.of() : right);
        long t1 = System.nanoTime();
        long[][] index = new long[scheme.keyCount()][];
        for (int k = 0; k < index.length; k++) index[k] = index(right, k);
        int[][] neighbours = sortedNeighbourhood(left, right, dedupe);
        long t2 = System.nanoTime();
        Candidates candidates = compareAll(left, right, index, neighbours, dedupe);
        long t3 = System.nanoTime();
        FellegiSunter model = fixedModel;
        PatternTable patterns = PatternTable.of(candidates.pattern, candidates.size);
        if (model == null) {
            Map<Long, Long> counts = new HashMap<>();
            for (int slot = 0; slot < patterns.capacity(); slot++) {
                if (patterns.used(slot)) counts.put(patterns.pattern(slot), patterns.count(slot));
            }
            model = FellegiSunter.estimate(scheme.fields(), counts, settings.emIterations());
        }
        long t4 = System.nanoTime();
        double[] weight = new double[patterns.capacity()], probability = new double[patterns.capacity()];
        for (int slot = 0; slot < patterns.capacity(); slot++) {
            if (!patterns.used(slot)) continue;
            weight[slot] = model.weight(patterns.pattern(slot));
            probability[slot] = model.probability(patterns.pattern(slot));
        }
        List<MatchPair> pairs = new ArrayList<>();
        for (int i = 0; i < candidates.size; i++) {
            long p = candidates.pattern[i];
            int slot = patterns.slot(p);
            if (probability[slot] >= settings.reviewAbove())
                pairs.add(new MatchPair(candidates.left[i], candidates.right[i], p, weight[slot], probability[slot]));
        }
        pairs.sort(Comparator.comparingDouble(MatchPair::weight).reversed()
                .thenComparingInt(MatchPair::left).thenComparingInt(MatchPair::right));
        long t5 = System.nanoTime();
        return new MatchResult(leftRecords.size(), rightRecords.size(), dedupe, candidates, model, pairs, settings,
                new MatchResult.Timings(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4));
    }

    /** Key {@code k} of every record, packed as (39-bit hash, 24-bit index) and sorted. */
    private long[] index(List<R> records, int k) {
        long[] packed = IntStream.range(0, records.size()).parallel().mapToLong(i -> {
            long h = scheme.key(records.get(i), k);
            return h == 0 ? -1 : (h >>> 25) << 24 | i;
        }).filter(v -> v >= 0).toArray();
        Arrays.parallelSort(packed);
        return packed;
    }

    private static int lowerBound(long[] a, long v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** For each left record, the right records next to it when both are sorted by the scheme's sort key. */
    private int[][] sortedNeighbourhood(List<R> left, List<R> right, boolean dedupe) {
        int w = settings.window();
        int[][] out = new int[left.size()][];
        if (w == 0) return out;
        record Entry(String key, boolean isRight, int index) {}
        List<Entry> entries = new ArrayList<>(left.size() + right.size());
        for (int i = 0; i < left.size(); i++) {
            String key = scheme.sortKey(left.get(i));
            if (key != null) entries.add(new Entry(key, false, i));
        }
        if (!dedupe) {
            for (int j = 0; j < right.size(); j++) {
                String key = scheme.sortKey(right.get(j));
                if (key != null) entries.add(new Entry(key, true, j));
            }
        }
        Entry[] sorted = entries.toArray(Entry[]::new);
        Arrays.parallelSort(sorted, Comparator.comparing(Entry::key).thenComparing(Entry::isRight).thenComparingInt(Entry::index));
        int[] rightByRank = new int[sorted.length];
        int rights = 0;
        int[] rankBefore = new int[sorted.length];
        for (int s = 0; s < sorted.length; s++) {
            rankBefore[s] = rights;
            if (dedupe || sorted[s].isRight) rightByRank[rights++] = sorted[s].index;
        }
        for (int s = 0; s < sorted.length; s++) {
            if (!dedupe && sorted[s].isRight) continue;
            int r = rankBefore[s];
            int lo = Math.max(0, r - w), hi = Math.min(rights, r + w + (dedupe ? 1 : 0));
            int[] ns = new int[Math.max(0, hi - lo)];
            for (int x = lo; x < hi; x++) ns[x - lo] = rightByRank[x];
            out[sorted[s].index] = ns;
        }
        return out;
    }

    private Candidates compareAll(List<R> left, List<R> right, long[][] index, int[][] neighbours, boolean dedupe) {
        int chunks = (left.size() + CHUNK - 1) / CHUNK;
        ThreadLocal<int[]> stamps = ThreadLocal.withInitial(() -> {
            int[] s = new int[right.size()];
            Arrays.fill(s, -1);
            return s;
        });
        List<Candidates> parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
            Candidates out = new Candidates();
            int[] stamp = stamps.get();
            int end = Math.min(left.size(), (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) {
                R a = left.get(i);
                for (int k = 0; k < index.length; k++) {
                    long h = scheme.key(a, k);
                    if (h == 0) continue;
                    long hk = h >>> 25;
                    long[] ix = index[k];
                    int lo = lowerBound(ix, hk << 24);
                    int hi = lowerBound(ix, (hk + 1) << 24);
                    if (hi - lo > settings.maxBlock()) continue;
                    for (int x = lo; x < hi; x++) {
                        int j = (int) (ix[x] & 0xFFFFFF);
                        if (stamp[j] == i || (dedupe && j <= i)) continue;
                        stamp[j] = i;
                        out.add(i, j, scheme.compare(a, right.get(j)));
                    }
                }
                int[] ns = neighbours[i];
                if (ns != null) {
                    for (int j : ns) {
                        if (stamp[j] == i || j == i) continue;
                        stamp[j] = i;
                        if (dedupe && j < i) {
                            continue; // the pair is found from j's side
                        }
                        out.add(i, j, scheme.compare(a, right.get(j)));
                    }
                }
            }
            return out;
        }).toList();
        int total = parts.stream().mapToInt(p -> p.size).sum();
        return Candidates.concat(parts, total);
    }
}
