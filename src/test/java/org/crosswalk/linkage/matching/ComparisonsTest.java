package org.crosswalk.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComparisonsTest {

    final PlainScheme scheme = new PlainScheme();

    static PersonRecord person(String given, String surname, String dob, String ssn) {
        return new PersonRecord("x", given, surname, "F", dob, ssn, "12", "main street", "", "springfield", "01103", "ma");
    }

    long compare(PersonRecord a, PersonRecord b) {
        return scheme.compare(scheme.prepare(a), scheme.prepare(b));
    }

    @Test
    void jaroWinklerGivesWinklersPublishedValues() {
        assertThat(Text.jaroWinkler("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
        assertThat(Text.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, within(1e-4));
        assertThat(Text.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.8133, within(1e-4));
        assertThat(Text.jaroWinkler("jones", "johnson")).isCloseTo(0.8324, within(1e-4));
        assertThat(Text.jaroWinkler("abc", "xyz")).isZero();
    }

    @Test
    void theCheapBoundIsNeverBelowJaroWinkler() {
        java.util.Random random = new java.util.Random(7);
        List<String> names = SyntheticPeople.generate(2_000, 3).left().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.givenName(), r.surname(), r.street()))
                .map(Text::clean).filter(n -> !n.isEmpty()).toList();
        int below = 0;
        for (int i = 0; i < 200_000; i++) {
            String a = names.get(random.nextInt(names.size())), b = names.get(random.nextInt(names.size()));
            double jw = Text.jaroWinkler(a, b), bound = Text.jaroWinklerUpperBound(a, Text.letters(a), b, Text.letters(b));
            assertThat(bound).as("%s / %s", a, b).isGreaterThanOrEqualTo(jw - 1e-12);
            if (bound < 0.8) below++;
        }
        assertThat(below).as("the bound settles most random pairs").isGreaterThan(100_000);
    }

    @Test
    void thePatternTableCountsEveryDistinctVectorThroughItsGrowth() {
        long[] patterns = new long[100_000];
        for (int i = 0; i < patterns.length; i++) patterns[i] = (i * 7919L) % 20_000;
        PatternTable table = PatternTable.of(patterns, patterns.length);
        long distinct = 0, total = 0;
        for (int s = 0; s < table.capacity(); s++) {
            if (!table.used(s)) continue;
            distinct++;
            total += table.count(s);
            assertThat(table.count(s)).isEqualTo(5);
        }
        assertThat(distinct).isEqualTo(20_000);
        assertThat(total).isEqualTo(100_000);
    }

    @Test
    void oneEditCoversSubstitutionInsertionDeletionAndAdjacentSwap() {
        assertThat(Text.oneEditApart("6233", "6323")).isTrue();
        assertThat(Text.oneEditApart("smith", "smyth")).isTrue();
        assertThat(Text.oneEditApart("smith", "smiths")).isTrue();
        assertThat(Text.oneEditApart("smith", "mith")).isTrue();
        assertThat(Text.oneEditApart("smith", "simht")).isFalse();
        assertThat(Text.oneEditApart("smith", "smith")).isFalse();
    }

    @Test
    void nicknamesAreCloseNotExact() {
        long p = compare(person("William", "Jones", "19800305", ""), person("Bill", "Jones", "19800305", ""));
        assertThat(Field.level(p, PlainScheme.GIVEN)).as("nickname").isEqualTo(3);
        assertThat(Field.level(p, PlainScheme.SURNAME)).as("exact, and no frequencies learnt: rare").isEqualTo(5);
        assertThat(Field.level(p, PlainScheme.SSN)).as("blank SSN carries no weight").isZero();
    }

    @Test
    void anExactCommonNameIsItsOwnWeakerLevel() {
        List<PlainScheme.Prepared> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) many.add(scheme.prepare(person("Maria", "Garcia" + (char) ('a' + i), "19800305", "")));
        Scheme<PlainScheme.Prepared> learnt = scheme.learn(many, List.of());
        long p = learnt.compare(many.get(0), many.get(1));
        assertThat(Field.level(p, PlainScheme.GIVEN)).as("maria: 20 of 20 records").isEqualTo(4);
        assertThat(Field.level(learnt.compare(scheme.prepare(person("Xiomara", "Q", "", "")), scheme.prepare(person("Xiomara", "Q", "", ""))),
                PlainScheme.GIVEN)).isEqualTo(5);
    }

    @Test
    void doubleSurnameSharesAPart() {
        long p = compare(person("Maria", "Garcia-Lopez", "19800305", ""), person("Maria", "Lopez", "19800305", ""));
        assertThat(Field.level(p, PlainScheme.SURNAME)).isEqualTo(3);
    }

    @Test
    void firstAndLastNameSwapped() {
        long p = compare(person("Lucy", "Fitzpatrick", "19800305", ""), person("Fitzpatrick", "Lucy", "19800305", ""));
        assertThat(Field.level(p, PlainScheme.GIVEN)).isEqualTo(5);
        assertThat(Field.level(p, PlainScheme.SURNAME)).isEqualTo(5);
    }

    @Test
    void dayMonthSwapAndYearOffByOne() {
        assertThat(PlainScheme.dob("19800305", "19800503")).isEqualTo(3);
        assertThat(PlainScheme.dob("19800305", "19810305")).isEqualTo(3);
        assertThat(PlainScheme.dob("19800305", "19800306")).isEqualTo(2);
        assertThat(PlainScheme.dob("19800305", "19750812")).isEqualTo(1);
        assertThat(PlainScheme.dob("19800305", "19803005")).as("adjacent digits swapped").isEqualTo(2);
        assertThat(PlainScheme.dob("19800305", "19800350")).isEqualTo(2);
        assertThat(PlainScheme.dob("19800305", "19810306")).as("two digits apart").isEqualTo(1);
    }

    @Test
    void ssnFullOrLastFourWithASwap() {
        assertThat(Field.level(compare(person("a", "b", "", "123-45-6789"), person("a", "b", "", "123456789")), PlainScheme.SSN)).isEqualTo(4);
        assertThat(Field.level(compare(person("a", "b", "", "123-45-6789"), person("a", "b", "", "6789")), PlainScheme.SSN)).isEqualTo(3);
        assertThat(Field.level(compare(person("a", "b", "", "123-45-6789"), person("a", "b", "", "123-45-6798")), PlainScheme.SSN)).isEqualTo(2);
        assertThat(Field.level(compare(person("a", "b", "", "123-45-6789"), person("a", "b", "", "987-65-4321")), PlainScheme.SSN)).isEqualTo(1);
    }
}
