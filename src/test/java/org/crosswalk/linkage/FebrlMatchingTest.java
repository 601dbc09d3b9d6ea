package org.crosswalk.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosswalk.linkage.matching.MatchPair;
import org.crosswalk.linkage.matching.MatchResult;
import org.crosswalk.linkage.matching.MatchSettings;
import org.crosswalk.linkage.matching.Matcher;
import org.crosswalk.linkage.matching.PersonRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quality (not speed) on the public FEBRL 4 benchmark: 5,000 × 5,000 records, 5,000 true pairs. */
class FebrlMatchingTest {

    static List<PersonRecord> originals, duplicates;
    static MatchResult result;

    @BeforeAll
    static void link() {
        originals = Febrl.read("dataset4a.csv");
        duplicates = Febrl.read("dataset4b.csv");
        result = Matcher.plain(MatchSettings.defaults()).link(originals, duplicates);
        System.out.println(result.model().describe());
    }

    static Quality quality(List<MatchPair> pairs) {
        return Quality.of(pairs.stream().map(p -> new int[] {p.left(), p.right()}).toList(), originals, duplicates,
                r -> Febrl.entity(r.id()));
    }

    @Test
    void readsFiveThousandOnEachSideWithFiveThousandTruePairs() {
        assertThat(originals).hasSize(5000);
        assertThat(duplicates).hasSize(5000);
        assertThat(Quality.truePairs(originals, duplicates, r -> Febrl.entity(r.id()))).isEqualTo(5000);
    }

    @Test
    void blockingKeepsEveryTruePairWhileComparingUnderOnePercentOfAllPairs() {
        long found = 0;
        for (int i = 0; i < result.candidateCount(); i++) {
            if (Febrl.entity(originals.get(result.candidateLeft(i)).id())
                    .equals(Febrl.entity(duplicates.get(result.candidateRight(i)).id()))) found++;
        }
        System.out.printf("candidates %d, blocking recall %.4f, reduction ratio %.5f%n", result.candidateCount(),
                found / 5000.0, result.reductionRatio());
        assertThat(found).isGreaterThanOrEqualTo(4995);
        assertThat(result.reductionRatio()).isGreaterThan(0.99);
    }

    @Test
    void linksWithF1AtLeast0999WithoutAOneToOneConstraint() {
        Quality q = quality(result.links());
        System.out.println("without 1:1 " + q);
        assertThat(q.f1()).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void linksWithF1AtLeast0999WithAOneToOneConstraint() {
        Quality q = quality(result.oneToOneLinks());
        System.out.println("with 1:1 " + q);
        assertThat(q.f1()).isGreaterThanOrEqualTo(0.999);
    }
}
