package org.crosswalk.linkage.matching;

import java.util.List;
import java.util.Map;

/**
 * Fellegi–Sunter weights estimated by expectation-maximisation over the comparison vectors of the
 * candidate pairs (Winkler 1988; Jaro 1989), with more than two latent classes as Winkler proposed
 * for data with households: <em>same person, same home</em>; <em>same person, moved</em> (person
 * and family fields agree, address fields do not); <em>same household, another person</em> (family
 * and address agree, person fields do not); <em>unrelated</em>. With only two classes EM latches
 * onto whatever structure is strongest, and in household data that is "shares an address", not "is
 * the same person"; and with the address fields treated as independent a move would cost the sum of
 * six disagreements. The classes share their parameters: each field has one level distribution for
 * "same" (same person for person fields, same family for the surname, same home for address fields)
 * and one for "different" (family fields have a third, for household members), and a class only
 * says which applies to each role, so the
 * classes cannot drift into meaning something else (a latent class model with tied parameters).
 * Fields are conditionally independent given the class. {@code m} = P(level | same person) and
 * {@code u} = P(level | not the same person), each the mixture of its classes. A blank field (level 0) carries no weight.
 * EM runs over distinct patterns and their counts, so its cost does not depend on the number of pairs.
 */
public final class FellegiSunter {

    static final int MATCH = 0, MOVED = 1, HOUSEHOLD = 2, UNRELATED = 3, CLASSES = 4, STATES = 3;
    private static final double FLOOR = 1e-5;

    private final List<Field> fields;
    /**
     * theta[0][field][level] = P(level | same), theta[1][field][level] = P(level | different);
     * theta[2] is used by family fields only: P(level | same household, another person).
     */
    private final double[][][] theta;
    private final double[] prior = {0.05, 0.01, 0.05, 0.89};
    private int iterations;

    private FellegiSunter(List<Field> fields) {
        this.fields = fields;
        theta = new double[STATES][fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            int levels = fields.get(f).levelCount();
            for (int state = 0; state < STATES; state++) {
                theta[state][f] = new double[levels + 1];
                for (int l = 1; l <= levels; l++) {
                    int favoured = state == 1 ? 1 : levels;
                    theta[state][f][l] = l == favoured ? 0.85 : 0.15 / (levels - 1);
                }
            }
        }
    }

    /**
     * 0 when class {@code c} says "same" for a field of this role, 1 when "different"; family
     * fields of the household class have their own distribution (2): household members often,
     * but not always, share a surname.
     */
    private static int state(int c, Field.Role role) {
        if (role == Field.Role.FAMILY && c == HOUSEHOLD) return 2;
        boolean same = switch (c) {
            case MATCH -> true;
            case MOVED -> role != Field.Role.PLACE;
            case HOUSEHOLD -> role != Field.Role.PERSON;
            default -> false;
        };
        return same ? 0 : 1;
    }

    private double theta(int c, int f, int l) {
        return theta[state(c, fields.get(f).role())][f][l];
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
        double[] count = new double[n];
        int i = 0;
        double total = 0;
        for (var e : counts.entrySet()) {
            patterns[i] = e.getKey();
            count[i++] = e.getValue();
            total += e.getValue();
        }
        int nf = fields.size();
        double[] post = new double[CLASSES];
        for (iterations = 1; iterations <= maxIterations; iterations++) {
            double[][][] next = new double[STATES][nf][];
            for (int st = 0; st < STATES; st++) for (int f = 0; f < nf; f++) next[st][f] = new double[theta[st][f].length];
            double[] mass = new double[CLASSES];
            for (int k = 0; k < n; k++) {
                posteriors(patterns[k], post);
                for (int c = 0; c < CLASSES; c++) {
                    double w = post[c] * count[k];
                    mass[c] += w;
                    for (int f = 0; f < nf; f++) next[state(c, fields.get(f).role())][f][Field.level(patterns[k], f)] += w;
                }
            }
            double change = 0;
            for (int c = 0; c < CLASSES; c++) {
                double v = Math.min(Math.max(mass[c] / total, FLOOR), 1 - FLOOR);
                change += Math.abs(v - prior[c]);
                prior[c] = v;
            }
            for (int st = 0; st < STATES; st++) for (int f = 0; f < nf; f++) change += normalise(next[st][f], theta[st][f]);
            if (change < 1e-6) break;
        }
    }

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

    private void posteriors(long pattern, double[] out) {
        double[] log = new double[CLASSES];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CLASSES; c++) {
            double s = Math.log(prior[c]);
            for (int f = 0; f < fields.size(); f++) {
                int l = Field.level(pattern, f);
                if (l > 0) s += Math.log(theta(c, f, l));
            }
            log[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) sum += out[c] = Math.exp(log[c] - max);
        for (int c = 0; c < CLASSES; c++) out[c] /= sum;
    }

    /** Posterior probability that a pair with this comparison vector is the same person. */
    public double probability(long pattern) {
        double[] post = new double[CLASSES];
        posteriors(pattern, post);
        return post[MATCH] + post[MOVED];
    }

    /** log2 of P(vector | same person) / P(vector | not the same person): the Fellegi–Sunter match weight. */
    public double weight(long pattern) {
        double[] log = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            double s = 0;
            for (int f = 0; f < fields.size(); f++) {
                int l = Field.level(pattern, f);
                if (l > 0) s += Math.log(theta(c, f, l));
            }
            log[c] = s;
        }
        return (mix(log, MATCH, MOVED) - mix(log, HOUSEHOLD, UNRELATED)) / Math.log(2);
    }

    /** log of the prior-weighted mixture of two classes' likelihoods, normalised by their joint prior. */
    private double mix(double[] log, int c1, int c2) {
        double both = prior[c1] + prior[c2];
        double a = Math.log(prior[c1] / both) + log[c1], b = Math.log(prior[c2] / both) + log[c2];
        return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    private double mixed(int c1, int c2, int f, int l) {
        return (prior[c1] * theta(c1, f, l) + prior[c2] * theta(c2, f, l)) / (prior[c1] + prior[c2]);
    }

    /** P(level | same person). */
    public double m(int f, int l) {
        return mixed(MATCH, MOVED, f, l);
    }

    /** P(level | not the same person): household and unrelated classes mixed by their shares. */
    public double u(int f, int l) {
        return mixed(HOUSEHOLD, UNRELATED, f, l);
    }

    /** The weight field {@code f} at level {@code l} contributes on its own, in bits (log2 m/u). */
    public double fieldWeight(int f, int l) {
        return l == 0 ? 0 : Math.log(m(f, l) / u(f, l)) / Math.log(2);
    }

    public double matchShare() {
        return prior[MATCH] + prior[MOVED];
    }

    public double householdShare() {
        return prior[HOUSEHOLD];
    }

    public int iterations() {
        return iterations;
    }

    public List<Field> fields() {
        return fields;
    }

    /** m, u and weight of every level, one line per level, for reports and docs. */
    public String describe() {
        StringBuilder b = new StringBuilder(String.format(
                "shares: same person %.5f, same person moved %.5f, same household %.5f, unrelated %.5f after %d EM iterations%n",
                prior[MATCH], prior[MOVED], prior[HOUSEHOLD], prior[UNRELATED], iterations));
        for (int f = 0; f < fields.size(); f++) {
            for (int l = 1; l <= fields.get(f).levelCount(); l++) {
                b.append(String.format("  %-14s %-30s m=%.4f u=%.6f household=%.4f w=%+.2f%n", fields.get(f).name(),
                        fields.get(f).levelName(l), m(f, l), u(f, l), theta(HOUSEHOLD, f, l), fieldWeight(f, l)));
            }
        }
        return b.toString();
    }
}
