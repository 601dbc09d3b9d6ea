package org.crosswalk.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo (loaded when the test application starts) holds four mothers registered a second time
 * by the other agency of Greater Hartford, with a nickname or typo, a day/month swap and a move, a
 * dropped letter, a wrong digit of the birth day, a move and no SSN, or a second surname. The
 * catch-up that follows the demo load — here
 * called directly, since the test profile switches the background one off — finds every one of them,
 * links the clear ones and queues the rest for review.
 */
@CrosswalkIntegrationTest
class LinkageDemoTest {

    @Autowired Linkage linkage;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemosSecondRegistrationsAreFoundOnLoad() {
        linkage.matchUnmatched();

        List<Map<String, Object>> pairs = jdbc.sql("""
                        select a.first_name || ' ' || a.last_name as one, b.first_name || ' ' || b.last_name as other, l.status,
                               round(l.probability::numeric, 3) as probability
                          from linkage.link l
                          join families.member_matching_facts a on a.member_id = l.member_a
                          join families.member_matching_facts b on b.member_id = l.member_b
                          join access.agency_directory da on da.agency_id = a.owner_agency_id
                          join access.agency_directory db on db.agency_id = b.owner_agency_id
                         where da.region_name = 'Greater Hartford' and db.region_name = 'Greater Hartford'
                           and a.owner_agency_id <> b.owner_agency_id
                         order by l.probability desc""").query().listOfRows();
        assertThat(pairs).as("the four second registrations, nothing else").hasSize(4);
        assertThat(pairs).filteredOn(p -> p.get("status").equals("LINKED")).hasSize(3);
        assertThat(pairs).filteredOn(p -> p.get("status").equals("REVIEW")).hasSize(1);
    }
}
