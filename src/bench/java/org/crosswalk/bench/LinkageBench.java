package org.crosswalk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.crosswalk.linkage.Febrl;
import org.crosswalk.linkage.Quality;
import org.crosswalk.linkage.matching.SyntheticPeople;
import org.crosswalk.linkage.matching.BloomScheme;
import org.crosswalk.linkage.matching.MatchPair;
import org.crosswalk.linkage.matching.MatchResult;
import org.crosswalk.linkage.matching.MatchSettings;
import org.crosswalk.linkage.matching.Matcher;
import org.crosswalk.linkage.matching.PersonRecord;

/**
 * Record linkage, Crosswalk's matcher side by side with JedAI and Duke in the same JVM run.
 * <pre>
 *   febrl  [--peers=jedai,duke] [--pprl]          FEBRL 4, 5,000 × 5,000
 *   synthetic N [--seed=S] [--peers=...] [--pprl]  seeded synthetic people, N × N with partial overlap
 * </pre>
 * Per system: pair precision, recall, F1 with and without a one-to-one constraint, wall time, peak
 * heap; for Crosswalk also blocking recall and reduction ratio.
 */
public final class LinkageBench {

    public static void main(String[] args) {
        String dataset = args.length > 0 ? args[0] : "febrl";
        Set<String> peers = Set.of();
        boolean pprl = false;
        long seed = 42;
        int n = 100_000;
        int warmups = 1;
        int showErrors = 0;
        double autoLink = 0.5; // the Bayes decision rule: link when a match is more likely than not
        int maxBlock = MatchSettings.defaults().maxBlock();
        for (String a : args) {
            if (a.startsWith("--peers=")) peers = Set.of(a.substring(8).split(","));
            else if (a.equals("--pprl")) pprl = true;
            else if (a.startsWith("--seed=")) seed = Long.parseLong(a.substring(7));
            else if (a.startsWith("--warmups=")) warmups = Integer.parseInt(a.substring(10));
            else if (a.startsWith("--show-errors=")) showErrors = Integer.parseInt(a.substring(14));
            else if (a.startsWith("--auto-link=")) autoLink = Double.parseDouble(a.substring(12));
            else if (a.startsWith("--max-block=")) maxBlock = Integer.parseInt(a.substring(12));
            else if (a.matches("\\d+")) n = Integer.parseInt(a);
        }
        List<PersonRecord> left, right;
        Function<PersonRecord, String> entity;
        long t = System.nanoTime();
        if (dataset.equals("febrl")) {
            left = Febrl.read("dataset4a.csv");
            right = Febrl.read("dataset4b.csv");
            entity = r -> Febrl.entity(r.id());
        } else {
            SyntheticPeople.Pair data = SyntheticPeople.generate(n, seed);
            left = data.left();
            right = data.right();
            entity = r -> SyntheticPeople.entity(r.id());
        }
        System.out.printf("dataset %s: %,d × %,d records, %,d true pairs (read/generated in %.2f s); %d cores, max heap %d MB%n",
                dataset + (dataset.equals("febrl") ? "" : " seed " + seed), left.size(), right.size(),
                Quality.truePairs(left, right, entity), (System.nanoTime() - t) / 1e9,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (warmups > 0 && left.size() <= 10_000) {
            for (int i = 0; i < warmups; i++) Matcher.plain(MatchSettings.defaults()).link(left, right); // JIT warm-up
        }
        MatchSettings defaults = MatchSettings.defaults();
        MatchSettings settings = new MatchSettings(autoLink, Math.min(0.2, autoLink), maxBlock, defaults.window(), defaults.emIterations());
        System.out.printf("Crosswalk links at match probability ≥ %.2f (--auto-link; the application's default auto-link threshold is %.2f,"
                + " its F1 is in the sweep line)%n", autoLink, MatchSettings.defaults().autoLinkAbove());
        List<String> rows = new ArrayList<>();
        Quality plainF1 = null;
        long oursNanos = 0;
        {
            resetPeaks();
            long start = System.nanoTime(), cpuStart = processCpuNanos();
            MatchResult r = Matcher.plain(settings).link(left, right);
            long nanos = System.nanoTime() - start;
            System.out.printf("Crosswalk used %.1f s of CPU in %.1f s of wall time (%d cores; load average now %s)%n",
                    (processCpuNanos() - cpuStart) / 1e9, nanos / 1e9, Runtime.getRuntime().availableProcessors(), loadAverage());
            oursNanos = nanos;
            long peak = peakHeap();
            Quality q = quality(r.links(), left, right, entity);
            Quality q1 = quality(r.oneToOneLinks(), left, right, entity);
            plainF1 = q1;
            rows.add(row("Crosswalk (Fellegi-Sunter, EM)", q, q1, nanos, peak));
            System.out.println(ours("Crosswalk", r, left, right, entity));
            System.out.println("  EM: " + r.model().describe().lines().findFirst().orElse(""));
            if (showErrors > 0) showErrors(r, left, right, entity, showErrors);
            StringBuilder sweep = new StringBuilder("  F1 with 1:1 by auto-link threshold:");
            for (double th : new double[] {0.2, 0.5, 0.8, 0.9, 0.95, 0.99}) {
                List<MatchPair> kept = new ArrayList<>();
                java.util.BitSet lt = new java.util.BitSet(), rt = new java.util.BitSet();
                for (MatchPair p : r.scoredPairs()) {
                    if (p.probability() < th || lt.get(p.left()) || rt.get(p.right())) continue;
                    lt.set(p.left());
                    rt.set(p.right());
                    kept.add(p);
                }
                sweep.append(String.format(" %.2f→%.4f", th, quality(kept, left, right, entity).f1()));
            }
            System.out.println(sweep);
            System.out.println(calibration(r, left, right, entity));
        }
        if (pprl) {
            resetPeaks();
            long start = System.nanoTime();
            MatchResult r = new Matcher<>(new BloomScheme("bench-shared-secret".getBytes()), settings).link(left, right);
            long nanos = System.nanoTime() - start;
            long peak = peakHeap();
            Quality q = quality(r.links(), left, right, entity);
            Quality q1 = quality(r.oneToOneLinks(), left, right, entity);
            rows.add(row("Crosswalk privacy mode (Bloom/HMAC)", q, q1, nanos, peak));
            System.out.println(ours("Crosswalk privacy mode", r, left, right, entity));
            System.out.printf("  privacy-mode accuracy cost: F1 with 1:1 %.4f vs plain %.4f (−%.4f)%n", q1.f1(), plainF1.f1(), plainF1.f1() - q1.f1());
        }
        if (peers.contains("jedai")) {
            try {
                resetPeaks();
                JedaiLinker.Both j = JedaiLinker.link(left, right, 0.35f);
                long peak = peakHeap();
                Quality q = Quality.of(j.all().all(), left, right, entity);
                Quality q1 = Quality.of(j.uniqueMapping(), left, right, entity);
                rows.add(row("JedAI 3.1 (" + j.all().note() + ")", q, q1, j.all().nanos(), peak));
                rows.add(String.format("    JedAI wall time / Crosswalk's: %.1f×", (double) j.all().nanos() / oursNanos));
            } catch (Throwable e) {
                rows.add("JedAI 3.1 failed: " + e);
            }
        }
        if (peers.contains("duke")) {
            try {
                resetPeaks();
                Linked d = DukeLinker.link(left, right, 0.9);
                long peak = peakHeap();
                Quality q = Quality.of(d.all(), left, right, entity);
                Quality q1 = Quality.of(d.oneToOne(left.size(), right.size()), left, right, entity);
                rows.add(row(d.system() + " (" + d.note() + ")", q, q1, d.nanos(), peak));
                rows.add(String.format("    Duke wall time / Crosswalk's: %.1f×", (double) d.nanos() / oursNanos));
            } catch (Throwable e) {
                rows.add("Duke 1.2 failed: " + e);
            }
        }
        System.out.println();
        System.out.printf("%-62s | %-24s | %-24s | %9s | %9s%n", "system", "without 1:1  P / R / F1", "with 1:1  P / R / F1", "wall s", "peak MB");
        rows.forEach(System.out::println);
        System.out.println("(peak MB: peak heap-pool usage during that system's run in this shared JVM, approximate)");
    }

    /** CPU time of this whole JVM (every thread), so a figure can be read apart from the machine's load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String ours(String name, MatchResult r, List<PersonRecord> left, List<PersonRecord> right,
            Function<PersonRecord, String> entity) {
        long truePairs = Quality.truePairs(left, right, entity);
        String[] leftEntity = left.stream().map(entity).toArray(String[]::new), rightEntity = right.stream().map(entity).toArray(String[]::new);
        long found = 0;
        for (int i = 0; i < r.candidateCount(); i++) {
            String e = leftEntity[r.candidateLeft(i)];
            if (e != null && e.equals(rightEntity[r.candidateRight(i)])) found++;
        }
        var t = r.timings();
        return String.format("%s: %,d candidate pairs, blocking recall %.4f, reduction ratio %.6f, %,d auto-links, %,d for review;"
                        + " prepare %.2f s, index %.2f s, compare %.2f s, EM %.3f s, score %.2f s",
                name, r.candidateCount(), (double) found / truePairs, r.reductionRatio(), r.links().size(), r.forReview().size(),
                t.prepare() / 1e9, t.index() / 1e9, t.compare() / 1e9, t.estimate() / 1e9, t.score() / 1e9);
    }

    /**
     * Reliability of the match probability: scored pairs binned by probability, with the share that
     * are true pairs. Calibrated, a bin's true share lies within it (0.5–0.9 → about 0.7).
     */
    private static String calibration(MatchResult r, List<PersonRecord> left, List<PersonRecord> right,
            Function<PersonRecord, String> entity) {
        double[] edges = {0.2, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0000001};
        long[] pairs = new long[edges.length - 1], matches = new long[edges.length - 1];
        double[] expected = new double[edges.length - 1];
        for (MatchPair p : r.scoredPairs()) {
            int b = 0;
            while (b < pairs.length - 1 && p.probability() >= edges[b + 1]) b++;
            pairs[b]++;
            expected[b] += p.probability();
            if (entity.apply(left.get(p.left())).equals(entity.apply(right.get(p.right())))) matches[b]++;
        }
        StringBuilder out = new StringBuilder("  calibration (probability bin: pairs, mean probability → true share):");
        for (int b = 0; b < pairs.length; b++) {
            if (pairs[b] == 0) continue;
            out.append(String.format("%n    [%.3f, %.3f): %,d pairs, %.3f → %.3f", edges[b], Math.min(1, edges[b + 1]), pairs[b],
                    expected[b] / pairs[b], (double) matches[b] / pairs[b]));
        }
        return out.toString();
    }

    /** Prints the model and some wrong links and missed pairs, for tuning. */
    private static void showErrors(MatchResult r, List<PersonRecord> left, List<PersonRecord> right,
            Function<PersonRecord, String> entity, int count) {
        System.out.println(r.model().describe());
        int shown = 0;
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (MatchPair p : r.oneToOneLinks()) {
            linked.add(entity.apply(left.get(p.left())));
            if (!entity.apply(left.get(p.left())).equals(entity.apply(right.get(p.right()))) && shown++ < count) {
                System.out.printf("WRONG %.3f %s%n   %s%n   %s%n", p.probability(), Long.toOctalString(p.pattern()), left.get(p.left()), right.get(p.right()));
            }
        }
        java.util.Map<String, Integer> rightByEntity = new java.util.HashMap<>();
        for (int j = 0; j < right.size(); j++) rightByEntity.put(entity.apply(right.get(j)), j);
        java.util.Map<Long, MatchPair> scored = new java.util.HashMap<>();
        for (MatchPair p : r.scoredPairs()) scored.put((long) p.left() << 32 | p.right(), p);
        shown = 0;
        for (int i = 0; i < left.size() && shown < count; i++) {
            String e = entity.apply(left.get(i));
            Integer j = rightByEntity.get(e);
            if (j == null || linked.contains(e)) continue;
            MatchPair p = scored.get((long) i << 32 | j);
            System.out.printf("MISSED %s%n   %s%n   %s%n", p == null ? "(not scored ≥ review / not a candidate)" : String.format("%.3f %s", p.probability(), Long.toOctalString(p.pattern())), left.get(i), right.get(j));
            shown++;
        }
    }

    private static Quality quality(List<MatchPair> pairs, List<PersonRecord> left, List<PersonRecord> right,
            Function<PersonRecord, String> entity) {
        return Quality.of(pairs.stream().map(p -> new int[] {p.left(), p.right()}).toList(), left, right, entity);
    }

    private static String row(String system, Quality q, Quality q1, long nanos, long peak) {
        return String.format("%-62s | %.4f / %.4f / %.4f | %.4f / %.4f / %.4f | %9.2f | %9d", system, q.precision(), q.recall(),
                q.f1(), q1.precision(), q1.recall(), q1.f1(), nanos / 1e9, peak >> 20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
