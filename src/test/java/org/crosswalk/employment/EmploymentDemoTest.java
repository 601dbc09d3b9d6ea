package org.crosswalk.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded demo (161 families) shows every part of jobs and retention to a new user. */
@CrosswalkIntegrationTest
class EmploymentDemoTest {

    private static final String DEMO = """
            join families.household_facts hf on hf.household_id = f.household_id
            join access.agency_directory a on a.agency_id = hf.owner_agency_id
             and a.region_name in ('Greater Hartford', 'Greater New Haven', 'Fairfield County', 'Eastern Connecticut')
            """;

    @Autowired JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyRegionHasEmployersInEverySectorWithOpenings() {
        var perRegion = jdbc.sql("""
                        select a.region_name, count(distinct e.id) as employers, count(distinct e.industry) as sectors,
                               count(o.id) filter (where o.closed_on is null) as open_openings
                          from employment.employer e
                          join (select distinct region_id, region_name from access.agency_directory) a on a.region_id = e.region_id
                          left join employment.opening o on o.employer_id = e.id
                         where a.region_name in ('Greater Hartford', 'Greater New Haven', 'Fairfield County', 'Eastern Connecticut')
                         group by a.region_name
                        """)
                .query((rs, n) -> Map.entry(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)})).list();
        assertThat(perRegion).hasSize(4).allSatisfy(e -> {
            assertThat(e.getValue()[0]).isEqualTo(6);
            assertThat(e.getValue()[1]).isEqualTo(6);
            assertThat(e.getValue()[2]).isGreaterThanOrEqualTo(6);
        });
    }

    @Test
    void placementsCoverNewJobsBetterJobsAndJobsAtEnrollment() {
        assertThat(count("select count(*) from employment.placement_facts f " + DEMO + " where f.job_kind = 'NEW_JOB'")).isGreaterThan(20);
        assertThat(count("select count(*) from employment.placement_facts f " + DEMO + " where f.held_at_enrollment")).isGreaterThan(3);
        assertThat(count("select count(*) from employment.placement_facts f " + DEMO + " where f.better_job")).isGreaterThan(0);
        assertThat(count("select count(*) from employment.placement_facts f " + DEMO + " where f.end_date is not null and not f.held_at_enrollment")).isGreaterThan(0);
        assertThat(count("select min(hourly_wage_cents) from employment.placement_facts f " + DEMO + " where not f.held_at_enrollment")).isGreaterThanOrEqualTo(15_00);
        assertThat(count("select max(hourly_wage_cents) from employment.placement_facts f " + DEMO)).isLessThanOrEqualTo(24_00);
        assertThat(count("select count(*) from employment.placement_facts f " + DEMO + " where hours_per_week < 10 or hours_per_week > 40")).isZero();
    }

    @Test
    void pastCheckInsAreAnsweredExceptAFewOverdueAndNoneEarly() {
        long answered = count("select count(*) from employment.checkin_facts f " + DEMO + " where f.answered_on is not null");
        long overdue = count("select count(*) from employment.checkin_facts f " + DEMO + " where f.answered_on is null and f.due_on < current_date");
        assertThat(answered).isGreaterThan(30);
        assertThat(overdue).isBetween(1L, answered / 4);
        assertThat(count("select count(*) from employment.checkin_facts f " + DEMO + " where f.answered_on < f.due_on - 7 or f.answered_on > current_date")).isZero();
    }

    @Test
    void someParentsTrainAndEarnCredentials() {
        assertThat(count("select count(*) from employment.training f " + DEMO)).isGreaterThan(5);
        assertThat(count("select count(*) from employment.credential f " + DEMO)).isGreaterThan(0);
    }
}
