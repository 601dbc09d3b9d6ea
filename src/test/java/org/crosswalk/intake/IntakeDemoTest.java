package org.crosswalk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's intake records (loaded on the test start): a program per region and a consistent story per family. */
@CrosswalkIntegrationTest
class IntakeDemoTest {

    @Autowired JdbcClient jdbc;

    @Test
    void eachDemoRegionHasASecureJobsProgramWithTheStandardRules() {
        List<Map<String, Object>> programs = jdbc.sql("""
                        select p.name, count(r.id) as rules from intake.program p
                          join intake.eligibility_rule r on r.program_id = p.id and r.active
                         where p.name in ('Secure Jobs Greater Hartford', 'Secure Jobs Greater New Haven',
                                          'Secure Jobs Fairfield County', 'Secure Jobs Eastern Connecticut')
                         group by p.name
                        """).query().listOfRows();
        assertThat(programs).hasSize(4).allSatisfy(p -> assertThat(p.get("rules")).isEqualTo(3L));
    }

    @Test
    void everyDemoFamilyHasAReferralAndEveryEnrollmentANavigatorHistory() {
        long demoFamiliesWithoutReferral = jdbc.sql("""
                        select count(*) from families.household_facts f
                          join access.agency_directory d on d.agency_id = f.owner_agency_id
                         where d.region_name in ('Greater Hartford', 'Greater New Haven', 'Fairfield County', 'Eastern Connecticut')
                           and not exists (select 1 from intake.referral r where r.household_id = f.household_id)
                        """).query(Long.class).single();
        assertThat(demoFamiliesWithoutReferral).isZero();
        long enrollmentsWithoutCurrentOrClosedAssignment = jdbc.sql("""
                        select count(*) from intake.enrollment e
                         where not exists (select 1 from intake.navigator_assignment a where a.enrollment_id = e.id
                                            and (a.to_date is null) = (e.exited_on is null)
                                            and a.navigator_user_id = e.navigator_user_id)
                        """).query(Long.class).single();
        assertThat(enrollmentsWithoutCurrentOrClosedAssignment).isZero();
    }

    @Test
    void statusesAgreeWithTheSteps() {
        long enrolledWithoutEnrollment = jdbc.sql("""
                        select count(*) from intake.referral r where r.status = 'ENROLLED'
                           and not exists (select 1 from intake.enrollment e where e.referral_id = r.id)
                        """).query(Long.class).single();
        long assessedBeforeContact = jdbc.sql("""
                        select count(*) from intake.assessment a join intake.referral r on r.id = a.referral_id
                         where not exists (select 1 from intake.contact_attempt c where c.referral_id = r.id and c.reached
                                            and c.attempted_on <= a.assessed_on)
                        """).query(Long.class).single();
        long stepsOutOfOrder = jdbc.sql("""
                        select count(*) from intake.referral r
                          join intake.enrollment e on e.referral_id = r.id
                         where e.start_date < r.referred_on or e.exited_on < e.start_date
                        """).query(Long.class).single();
        assertThat(List.of(enrolledWithoutEnrollment, assessedBeforeContact, stepsOutOfOrder)).containsOnly(0L);
    }
}
