package org.crosswalk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access rule is written twice for two access paths: the set (access.household_reach) for
 * unnarrowed lists and the per-household boolean (access.may_read) for single reads and narrowed
 * lists. For every staff member and every household in the database (demo cohort plus whatever the
 * other tests created), both must give the same answer, for ordinary and for sensitive information.
 */
@CrosswalkIntegrationTest
class AccessRuleEquivalenceTest {

    @Autowired JdbcClient jdbc;
    @Autowired org.crosswalk.support.Fixtures fixtures;

    @Test
    void theSetAndTheBooleanFormOfTheRuleAgreeForEveryUserAndHousehold() {
        new EveryConsentState(fixtures).create();
        for (boolean sensitive : List.of(false, true)) {
            List<String> disagreements = jdbc.sql("""
                            select u.username || ' / ' || s.household_id
                              from access.staff_user u
                             cross join access.household_steward s
                             where access.may_read(u.id, s.household_id, :sensitive)
                                   <> exists (select 1 from access.household_reach(u.id, :sensitive) r
                                               where r.household_id = s.household_id)
                            """)
                    .param("sensitive", sensitive).query(String.class).list();
            assertThat(disagreements).as("sensitive=" + sensitive).isEmpty();
        }
        long pairs = jdbc.sql("select (select count(*) from access.staff_user) * (select count(*) from access.household_steward)")
                .query(Long.class).single();
        assertThat(pairs).as("pairs compared").isGreaterThan(1000);
    }
}
