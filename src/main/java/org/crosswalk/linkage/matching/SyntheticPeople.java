package org.crosswalk.linkage.matching;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of two agencies' files of the same population, with known truth and partial
 * overlap; the corruption model is documented in docs/linkage.md ("Synthetic data").
 *
 * <p>Population: 1.5 N people in households (1–6 members sharing an address, mostly a surname; 1 % of
 * children twins). A third appear in both files, a third only on the left, a third only on the right.
 * Names: 50,000 surnames and 12,000 given names made of syllables, drawn with Zipf frequencies
 * (exponents 0.75 and 0.85, so the commonest surname holds about 1.7 % of people and the commonest
 * given name about 5 %, as in US data), with the real given names of the nickname table shuffled
 * among the 400 commonest. 3,000 postcodes, each with its suburb and 40 streets.
 */
public final class SyntheticPeople {

    public record Pair(List<PersonRecord> left, List<PersonRecord> right) {}

    private static final String[] SYLLABLES = {"ba", "be", "bi", "bo", "bu", "ca", "ce", "co", "da", "de", "di", "do", "fa",
            "fe", "fi", "ga", "go", "ha", "he", "hi", "ja", "jo", "ka", "ke", "ki", "la", "le", "li", "lo", "lu", "ma", "me",
            "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "pi", "ra", "re", "ri", "ro", "ru", "sa", "se", "si", "so", "ta",
            "te", "ti", "to", "va", "ve", "vi", "wa", "we", "ya", "za", "zo", "an", "el", "in", "or", "us", "ar", "en", "on",
            "son", "ton", "ley", "man", "berg", "stein", "ford", "ez", "ski", "wood", "ner", "ler", "ia", "ette", "ine"};
    private static final String[] STREET_KINDS = {"street", "avenue", "road", "drive", "lane", "court", "place", "way"};
    private static final String[] STATES = {"ma", "ct", "ri", "nh", "vt", "me", "ny"};

    private final Random random;
    private final String[] surnames, givenNames, suburbs, streetNames;
    private final double[] surnameCdf, givenCdf;
    private final List<String[]> nicknameGroups;

    private SyntheticPeople(long seed) {
        random = new Random(seed);
        nicknameGroups = readNicknames();
        surnames = words(50_000, 2, 3, new LinkedHashSet<>());
        Set<String> given = new LinkedHashSet<>();
        for (String[] g : nicknameGroups) given.add(g[0]);
        givenNames = words(12_000, 2, 3, given);
        // the real names among the 400 commonest, in a seeded order (not alphabetical at the top)
        java.util.Collections.shuffle(Arrays.asList(givenNames).subList(0, 400), random);
        suburbs = words(3_000, 2, 4, new LinkedHashSet<>());
        streetNames = words(4_000, 2, 3, new LinkedHashSet<>());
        surnameCdf = zipf(surnames.length, 0.75);
        givenCdf = zipf(givenNames.length, 0.85);
    }

    public static Pair generate(int n, long seed) {
        return new SyntheticPeople(seed).pair(n);
    }

    /** The person a record stands for: "p123-L" and "p123-R" → "p123". */
    public static String entity(String id) {
        return id.substring(0, id.indexOf('-'));
    }

    private Pair pair(int n) {
        int total = n / 2 * 3;
        PersonRecord[] people = new PersonRecord[total];
        int i = 0;
        while (i < total) {
            int size = Math.min(total - i, 1 + (int) Math.min(5, Math.abs(random.nextGaussian() * 1.8)));
            String surname = pick(surnames, surnameCdf);
            Address home = address();
            String twinDob = null;
            for (int m = 0; m < size; m++, i++) {
                String memberSurname = m > 0 && random.nextDouble() < 0.15 ? pick(surnames, surnameCdf) : surname;
                String dob = m > 1 && twinDob != null && random.nextDouble() < 0.01 ? twinDob : dob(m == 0 ? 22 : m == 1 ? 20 : 0, m >= 2);
                if (m >= 2) twinDob = dob;
                String ssn = String.format("%03d%02d%04d", 100 + random.nextInt(800), 1 + random.nextInt(99), random.nextInt(10000));
                people[i] = new PersonRecord("p" + i, pick(givenNames, givenCdf), memberSurname, random.nextBoolean() ? "F" : "M",
                        dob, ssn, home.number, home.street, "", home.suburb, home.postcode, home.state);
            }
        }
        int[] order = shuffled(total);
        List<PersonRecord> left = new ArrayList<>(n), right = new ArrayList<>(n);
        for (int k = 0; k < total; k++) {
            PersonRecord p = people[order[k]];
            int third = k * 3 / total;
            if (third != 2) left.add(light(p));
            if (third != 1) right.add(corrupt(p));
        }
        shuffle(left);
        shuffle(right);
        return new Pair(left, right);
    }

    private record Address(String number, String street, String suburb, String postcode, String state) {}

    private Address address() {
        int pc = random.nextInt(3000);
        return new Address(String.valueOf(1 + random.nextInt(400)),
                streetNames[(pc * 40 + random.nextInt(40)) % streetNames.length] + " " + STREET_KINDS[pc % STREET_KINDS.length],
                suburbs[pc], String.format("%05d", 1000 + pc * 3), STATES[pc % STATES.length]);
    }

    private String dob(int minAge, boolean child) {
        int year = child ? 2000 + random.nextInt(25) : 1950 + random.nextInt(55 - minAge + 20);
        return String.format("%04d%02d%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** The left agency's copy: 3 % blank SSN, 2 % blank date of birth, 2 % a typo in the surname. */
    private PersonRecord light(PersonRecord p) {
        return new PersonRecord(p.id() + "-L", p.givenName(), chance(0.02) ? typo(p.surname()) : p.surname(), p.sex(),
                chance(0.02) ? "" : p.dob(), chance(0.03) ? "" : p.ssn(), p.streetNumber(), p.street(), "", p.suburb(),
                p.postcode(), p.state());
    }

    /** The right agency's copy, corrupted as docs/linkage.md lists. */
    private PersonRecord corrupt(PersonRecord p) {
        String given = p.givenName(), surname = p.surname(), dob = p.dob(), ssn = p.ssn(), sex = p.sex();
        if (chance(0.10)) given = nickname(given);
        if (chance(0.05)) given = typo(given);
        if (chance(0.08)) surname = typo(surname);
        if (chance(0.05)) surname = pick(surnames, surnameCdf); // married, divorced
        else if (chance(0.03)) surname = surname + "-" + pick(surnames, surnameCdf); // double surname
        if (chance(0.01)) {
            String t = given;
            given = surname;
            surname = t;
        }
        if (chance(0.03) && Integer.parseInt(dob.substring(6)) <= 12) dob = dob.substring(0, 4) + dob.substring(6) + dob.substring(4, 6);
        if (chance(0.03)) dob = (Integer.parseInt(dob.substring(0, 4)) + (random.nextBoolean() ? 1 : -1)) + dob.substring(4);
        if (chance(0.02)) dob = digitTypo(dob);
        if (chance(0.02)) dob = "";
        double s = random.nextDouble();
        if (s < 0.15) ssn = "";
        else if (s < 0.45) ssn = ssn.substring(5);
        else if (s < 0.48) ssn = transpose(ssn);
        else if (s < 0.50) ssn = digitTypo(ssn);
        if (chance(0.05)) sex = "";
        else if (chance(0.005)) sex = sex.equals("F") ? "M" : "F";
        String number = p.streetNumber(), street = p.street(), suburb = p.suburb(), postcode = p.postcode(), state = p.state();
        if (chance(0.15)) {
            Address moved = address();
            number = moved.number;
            street = moved.street;
            suburb = moved.suburb;
            postcode = moved.postcode;
            state = moved.state;
        } else if (chance(0.05)) street = typo(street);
        if (chance(0.05)) {
            number = "";
            street = "";
        }
        if (chance(0.03)) postcode = "";
        return new PersonRecord(p.id() + "-R", given, surname, sex, dob, ssn, number, street, "", suburb, postcode, state);
    }

    private String nickname(String given) {
        for (String[] g : nicknameGroups) {
            if (g[0].equals(given) && g.length > 1) return g[1 + random.nextInt(g.length - 1)];
        }
        return given;
    }

    private String typo(String s) {
        if (s.length() < 3) return s;
        int i = 1 + random.nextInt(s.length() - 2);
        char c = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, i) + c + s.substring(i + 1);
            case 1 -> s.substring(0, i) + c + s.substring(i);
            case 2 -> s.substring(0, i) + s.substring(i + 1);
            default -> s.substring(0, i - 1) + s.charAt(i) + s.charAt(i - 1) + s.substring(i + 1);
        };
    }

    private String transpose(String digits) {
        int i = random.nextInt(digits.length() - 1);
        return digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
    }

    private String digitTypo(String digits) {
        int i = 4 + random.nextInt(digits.length() - 4);
        return digits.substring(0, i) + (char) ('0' + random.nextInt(10)) + digits.substring(i + 1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String[] values, double[] cdf) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return values[Math.min(values.length - 1, i < 0 ? -i - 1 : i)];
    }

    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) cdf[k] = sum += Math.pow(k + 1, -s);
        for (int k = 0; k < n; k++) cdf[k] /= sum;
        return cdf;
    }

    private String[] words(int count, int minSyllables, int maxSyllables, Set<String> into) {
        while (into.size() < count) {
            int n = minSyllables + random.nextInt(maxSyllables - minSyllables + 1);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < n; k++) b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            into.add(b.toString());
        }
        return into.toArray(String[]::new);
    }

    private int[] shuffled(int n) {
        int[] a = new int[n];
        for (int k = 0; k < n; k++) a[k] = k;
        for (int k = n - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int t = a[k];
            a[k] = a[j];
            a[j] = t;
        }
        return a;
    }

    private <T> void shuffle(List<T> list) {
        java.util.Collections.shuffle(list, random);
    }

    private static List<String[]> readNicknames() {
        List<String[]> groups = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                SyntheticPeople.class.getResourceAsStream("/linkage/nicknames.csv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) groups.add(line.split(","));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return groups;
    }
}
