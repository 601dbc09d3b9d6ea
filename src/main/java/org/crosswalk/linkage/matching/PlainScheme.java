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

    private final java.util.Set<String> commonGiven, commonSurnames;

    public PlainScheme() {
        this(java.util.Set.of(), java.util.Set.of());
    }

    private PlainScheme(java.util.Set<String> commonGiven, java.util.Set<String> commonSurnames) {
        this.commonGiven = commonGiven;
        this.commonSurnames = commonSurnames;
    }

    /** Learns which given names and surnames are common in this run's data (term-frequency levels). */
    @Override
    public Scheme<Prepared> learn(List<Prepared> left, List<Prepared> right) {
        return new PlainScheme(common(left, right, p -> p.given), common(left, right, p -> p.surname));
    }

    static java.util.Set<String> common(List<Prepared> left, List<Prepared> right, java.util.function.Function<Prepared, String> value) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Prepared p : left) counts.merge(value.apply(p), 1, Integer::sum);
        for (Prepared p : right) counts.merge(value.apply(p), 1, Integer::sum);
        counts.remove("");
        double limit = Math.max(5, COMMON_SHARE * (left.size() + right.size()));
        java.util.Set<String> common = new java.util.HashSet<>();
        counts.forEach((k, n) -> {
            if (n > limit) common.add(k);
        });
        return common;
    }

    /** A record cleaned once, with everything the comparisons and keys need precomputed. */
    public static final class Prepared {
        final String given, surname, givenCode, surnameCode, dob, ssn, sex, streetNumber, street, locality, suburb,
                postcode, state;
        final String[] surnameParts;
        final int[] givenGroups;
        final int year;

        Prepared(PersonRecord r) {
            given = Text.clean(r.givenName()).replace("-", " ");
            surname = Text.clean(r.surname());
            givenCode = code(given);
            surnameCode = code(surname);
            surnameParts = surname.isEmpty() ? new String[0] : surname.split("[- ]+");
            givenGroups = Nicknames.groupsOf(given.contains(" ") ? given.substring(0, given.indexOf(' ')) : given);
            String d = Text.digits(r.dob());
            dob = d.length() == 8 ? d : "";
            year = dob.isEmpty() ? 0 : Integer.parseInt(dob.substring(0, 4));
            ssn = Text.digits(r.ssn());
            sex = Text.clean(r.sex());
            streetNumber = Text.clean(r.streetNumber());
            street = Text.clean(r.street());
            locality = Text.clean(r.locality());
            suburb = Text.clean(r.suburb());
            postcode = Text.digits(r.postcode());
            state = Text.clean(r.state());
        }

        private static String code(String name) {
            if (name.isEmpty()) return "";
            String c = METAPHONE.doubleMetaphone(name.replace("-", "").replace(" ", ""));
            return c == null ? "" : c;
        }

        String last4() {
            return ssn.length() >= 4 ? ssn.substring(ssn.length() - 4) : "";
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
        return new Prepared(record);
    }

    @Override
    public long compare(Prepared a, Prepared b) {
        long p = 0;
        int straightGiven = given(a.given, a.givenCode, a.givenGroups, b.given, b.givenCode, b.givenGroups);
        int straightSurname = surname(a, b);
        int g = straightGiven, s = straightSurname;
        if (straightGiven + straightSurname < 6 && !a.given.isEmpty() && !b.surname.isEmpty()) {
            int swappedGiven = exactAsRare(nameLevel(a.given, a.givenCode, b.surname, b.surnameCode));
            int swappedSurname = exactAsRare(nameLevel(a.surname, a.surnameCode, b.given, b.givenCode));
            if (swappedGiven >= 3 && swappedSurname >= 3 && swappedGiven + swappedSurname > g + s) {
                g = swappedGiven;
                s = swappedSurname;
            }
        }
        p = Field.with(p, GIVEN, g);
        p = Field.with(p, SURNAME, s);
        p = Field.with(p, DOB, dob(a.dob, b.dob));
        p = Field.with(p, SSN, ssn(a, b));
        p = Field.with(p, SEX, a.sex.isEmpty() || b.sex.isEmpty() ? 0 : a.sex.equals(b.sex) ? 2 : 1);
        p = Field.with(p, STREET_NUMBER, exact(a.streetNumber, b.streetNumber));
        p = Field.with(p, STREET, text(a.street, b.street));
        p = Field.with(p, LOCALITY, text(a.locality, b.locality));
        p = Field.with(p, SUBURB, text(a.suburb, b.suburb));
        p = Field.with(p, POSTCODE, a.postcode.isEmpty() || b.postcode.isEmpty() ? 0
                : a.postcode.equals(b.postcode) ? 3 : Text.oneEditApart(a.postcode, b.postcode) ? 2 : 1);
        p = Field.with(p, STATE, exact(a.state, b.state));
        return p;
    }

    int given(String a, String aCode, int[] aGroups, String b, String bCode, int[] bGroups) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.equals(b)) return commonGiven.contains(a) ? 4 : 5;
        if (Nicknames.shareAGroup(aGroups, bGroups)) return 3;
        if ((a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0)) return 2;
        return nameLevel(a, aCode, b, bCode);
    }

    private int surname(Prepared a, Prepared b) {
        if (a.surname.isEmpty() || b.surname.isEmpty()) return 0;
        if (a.surname.equals(b.surname)) return commonSurnames.contains(a.surname) ? 4 : 5;
        int level = nameLevel(a.surname, a.surnameCode, b.surname, b.surnameCode);
        if (level < 3 && (a.surnameParts.length > 1 || b.surnameParts.length > 1)) {
            for (String x : a.surnameParts) for (String y : b.surnameParts) if (x.length() > 1 && x.equals(y)) return 3;
        }
        return level;
    }

    private static int exactAsRare(int level) {
        return level == 4 ? 5 : level;
    }

    /** Exact 4, Jaro-Winkler ≥ 0.92 or one edit 3, Jaro-Winkler ≥ 0.80 or same Double Metaphone 2, else 1. */
    static int nameLevel(String a, String aCode, String b, String bCode) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.equals(b)) return 4;
        double jw = Text.jaroWinkler(a, b);
        if (jw >= 0.92 || (a.length() > 3 && Text.oneEditApart(a, b))) return 3;
        if (jw >= 0.80 || (!aCode.isEmpty() && aCode.equals(bCode))) return 2;
        return 1;
    }

    static int text(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.equals(b)) return 4;
        double jw = Text.jaroWinkler(a, b);
        return jw >= 0.92 ? 3 : jw >= 0.80 ? 2 : 1;
    }

    private static int exact(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? 0 : a.equals(b) ? 2 : 1;
    }

    /** yyyyMMdd: exact 4; day and month swapped, or year ±1 with the same day and month, 3; one digit or adjacent swap 2. */
    static int dob(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.equals(b)) return 4;
        String ya = a.substring(0, 4), yb = b.substring(0, 4);
        String ma = a.substring(4, 6), mb = b.substring(4, 6), da = a.substring(6), db = b.substring(6);
        if (ya.equals(yb) && ma.equals(db) && da.equals(mb)) return 3;
        if (ma.equals(mb) && da.equals(db) && Math.abs(Integer.parseInt(ya) - Integer.parseInt(yb)) == 1) return 3;
        if (Text.oneEditApart(a, b)) return 2;
        return 1;
    }

    static int ssn(Prepared a, Prepared b) {
        if (a.ssn.length() < 4 || b.ssn.length() < 4) return 0;
        if (a.fullSsn() && b.fullSsn()) {
            if (a.ssn.equals(b.ssn)) return 4;
            return Text.oneEditApart(a.ssn, b.ssn) ? 2 : 1;
        }
        String x = a.last4(), y = b.last4();
        if (x.equals(y)) return 3;
        return Text.oneEditApart(x, y) ? 2 : 1;
    }

    @Override
    public int keyCount() {
        return 9;
    }

    @Override
    public long key(Prepared r, int k) {
        return switch (k) {
            case 0 -> r.surnameCode.isEmpty() || r.year == 0 ? 0 : Keys.hash(1, r.surnameCode, r.year);
            case 1 -> r.given.length() < 2 || r.postcode.isEmpty() ? 0 : Keys.hash(2, r.given.substring(0, 2), r.postcode);
            case 2 -> r.ssn.length() < 4 || r.year == 0 ? 0 : Keys.hash(3, r.last4(), r.year);
            case 3 -> r.givenCode.isEmpty() || r.surnameCode.isEmpty() ? 0 : Keys.hashUnordered(4, r.givenCode, r.surnameCode);
            case 4 -> r.givenCode.isEmpty() || r.dob.isEmpty() ? 0
                    : Keys.hash(5, r.givenCode, Keys.unorderedDayMonth(r.dob));
            case 5 -> !r.fullSsn() ? 0 : Keys.hash(6, Keys.sortedDigits(r.ssn), 0);
            case 6 -> r.dob.isEmpty() || r.postcode.isEmpty() ? 0 : Keys.hash(7, r.dob, r.postcode);
            case 7 -> r.dob.isEmpty() || r.surnameCode.isEmpty() ? 0 : Keys.hash(8, r.dob, r.surnameCode);
            case 8 -> r.dob.isEmpty() || r.ssn.length() < 4 ? 0 : Keys.hash(9, Keys.unorderedDayMonth(r.dob), Keys.sortedDigits(r.last4()));
            default -> throw new IllegalArgumentException("no key " + k);
        };
    }

    @Override
    public String sortKey(Prepared r) {
        return r.surname.isEmpty() && r.given.isEmpty() ? null : r.surname + " " + r.given;
    }
}
