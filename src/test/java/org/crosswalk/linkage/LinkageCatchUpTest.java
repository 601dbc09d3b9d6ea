package org.crosswalk.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The background catch-up itself (the test profile switches it off for every other class): once
 * the application is ready it matches every member no run has matched yet — here the demo and
 * whatever earlier test classes wrote — without anyone calling it.
 */
@CrosswalkIntegrationTest
class LinkageCatchUpTest {

    @Autowired Linkage linkage;
    @Autowired JdbcClient jdbc;
    @Autowired org.crosswalk.support.Fixtures fixtures;
    @Autowired LinkageFamilies families;

    @Test
    void onceReadyTheCatchUpMatchesEveryUnmatchedMember() throws InterruptedException {
        long region = fixtures.region("Linkage Catch-up Region");
        long agency = fixtures.agency("Linkage Catch-up Housing", org.crosswalk.access.AgencyKind.HOUSING, region);
        var worker = fixtures.staff("lkc-housing", org.crosswalk.access.Role.HOUSING_CASE_MANAGER, agency, null);
        families.mother(worker, "Rosalind", "Achterberg", java.time.LocalDate.of(1991, 4, 9), "318-40-2271", "5 Elm St", "06106");
        assertThat(unmatched()).as("the test profile matches nothing on arrival").isPositive();
        NewMembers arrivals = new NewMembers(linkage, true, 3600);
        try {
            arrivals.startCatchUp();
            assertThat(arrivals.catchingUp()).isTrue();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (unmatched() > 0 && Instant.now().isBefore(deadline)) Thread.sleep(200);
            assertThat(unmatched()).isZero();
        } finally {
            arrivals.stop();
        }
        assertThat(arrivals.catchingUp()).isFalse();
    }

    @Test
    void switchedOffItNeverStarts() {
        NewMembers off = new NewMembers(linkage, false, 1), noInterval = new NewMembers(linkage, true, 0);
        off.startCatchUp();
        noInterval.startCatchUp();
        assertThat(off.catchingUp()).as("match-on-arrival=false").isFalse();
        assertThat(noInterval.catchingUp()).as("catch-up-seconds=0").isFalse();
    }

    private int unmatched() {
        return jdbc.sql("""
                select count(*) from families.member_matching_facts f
                 where not exists (select 1 from linkage.matched_member s where s.member_id = f.member_id)""")
                .query(Integer.class).single();
    }
}
