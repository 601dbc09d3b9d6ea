package org.crosswalk.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosswalk.access.Organisation;
import org.crosswalk.families.Journey;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The seeded demo cohort (loaded in every test context) shows plans and barriers at every stage. */
@CrosswalkIntegrationTest
class DemoPlansTest {

    /** Households of the demo regions, as reports see them. */
    static final String DEMO = """
            select f.household_id from families.household_facts f
              join access.agency_directory d on d.agency_id = f.owner_agency_id
             where d.region_name in ('Greater Hartford', 'Greater New Haven', 'Fairfield County', 'Eastern Connecticut')
            """;

    @Autowired JdbcClient jdbc;
    @Autowired Journey journey;
    @Autowired UserDetailsService users;
    @Autowired Organisation organisation;

    @Test
    void enrolledFamiliesHavePlansOfOneToThreeRevisionsWithWorkDoneAndWorkOverdue() {
        var revisions = jdbc.sql("select current_revision from plans.plan where household_id in (" + DEMO + ")").query(Integer.class).list();
        assertThat(revisions).hasSizeGreaterThan(50).allSatisfy(n -> assertThat(n).isBetween(1, 3));
        assertThat(revisions).contains(1, 2, 3);
        var statuses = jdbc.sql("""
                        select count(*) filter (where status = 'DONE') as done,
                               count(*) filter (where status in ('PLANNED', 'IN_PROGRESS') and due_on < current_date) as overdue,
                               count(*) filter (where status in ('PLANNED', 'IN_PROGRESS') and due_on >= current_date) as ahead
                          from plans.activity where household_id in (%s)
                        """.formatted(DEMO)).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
        assertThat(statuses.get(0)).isGreaterThan(statuses.get(1));
        assertThat(statuses.get(1)).isPositive();
        assertThat(statuses.get(2)).isPositive();
        assertThat(jdbc.sql("select count(*) from plans.revision_activity r join plans.plan p using (household_id) where p.household_id in (" + DEMO + ")")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void childCareAndTransportationAreTheCommonestBarriersAndDomesticViolenceOnlyWhereRestricted() {
        var kinds = jdbc.sql("select kind from plans.barrier_facts where household_id in (" + DEMO + ") group by kind order by count(*) desc")
                .query(String.class).list();
        assertThat(kinds.subList(0, 2)).containsExactlyInAnyOrder("CHILD_CARE", "TRANSPORTATION");
        assertThat(kinds).contains("MENTAL_HEALTH");
        assertThat(jdbc.sql("""
                        select count(*) from plans.barrier_facts b
                          join access.household_steward s on s.household_id = b.household_id
                         where b.kind = 'DOMESTIC_VIOLENCE' and not s.dv_restricted and b.household_id in (%s)
                        """.formatted(DEMO)).query(Integer.class).single()).isZero();
        var resolved = jdbc.sql("select count(resolved_on)::float / count(*) from plans.barrier_facts where household_id in (" + DEMO + ")")
                .query(Double.class).single();
        assertThat(resolved).isBetween(0.3, 0.95);
    }

    @Test
    void ninaHasPlanWorkOnHerTodayList() {
        var nina = ((org.crosswalk.access.StaffUser) users.loadUserByUsername("nina")).viewer();
        assertThat(journey.today(nina)).extracting(a -> a.item().kind()).contains("Plan activity");
    }
}
