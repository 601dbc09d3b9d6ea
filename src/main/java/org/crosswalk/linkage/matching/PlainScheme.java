package org.crosswalk.linkage.matching;

import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Comparisons over clear text: names by exact / nickname / Jaro-Winkler / Double Metaphone, with
 * hyphenated or double surnames and first/last swaps; date of birth with day-month swap and year ±1;
 * SSN full or last four with one typo or swap; sex; street number, street, locality, suburb, postcode,
 * state. Blocking keys: phonetic surname + birth year, first-name prefix + postcode, SSN last 4 +
 * birth year, phonetic given + phonetic surname (order-free, so swaps meet), phonetic given name +
 * birth day-and-month (order-free, so surname changes and day/month swaps meet), the SSN's digits
 * in sorted order (so transpositions meet), date of birth + postcode, date of birth + phonetic
 * surname, birth day-and-month + last 4 digits sorted; and a
 * sorted-neighbourhood pass over surname + given name.
 */
public final class PlainScheme implements Scheme<PlainScheme.Prepared> {

    static final int GIVEN = 0, SURNAME = 1, DOB = 2, SSN = 3, SEX = 4, STREET_NUMBER = 5, STREET = 6,
            LOCALITY = 7, SUBURB = 8, POSTCODE = 9, STATE = 10;

    private static final List<String> NAME_LEVELS = List.of("disagree", "similar", "close", "exact");
    private static final List<Field> FIELDS = List.of(
            new Field("given name", List.of("disagree", "similar or initial", "nickname or close", "exact, common name", "exact")),
            new Field("surname", List.of("disagree", "similar", "close or part of a double name", "exact, common name", "exact")).as(Field.Role.FAMILY),
            new Field("date of birth", List.of("disagree", "one digit", "day/month swap or year ±1", "exact")),
            new Field("SSN", List.of("disagree", "one typo or swap", "last 4 agree", "exact")),
            new Field("sex", List.of("disagree", "agree")),
            new Field("street number", List.of("disagree", "agree")).as(Field.Role.PLACE),
            new Field("street", NAME_LEVELS).as(Field.Role.PLACE),
            new Field("locality", NAME_LEVELS).as(Field.Role.PLACE),
            new Field("suburb", NAME_LEVELS).as(Field.Role.PLACE),
            new Field("postcode", List.of("disagree", "one digit", "exact")).as(Field.Role.PLACE),
            new Field("state", List.of("disagree", "agree")).as(Field.Role.PLACE));

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    /** A name held by more than this share of the records is "common": agreeing on it says less. */
    static final double COMMON_SHARE = 0.002;

    /**
     * Every distinct cleaned value becomes one shared {@link Token}, so comparing two records
     * compares references and small ints in two compact objects, and a name's phonetic code,
     * nickname groups and surname parts are computed once per name rather than once per pair (or
     * per record). Shared by the schemes {@link #learn} returns, so records prepared before or after
     * learning compare alike.
     */
    private final Dictionary dictionary;
    /** Indexed by token id: the given names and surnames this run's data holds often (term-frequency levels). */
    private final boolean[] commonGiven, commonSurnames;

    public PlainScheme() {
        this(new Dictionary(), new boolean[0], new boolean[0]);
    }

    private PlainScheme(Dictionary dictionary, boolean[] commonGiven, boolean[] commonSurnames) {
        this.dictionary = dictionary;
        this.commonGiven = commonGiven;
        this.commonSurnames = commonSurnames;
    }

    /** Learns which given names and surnames are common in this run's data (term-frequency levels). */
    @Override
    public Scheme<Prepared> learn(List<Prepared> left, List<Prepared> right) {
        return new PlainScheme(dictionary, common(left, right, p -> p.given), common(left, right, p -> p.surname));
    }

    private boolean[] common(List<Prepared> left, List<Prepared> right, java.util.function.Function<Prepared, Token> value) {
        int[] counts = new int[dictionary.size()];
        for (Prepared p : left) counts[value.apply(p).id]++;
        for (Prepared p : right) counts[value.apply(p).id]++;
        double limit = Math.max(5, COMMON_SHARE * (left.size() + right.size()));
        boolean[] common = new boolean[counts.length];
        for (int id = 1; id < counts.length; id++) common[id] = counts[id] > limit; // id 0 is the blank
        return common;
    }

    private static boolean common(boolean[] common, Token t) {
        return t.id < common.length && common[t.id];
    }

    /** One distinct cleaned value (a name, a street, a ZIP code...) and what comparisons derive from it once. */
    static final class Token {
        /** Within this scheme's dictionary, for frequency tables; never in a blocking key (see {@link #hash}). */
        final int id;
        final String text;
        /**
         * 64-bit hashes of the text and of a name's Double Metaphone code (0: none), from the content
         * alone, so blocking keys agree between dictionaries (two agencies encoding apart, in
         * privacy-preserving mode) and two names sound alike when their codes' hashes are equal.
         */
        final long hash, code;
        /** Which characters occur in the text ({@link Text#letters}), for a cheap bound on Jaro-Winkler. */
        final long letters;
        /** Nickname groups of a name's first word, sorted. */
        final int[] groups;
        /** The parts of a double or hyphenated surname (empty for a single one). */
        final Token[] parts;

        Token(int id, String text, long code, int[] groups, Token[] parts) {
            this.id = id;
            this.text = text;
            this.hash = text.isEmpty() ? 0 : Keys.text(text);
            this.letters = Text.letters(text);
            this.code = code;
            this.groups = groups;
            this.parts = parts;
        }

        boolean blank() {
            return id == 0;
        }
    }

    /** Interns cleaned values into tokens; safe to use from the parallel preparation. */
    static final class Dictionary {
        private final java.util.concurrent.ConcurrentHashMap<String, Token> names = new java.util.concurrent.ConcurrentHashMap<>(),
                values = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger(1);
        static final Token BLANK = new Token(0, "", 0, new int[0], new Token[0]);

        int size() {
            return ids.get();
        }

        /** A plain value: equality and string similarity only. */
        Token value(String text) {
            if (text.isEmpty()) return BLANK;
            return values.computeIfAbsent(text, t -> new Token(ids.getAndIncrement(), t, 0, Nicknames.groupsOf(""), new Token[0]));
        }

        /** A name: with its phonetic code, nickname groups and parts. */
        Token name(String text) {
            if (text.isEmpty()) return BLANK;
            Token t = names.get(text);
            if (t != null) return t;
            String[] split = text.split("[- ]+");
            Token[] parts = new Token[0];
            if (split.length > 1) {
                parts = new Token[split.length];
                for (int i = 0; i < split.length; i++) parts[i] = name(split[i]);
            }
            String first = text.contains(" ") ? text.substring(0, text.indexOf(' ')) : text;
            String c = METAPHONE.doubleMetaphone(text.replace("-", "").replace(" ", ""));
            long code = c == null || c.isEmpty() ? 0 : Keys.text(c);
            Token fresh = new Token(ids.getAndIncrement(), text, code, Nicknames.groupsOf(first), parts);
            Token raced = names.putIfAbsent(text, fresh);
            return raced == null ? fresh : raced;
        }
    }

    /** A record cleaned once: tokens, the date of birth as an int, the SSN's digits. */
    public static final class Prepared {
        final Token given, surname, sex, streetNumber, street, locality, suburb, postcode, state;
        /** yyyyMMdd, 0 when blank or not a full date; year; day and month order-free (smaller * 100 + larger). */
        final int dob, year, dayMonth;
        final String ssn;
        /** the last four digits of the SSN, -1 when it has fewer than four */
        final int last4;

        Prepared(PersonRecord r, Dictionary d) {
            given = d.name(Text.clean(r.givenName()).replace("-", " "));
            surname = d.name(Text.clean(r.surname()));
            String digits = Text.digits(r.dob());
            dob = digits.length() == 8 ? Integer.parseInt(digits) : 0;
            year = dob / 10000;
            int mm = dob / 100 % 100, dd = dob % 100;
            dayMonth = Math.min(mm, dd) * 100 + Math.max(mm, dd);
            ssn = Text.digits(r.ssn());
            last4 = ssn.length() >= 4 ? Integer.parseInt(ssn.substring(ssn.length() - 4)) : -1;
            sex = d.value(Text.clean(r.sex()));
            streetNumber = d.value(Text.clean(r.streetNumber()));
            street = d.value(Text.clean(r.street()));
            locality = d.value(Text.clean(r.locality()));
            suburb = d.value(Text.clean(r.suburb()));
            postcode = d.value(Text.digits(r.postcode()));
            state = d.value(Text.clean(r.state()));
        }

        boolean fullSsn() {
            return ssn.length() >= 7;
        }
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }

    @Override
    public Prepared prepare(PersonRecord record) {
        return new Prepared(record, dictionary);
    }

    @Override
    public long compare(Prepared a, Prepared b) {
        long p = 0;
        int straightGiven = given(a.given, b.given);
        int straightSurname = surname(a.surname, b.surname);
        int g = straightGiven, s = straightSurname;
        if (straightGiven + straightSurname < 6 && !a.given.blank() && !b.surname.blank()) {
            // crossed over: worth it only when both crossed names agree closely (level 3 or more)
            int swappedGiven = exactAsRare(nameLevel(a.given, b.surname));
            if (swappedGiven >= 3) {
                int swappedSurname = exactAsRare(nameLevel(a.surname, b.given));
                if (swappedSurname >= 3 && swappedGiven + swappedSurname > g + s) {
                    g = swappedGiven;
                    s = swappedSurname;
                }
            }
        }
        p = Field.with(p, GIVEN, g);
        p = Field.with(p, SURNAME, s);
        p = Field.with(p, DOB, dob(a.dob, b.dob));
        p = Field.with(p, SSN, ssn(a, b));
        p = Field.with(p, SEX, exact(a.sex, b.sex));
        p = Field.with(p, STREET_NUMBER, exact(a.streetNumber, b.streetNumber));
        p = Field.with(p, STREET, text(a.street, b.street));
        p = Field.with(p, LOCALITY, text(a.locality, b.locality));
        p = Field.with(p, SUBURB, text(a.suburb, b.suburb));
        p = Field.with(p, POSTCODE, a.postcode.blank() || b.postcode.blank() ? 0
                : a.postcode == b.postcode ? 3 : Text.oneEditApart(a.postcode.text, b.postcode.text) ? 2 : 1);
        p = Field.with(p, STATE, exact(a.state, b.state));
        return p;
    }

    private int given(Token a, Token b) {
        if (a.blank() || b.blank()) return 0;
        if (a == b) return common(commonGiven, a) ? 4 : 5;
        if (Nicknames.shareAGroup(a.groups, b.groups)) return 3;
        if ((a.text.length() == 1 || b.text.length() == 1) && a.text.charAt(0) == b.text.charAt(0)) return 2;
        return nameLevel(a, b);
    }

    private int surname(Token a, Token b) {
        if (a.blank() || b.blank()) return 0;
        if (a == b) return common(commonSurnames, a) ? 4 : 5;
        int level = nameLevel(a, b);
        if (level < 3 && (a.parts.length > 1 || b.parts.length > 1)) {
            Token[] xs = a.parts.length > 0 ? a.parts : new Token[] {a}, ys = b.parts.length > 0 ? b.parts : new Token[] {b};
            for (Token x : xs) for (Token y : ys) if (x == y && x.text.length() > 1) return 3;
        }
        return level;
    }

    private static int exactAsRare(int level) {
        return level == 4 ? 5 : level;
    }

    /** Exact 4, Jaro-Winkler ≥ 0.92 or one edit 3, Jaro-Winkler ≥ 0.80 or same Double Metaphone 2, else 1. */
    static int nameLevel(Token a, Token b) {
        if (a.blank() || b.blank()) return 0;
        if (a == b) return 4;
        double jw = similarity(a, b);
        if (jw >= 0.92 || (a.text.length() > 3 && Text.oneEditApart(a.text, b.text))) return 3;
        if (jw >= 0.80 || (a.code != 0 && a.code == b.code)) return 2;
        return 1;
    }

    static int text(Token a, Token b) {
        if (a.blank() || b.blank()) return 0;
        if (a == b) return 4;
        double jw = similarity(a, b);
        return jw >= 0.92 ? 3 : jw >= 0.80 ? 2 : 1;
    }

    /**
     * Jaro-Winkler, or its upper bound when that is already below 0.80, the lowest threshold any
     * level asks about: both then fall in the same levels, and most unrelated names stop here.
     */
    private static double similarity(Token a, Token b) {
        double bound = Text.jaroWinklerUpperBound(a.text, a.letters, b.text, b.letters);
        return bound < 0.80 ? bound : Text.jaroWinkler(a.text, b.text);
    }

    private static int exact(Token a, Token b) {
        return a.blank() || b.blank() ? 0 : a == b ? 2 : 1;
    }

    /** yyyyMMdd as text (tests and docs): see {@link #dob(int, int)}. */
    static int dob(String a, String b) {
        return dob(a.isEmpty() ? 0 : Integer.parseInt(a), b.isEmpty() ? 0 : Integer.parseInt(b));
    }

    /** yyyyMMdd: exact 4; day and month swapped, or year ±1 with the same day and month, 3; one digit or adjacent swap 2. */
    static int dob(int a, int b) {
        if (a == 0 || b == 0) return 0;
        if (a == b) return 4;
        int ya = a / 10000, yb = b / 10000, ma = a / 100 % 100, mb = b / 100 % 100, da = a % 100, db = b % 100;
        if (ya == yb && ma == db && da == mb) return 3;
        if (ma == mb && da == db && Math.abs(ya - yb) == 1) return 3;
        if (oneDigitOrSwap(a, b, 8)) return 2;
        return 1;
    }

    /**
     * Whether two numbers of {@code digits} digits (leading zeros counted) differ by one digit or
     * by one swap of adjacent digits: {@link Text#oneEditApart} for equal lengths, without strings.
     */
    static boolean oneDigitOrSwap(long a, long b, int digits) {
        if (a == b) return false;
        int diffs = 0, at1 = -1, at2 = -1, a1 = 0, b1 = 0, a2 = 0, b2 = 0;
        for (int i = 0; i < digits; i++, a /= 10, b /= 10) { // from the last digit
            int x = (int) (a % 10), y = (int) (b % 10);
            if (x == y) continue;
            if (++diffs > 2) return false;
            if (diffs == 1) {
                at1 = i;
                a1 = x;
                b1 = y;
            } else {
                at2 = i;
                a2 = x;
                b2 = y;
            }
        }
        return a == b && (diffs == 1 || (at2 == at1 + 1 && a1 == b2 && a2 == b1));
    }

    static int ssn(Prepared a, Prepared b) {
        if (a.last4 < 0 || b.last4 < 0) return 0;
        if (a.fullSsn() && b.fullSsn()) {
            if (a.ssn.equals(b.ssn)) return 4;
            return Text.oneEditApart(a.ssn, b.ssn) ? 2 : 1;
        }
        if (a.last4 == b.last4) return 3;
        return oneDigitOrSwap(a.last4, b.last4, 4) ? 2 : 1;
    }

    @Override
    public int keyCount() {
        return 9;
    }

    @Override
    public long key(Prepared r, int k) {
        long surnameCode = r.surname.code, givenCode = r.given.code;
        return switch (k) {
            case 0 -> surnameCode == 0 || r.year == 0 ? 0 : Keys.hash(1, surnameCode, r.year);
            case 1 -> r.given.text.length() < 2 || r.postcode.blank() ? 0
                    : Keys.hash(2, r.given.text.charAt(0) << 16 | r.given.text.charAt(1), r.postcode.hash);
            case 2 -> r.last4 < 0 || r.year == 0 ? 0 : Keys.hash(3, r.last4, r.year);
            case 3 -> givenCode == 0 || surnameCode == 0 ? 0 : Keys.hash(4, Math.min(givenCode, surnameCode), Math.max(givenCode, surnameCode));
            case 4 -> givenCode == 0 || r.dob == 0 ? 0 : Keys.hash(5, givenCode, r.dayMonth);
            case 5 -> !r.fullSsn() ? 0 : Keys.hash(6, Long.parseLong(Keys.sortedDigits(r.ssn)), r.ssn.length());
            case 6 -> r.dob == 0 || r.postcode.blank() ? 0 : Keys.hash(7, r.dob, r.postcode.hash);
            case 7 -> r.dob == 0 || surnameCode == 0 ? 0 : Keys.hash(8, r.dob, surnameCode);
            case 8 -> r.dob == 0 || r.last4 < 0 ? 0 : Keys.hash(9, r.dayMonth, sortedDigits(r.last4));
            default -> throw new IllegalArgumentException("no key " + k);
        };
    }

    /** The four digits of {@code last4} (leading zeros counted) in ascending order, as a number. */
    private static int sortedDigits(int last4) {
        int[] d = {last4 / 1000, last4 / 100 % 10, last4 / 10 % 10, last4 % 10};
        java.util.Arrays.sort(d);
        return d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3] + 10_000;
    }

    @Override
    public String sortKey(Prepared r) {
        return r.surname.blank() && r.given.blank() ? null : r.surname.text + " " + r.given.text;
    }
}
