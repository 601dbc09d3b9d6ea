package org.crosswalk.flexfunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.Journey;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The seeded demo gives tara (Greater Hartford's team lead) a pool and nina's requests in every state. */
@CrosswalkIntegrationTest
class FlexFundsDemoTest {

    @Autowired JdbcClient jdbc;
    @Autowired Pools pools;
    @Autowired FlexFunds funds;
    @Autowired Journey journey;
    @Autowired UserDetailsService users;

    @Test
    void taraHasAPoolWithRequestsInEveryStateAndTheLedgerAgrees() {
        var tara = ((StaffUser) users.loadUserByUsername("tara")).viewer();
        var team = pools.team(tara);
        var pool = team.pools().stream().filter(p -> p.pool().regionName().equals("Greater Hartford")
                && p.pool().fiscalYear().equals(team.currentYear())).findFirst().orElseThrow();
        List<String> states = jdbc.sql("select status from flexfunds.request_facts where pool_id = :p order by status")
                .param("p", pool.pool().id()).query(String.class).list();
        assertThat(states).containsExactly("approved", "declined", "paid", "paid", "requested", "requested");
        // Paid: $45 bus pass + $380 car repair; committed: $240 child care; of $25,000.
        assertThat(pool.balance()).isEqualTo(new Balance(new org.crosswalk.shared.Money(25_000_00),
                new org.crosswalk.shared.Money(240_00), new org.crosswalk.shared.Money(425_00)));
        assertThat(team.awaitingDecision()).hasSize(2);
        assertThat(team.awaitingPayment()).hasSize(1);
        assertThat(pool.timeToCash().paidRequests()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from flexfunds.request_facts where auto_approved and pool_id = :p").param("p", pool.pool().id())
                .query(Long.class).single()).isEqualTo(1);
    }
}
