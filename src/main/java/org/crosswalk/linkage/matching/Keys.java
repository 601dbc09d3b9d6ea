package org.crosswalk.linkage.matching;

/** 64-bit hashes for blocking keys (never 0: 0 means "no key"). */
final class Keys {

    private Keys() {}

    static long hash(int kind, String a, Object b) {
        long h = mix(kind * 0x9E3779B97F4A7C15L);
        h = mix(h ^ a.hashCode() * 0xC2B2AE3D27D4EB4FL ^ a.length());
        h = mix(h ^ b.hashCode() * 0x165667B19E3779F9L);
        if (b instanceof String s) h = mix(h ^ (long) s.length() << 32);
        return h == 0 ? 1 : h;
    }

    /** As {@link #hash(int, String, Object)} over two numbers (token ids, dates, digits). */
    static long hash(int kind, long a, long b) {
        long h = mix(kind * 0x9E3779B97F4A7C15L);
        h = mix(h ^ a * 0xC2B2AE3D27D4EB4FL);
        h = mix(h ^ b * 0x165667B19E3779F9L);
        return h == 0 ? 1 : h;
    }

    /** A 64-bit hash of a string's characters (never 0). */
    static long text(String s) {
        long h = 0x632BE59BD9B4E019L ^ s.length();
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001B3L + (h >>> 29);
        h = mix(h);
        return h == 0 ? 1 : h;
    }

    static long hashUnordered(int kind, String a, String b) {
        return a.compareTo(b) <= 0 ? hash(kind, a, b) : hash(kind, b, a);
    }

    /** Day and month of a yyyyMMdd date as an order-free string, so 03-05 and 05-03 share a key. */
    static String unorderedDayMonth(String dob) {
        String m = dob.substring(4, 6), d = dob.substring(6);
        return m.compareTo(d) <= 0 ? m + d : d + m;
    }

    /** The digits of a string in ascending order, so "1243" and "1234" share a key. */
    static String sortedDigits(String digits) {
        char[] c = digits.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
