package org.crosswalk.linkage.matching;

import java.util.List;
import java.util.Map;

/**
 * Fellegi–Sunter weights estimated by expectation-maximisation over the comparison vectors of the
 * candidate pairs (Winkler 1988; Jaro 1989): a two-class latent model (match / non-match) with
 * fields conditionally independent given the class. {@code m[f][l]} = P(field f at level l | match),
 * {@code u[f][l]} = P(level | non-match), {@code p} = the share of candidate pairs that match.
 * A blank field (level 0) carries no weight. EM runs over distinct patterns and their counts, so its
 * cost does not depend on the number of pairs.
 */
public final class FellegiSunter {

    private static final double FLOOR = 1e-6;

    private final List<Field> fields;
    private final double[][] m, u;
    private double p;
    private int iterations;

    private FellegiSunter(List<Field> fields) {
        this.fields = fields;
        m = new double[fields.size()][];
        u = new double[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            int levels = fields.get(f).levelCount();
            m[f] = new double[levels + 1];
            u[f] = new double[levels + 1];
            // start: matches mostly agree exactly, non-matches mostly disagree
            for (int l = 1; l <= levels; l++) {
                m[f][l] = l == levels ? 0.9 : 0.1 / (levels - 1);
                u[f][l] = l == 1 ? 0.9 : 0.1 / (levels - 1);
            }
        }
        p = 0.05;
    }

    /** Fits the model to pattern counts (pattern → number of candidate pairs with it). */
    public static FellegiSunter estimate(List<Field> fields, Map<Long, Long> patternCounts, int maxIterations) {
        FellegiSunter model = new FellegiSunter(fields);
        model.fit(patternCounts, maxIterations);
        return model;
    }

    private void fit(Map<Long, Long> counts, int maxIterations) {
        int n = counts.size();
        long[] patterns = new long[n];
        double[] weightOf = new double[n];
        int i = 0;
        double total = 0;
        for (var e : counts.entrySet()) {
            patterns[i] = e.getKey();
            weightOf[i++] = e.getValue();
            total += e.getValue();
        }
        int nf = fields.size();
        for (iterations = 1; iterations <= maxIterations; iterations++) {
            double[][] mNew = new double[nf][], uNew = new double[nf][];
            for (int f = 0; f < nf; f++) {
                mNew[f] = new double[m[f].length];
                uNew[f] = new double[u[f].length];
            }
            double matchMass = 0;
            for (int k = 0; k < n; k++) {
                double g = posterior(patterns[k]);
                double cm = g * weightOf[k], cu = (1 - g) * weightOf[k];
                matchMass += cm;
                for (int f = 0; f < nf; f++) {
                    int l = Field.level(patterns[k], f);
                    mNew[f][l] += cm;
                    uNew[f][l] += cu;
                }
            }
            double change = Math.abs(matchMass / total - p);
            p = Math.min(Math.max(matchMass / total, FLOOR), 1 - FLOOR);
            for (int f = 0; f < nf; f++) {
                change += normalise(mNew[f], m[f]);
                change += normalise(uNew[f], u[f]);
            }
            if (change < 1e-9) break;
        }
    }

    /** Writes the level distribution (ignoring level 0) into {@code into}; returns how far it moved. */
    private static double normalise(double[] counts, double[] into) {
        double sum = 0;
        for (int l = 1; l < counts.length; l++) sum += counts[l];
        double change = 0;
        for (int l = 1; l < counts.length; l++) {
            double v = Math.max(sum == 0 ? into[l] : counts[l] / sum, FLOOR);
            change += Math.abs(v - into[l]);
            into[l] = v;
        }
        return change;
    }

    /** log2 likelihood ratio of a comparison vector: the Fellegi–Sunter match weight. */
    public double weight(long pattern) {
        double w = 0;
        for (int f = 0; f < m.length; f++) {
            int l = Field.level(pattern, f);
            if (l > 0) w += Math.log(m[f][l] / u[f][l]);
        }
        return w / Math.log(2);
    }

    /** Posterior probability that a pair with this comparison vector is a match. */
    public double probability(long pattern) {
        return posterior(pattern);
    }

    private double posterior(long pattern) {
        double logRatio = Math.log(p / (1 - p));
        for (int f = 0; f < m.length; f++) {
            int l = Field.level(pattern, f);
            if (l > 0) logRatio += Math.log(m[f][l] / u[f][l]);
        }
        return logRatio > 40 ? 1.0 : logRatio < -40 ? 0.0 : 1.0 / (1.0 + Math.exp(-logRatio));
    }

    /** The weight field {@code f} at level {@code l} contributes, in bits (log2 m/u). */
    public double fieldWeight(int f, int l) {
        return l == 0 ? 0 : Math.log(m[f][l] / u[f][l]) / Math.log(2);
    }

    public double m(int f, int l) {
        return m[f][l];
    }

    public double u(int f, int l) {
        return u[f][l];
    }

    public double matchShare() {
        return p;
    }

    public int iterations() {
        return iterations;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The m, u and weight of every level, one line per level, for reports and docs. */
    public String describe() {
        StringBuilder b = new StringBuilder(String.format("p(match)=%.5f after %d EM iterations%n", p, iterations));
        for (int f = 0; f < fields.size(); f++) {
            for (int l = 1; l <= fields.get(f).levelCount(); l++) {
                b.append(String.format("  %-14s %-30s m=%.4f u=%.6f w=%+.2f%n", fields.get(f).name(),
                        fields.get(f).levelName(l), m[f][l], u[f][l], fieldWeight(f, l)));
            }
        }
        return b.toString();
    }
}
