package org.crosswalk.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.linkage.matching.MatchResult;
import org.crosswalk.linkage.matching.MatchSettings;
import org.crosswalk.linkage.matching.Matcher;
import org.crosswalk.linkage.matching.PersonRecord;
import org.crosswalk.linkage.matching.SyntheticPeople;
import org.junit.jupiter.api.Test;

class SyntheticPeopleTest {

    @Test
    void isSeededAndOverlapsByHalfOfEachSide() {
        var a = SyntheticPeople.generate(10_000, 7);
        var b = SyntheticPeople.generate(10_000, 7);
        assertThat(a.left()).isEqualTo(b.left());
        assertThat(a.right()).isEqualTo(b.right());
        assertThat(a.left()).hasSize(10_000);
        assertThat(a.right()).hasSize(10_000);
        // 15,000 people; the first third of a shuffle is in both files: 5,000 true pairs
        assertThat(Quality.truePairs(a.left(), a.right(), r -> SyntheticPeople.entity(r.id()))).isEqualTo(5_000);
    }

    @Test
    void namesHaveManyDistinctValuesWithASkewedFrequency() {
        List<PersonRecord> people = SyntheticPeople.generate(20_000, 1).left();
        Map<String, Integer> surnames = new HashMap<>();
        people.forEach(p -> surnames.merge(p.surname(), 1, Integer::sum));
        int top = surnames.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(surnames.size()).isGreaterThan(5_000);
        assertThat(top).as("commonest surname share").isBetween(100, 800); // 0.5 %–4 % of 20,000
    }

    @Test
    void linksTenThousandPairsWithHighAccuracy() {
        var data = SyntheticPeople.generate(10_000, 3);
        MatchResult r = Matcher.plain(MatchSettings.defaults()).link(data.left(), data.right());
        Quality q = Quality.of(r.oneToOneLinks().stream().map(p -> new int[] {p.left(), p.right()}).toList(), data.left(),
                data.right(), p -> SyntheticPeople.entity(p.id()));
        System.out.println("synthetic 10k × 10k with 1:1: " + q);
        assertThat(q.f1()).isGreaterThanOrEqualTo(0.99);
    }
}
