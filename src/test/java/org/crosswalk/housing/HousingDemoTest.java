package org.crosswalk.housing;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded demo (161 families and 4 second registrations) shows every part of housing to a new user. */
@CrosswalkIntegrationTest
class HousingDemoTest {

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
    void familiesStartInShelterOrAMotelAndMostEnrolledOnesMoveIntoARental() {
        long first = count("""
                select count(*) from (select distinct on (f.household_id) f.code from housing.living_situation_facts f %s
                 order by f.household_id, f.started_on) s where s.code in (101, 314)""".formatted(DEMO));
        assertThat(first).as("161 cohort families and 4 mothers registered again by another agency").isEqualTo(165);
        assertThat(count("select count(*) from housing.living_situation_facts f " + DEMO + " where f.code = 435")).isGreaterThan(40);
        assertThat(count("select count(*) from housing.living_situation_facts f " + DEMO + " where f.code = 410")).isGreaterThan(0);
        assertThat(count("select count(*) from housing.living_situation_facts f " + DEMO + " where f.code = 101 and f.started_on > (select min(started_on) from housing.living_situation_facts x where x.household_id = f.household_id)"))
                .as("returns to shelter").isGreaterThan(0);
    }

    @Test
    void subsidiesAreMostlyTimeLimitedRrhWithSomeVouchersSomeEndingSoonAndAFewCliffs() {
        long rrh = count("select count(*) from housing.subsidy_facts f " + DEMO + " where f.subsidy_type = 431");
        assertThat(rrh).isGreaterThan(30);
        assertThat(count("select count(*) from housing.subsidy_facts f " + DEMO + " where f.subsidy_type = 431 and f.ended_on is null")).isZero();
        assertThat(count("select count(*) from housing.subsidy_facts f " + DEMO + " where f.subsidy_type = 433 and f.ended_on is null")).isGreaterThan(3);
        assertThat(count("select count(*) from housing.subsidy_facts f " + DEMO + " where f.ended_on between current_date and current_date + 90")).isGreaterThan(2);
        long cliffs = count("""
                select count(*) from housing.subsidy_facts f %s
                 where f.started_on <= current_date and (f.ended_on is null or f.ended_on >= current_date)
                   and hf.latest_earned_income_cents > f.income_limit_cents
                   and f.monthly_rent_cents * 10 > hf.latest_monthly_income_cents * 3""".formatted(DEMO));
        assertThat(cliffs).isBetween(1L, 10L);
    }
}
