package org.crosswalk.linkage.matching;

/** Cleaning and the string similarities the comparisons use; allocation-free where it runs per pair. */
final class Text {

    private Text() {}

    /** Lower case letters, digits, single spaces and hyphens; null and blank become "". */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '\'') {
                if (c == '\'') continue;
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            } else if (Character.isWhitespace(c) || c == '.' || c == ',') {
                space = true;
            } else if (Character.isLetter(c)) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    static String digits(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') b.append(c);
        }
        return b.toString();
    }

    private static final ThreadLocal<boolean[][]> FLAGS = ThreadLocal.withInitial(() -> new boolean[][] {new boolean[64], new boolean[64]});

    /** Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters, boost above a Jaro of 0.7), the textbook definition. */
    static double jaroWinkler(String s, String t) {
        if (s.equals(t)) return 1.0;
        if (s.length() > t.length()) { // the shorter string drives the greedy matching, as in commons-text
            String x = s;
            s = t;
            t = x;
        }
        int n = s.length(), m = t.length();
        if (n == 0 || m == 0) return 0.0;
        if (m <= 64) return jaroWinklerShort(s, t);
        boolean[][] f = FLAGS.get();
        if (f[0].length < n || f[1].length < m) {
            f = new boolean[][] {new boolean[Math.max(n, m) * 2], new boolean[Math.max(n, m) * 2]};
            FLAGS.set(f);
        }
        boolean[] fs = f[0], ft = f[1];
        java.util.Arrays.fill(fs, 0, n, false);
        java.util.Arrays.fill(ft, 0, m, false);
        int range = Math.max(0, Math.max(n, m) / 2 - 1);
        int matches = 0;
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - range), hi = Math.min(m - 1, i + range);
            char c = s.charAt(i);
            for (int j = lo; j <= hi; j++) {
                if (!ft[j] && t.charAt(j) == c) {
                    fs[i] = true;
                    ft[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0;
        for (int i = 0, j = 0; i < n; i++) {
            if (!fs[i]) continue;
            while (!ft[j]) j++;
            if (s.charAt(i) != t.charAt(j)) transpositions++;
            j++;
        }
        double mm = matches;
        double jaro = (mm / n + mm / m + (mm - transpositions / 2) / mm) / 3.0;
        if (jaro < 0.7) return jaro; // Winkler's boost threshold
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(n, m)); i++) {
            if (s.charAt(i) == t.charAt(i)) prefix++;
            else break;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /** As {@link #jaroWinkler} for strings of at most 64 characters ({@code s} the shorter): flags in two longs, nothing allocated. */
    private static double jaroWinklerShort(String s, String t) {
        int n = s.length(), m = t.length();
        long fs = 0, ft = 0;
        int range = Math.max(0, m / 2 - 1);
        int matches = 0;
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - range), hi = Math.min(m - 1, i + range);
            char c = s.charAt(i);
            for (int j = lo; j <= hi; j++) {
                if ((ft & (1L << j)) == 0 && t.charAt(j) == c) {
                    fs |= 1L << i;
                    ft |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0;
        for (int i = 0, j = 0; i < n; i++) {
            if ((fs & (1L << i)) == 0) continue;
            while ((ft & (1L << j)) == 0) j++;
            if (s.charAt(i) != t.charAt(j)) transpositions++;
            j++;
        }
        double mm = matches;
        double jaro = (mm / n + mm / m + (mm - transpositions / 2) / mm) / 3.0;
        if (jaro < 0.7) return jaro;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, n); i++) {
            if (s.charAt(i) == t.charAt(i)) prefix++;
            else break;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /** The bit of a character in a {@link #letters} mask: a–z, 0–9, anything else folded onto the rest. */
    static int bit(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= '0' && c <= '9') return 26 + c - '0';
        return 36 + c % 28;
    }

    /** Which character bits occur in {@code s}. */
    static long letters(String s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) mask |= 1L << bit(s.charAt(i));
        return mask;
    }

    /**
     * An upper bound of {@link #jaroWinkler}{@code (s, t)} from which characters occur in each
     * ({@code sMask}, {@code tMask} from {@link #letters}) — a few bit operations, and below 0.8 for
     * most unrelated names, so the full computation can be skipped. A character of one string whose
     * bit is absent from the other can match nothing, and each such bit stands for at least one
     * character, so matches ≤ min(|s| − bits of s missing from t, |t| − bits of t missing from s);
     * Jaro and Jaro-Winkler grow with matches and fall with transpositions (taken as none).
     */
    static double jaroWinklerUpperBound(String s, long sMask, String t, long tMask) {
        int n = s.length(), m = t.length();
        if (n == 0 || m == 0) return 0.0;
        int matches = Math.min(n - Long.bitCount(sMask & ~tMask), m - Long.bitCount(tMask & ~sMask));
        if (matches <= 0) return 0.0;
        double jaro = ((double) matches / n + (double) matches / m + 1) / 3.0;
        if (jaro < 0.7) return jaro;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(n, m)); i++) {
            if (s.charAt(i) == t.charAt(i)) prefix++;
            else break;
        }
        return Math.min(1.0, jaro + prefix * 0.1 * (1.0 - jaro));
    }

    /**
     * True when {@code s} and {@code t} are one edit apart: one substitution, one insertion or
     * deletion, or one swap of adjacent characters (Damerau).
     */
    static boolean oneEditApart(String s, String t) {
        int n = s.length(), m = t.length();
        if (Math.abs(n - m) > 1 || s.equals(t)) return false;
        if (n == m) {
            int first = -1, diffs = 0;
            for (int i = 0; i < n; i++) {
                if (s.charAt(i) != t.charAt(i)) {
                    if (diffs++ == 0) first = i;
                    if (diffs > 2) return false;
                }
            }
            if (diffs == 1) return true;
            return first + 1 < n && s.charAt(first) == t.charAt(first + 1) && s.charAt(first + 1) == t.charAt(first)
                    && s.regionMatches(first + 2, t, first + 2, n - first - 2);
        }
        String longer = n > m ? s : t, shorter = n > m ? t : s;
        int i = 0, j = 0;
        boolean skipped = false;
        while (i < longer.length() && j < shorter.length()) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                i++;
                j++;
            } else {
                if (skipped) return false;
                skipped = true;
                i++;
            }
        }
        return true;
    }
}
