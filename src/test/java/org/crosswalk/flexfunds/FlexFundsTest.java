package org.crosswalk.flexfunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Journey;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Request → approve → pay on real PostgreSQL, with balances, caps, the auto-approve threshold and
 * reversals worked out by hand beside each step.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlexFundsTest {

    @Autowired FlexFunds funds;
    @Autowired Pools pools;
    @Autowired Journey journey;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private long pool(FlexTeam team, String budget, String cap, String threshold) {
        return pools.create(team.lead().viewer(), new PoolForm(null, FiscalYear.of(LocalDate.now(clock)).year(), budget, cap, threshold));
    }

    private UUID ask(FlexTeam team, HouseholdId family, Category category, String amount) {
        return funds.request(team.navigator().viewer(), family, new RequestForm(category.name(), amount, "Payee Inc", "Keeps the job",
                UUID.randomUUID().toString())).request().id();
    }

    private FlexRequest.Status status(UUID request) {
        return jdbc.sql("select status from flexfunds.request where id = :id").param("id", request).query(String.class).single()
                .transform(FlexRequest.Status::of);
    }

    private static Money dollars(long d) {
        return new Money(d * 100);
    }

    private PaymentForm check(String number) {
        return new PaymentForm("CHECK", number, UUID.randomUUID().toString());
    }

    @Test
    void balancesCapsThresholdAndReversalsAddUpByHand() {
        FlexTeam team = FlexTeam.of(fixtures, "Balances");
        Viewer lead = team.lead().viewer();
        long pool = pool(team, "1,000", "300", "50");
        pools.budget(lead, pool, new BudgetForm("PHONE", "200", "Phones are most asked for"));
        HouseholdId a = team.sharedFamily("Flexalpha");
        HouseholdId b = team.sharedFamily("Flexbravo");

        UUID phoneA40 = ask(team, a, Category.PHONE, "40");            // under $50: approves itself; committed 40
        assertThat(status(phoneA40)).isEqualTo(FlexRequest.Status.APPROVED);
        UUID phoneA120 = ask(team, a, Category.PHONE, "120");          // waits for the lead
        assertThat(status(phoneA120)).isEqualTo(FlexRequest.Status.REQUESTED);
        funds.approve(lead, phoneA120);                                 // committed 160; phone used 160 of 200
        UUID phoneB90 = ask(team, b, Category.PHONE, "90");
        assertThatThrownBy(() -> funds.approve(lead, phoneB90))        // phone: 200 - 160 = 40 left < 90
                .isInstanceOf(NotEnoughFunds.class).hasMessage("Phone has $40.00 left in its budget.");
        UUID carB250 = ask(team, b, Category.CAR_REPAIR, "250");
        funds.approve(lead, carB250);                                   // committed 410
        funds.pay(lead, phoneA120, check("1001"));                      // committed 290, paid 120
        UUID careA150 = ask(team, a, Category.CHILD_CARE, "150");
        assertThatThrownBy(() -> funds.approve(lead, careA150))        // family A: 300 - 160 = 140 left < 150
                .isInstanceOf(NotEnoughFunds.class).hasMessage("The family has $140.00 left of its $300.00 cap this year.");
        UUID careA140 = ask(team, a, Category.CHILD_CARE, "140");
        funds.approve(lead, careA140);                                  // committed 430; family A used 300
        funds.reverse(lead, carB250, new ReasonForm("The garage fixed it under warranty"));  // committed 180
        funds.pay(lead, phoneA40, check("1002"));                       // committed 140, paid 160

        assertThat(pools.balance(lead, pool)).isEqualTo(new Balance(dollars(1000), dollars(140), dollars(160)));
        assertThat(pools.balance(lead, pool).remaining()).isEqualTo(dollars(700));
        var phone = pools.pool(lead, pool, 0).categories().stream().filter(c -> c.category() == Category.PHONE).findFirst().orElseThrow();
        assertThat(phone.budgeted()).isEqualTo(dollars(200));
        assertThat(phone.paid()).isEqualTo(dollars(160));
        assertThat(phone.remaining()).isEqualTo(dollars(40));
        var familyA = funds.family(team.navigator().viewer(), a);
        assertThat(familyA.familyBalance()).isEqualTo(new Balance(dollars(300), dollars(140), dollars(160)));
        assertThat(familyA.familyBalance().remaining()).isEqualTo(Money.ZERO);
        assertThat(status(carB250)).isEqualTo(FlexRequest.Status.REVERSED);

        // Under the threshold, yet over the family's cap: it waits for the lead instead of approving itself.
        UUID phoneA30 = ask(team, a, Category.PHONE, "30");
        assertThat(status(phoneA30)).isEqualTo(FlexRequest.Status.REQUESTED);

        // Reversing a paid request: one entry undoes the payment, one the approval. Paid 160 - 40 = 120.
        funds.reverse(lead, phoneA40, new ReasonForm("Paid from the family's own benefits instead"));
        assertThat(pools.balance(lead, pool)).isEqualTo(new Balance(dollars(1000), dollars(140), dollars(120)));
        assertThat(funds.family(team.navigator().viewer(), a).familyBalance().remaining()).isEqualTo(dollars(40));
        assertThat(jdbc.sql("select status, paid_cents from flexfunds.request_facts where request_id = :r").param("r", phoneA40)
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2)).single()).isEqualTo("reversed 0");
        assertThat(jdbc.sql("select count(*) from flexfunds.ledger_entry where kind = 'REVERSAL' and pool_id = :p").param("p", pool)
                .query(Long.class).single()).isEqualTo(3);   // the car's approval; the phone's payment and approval

        // A budget never drops below what is committed and paid: phone has $120 paid.
        assertThatThrownBy(() -> pools.budget(lead, pool, new BudgetForm("PHONE", "100", "Cut")))
                .isInstanceOf(InvalidInput.class).hasMessage("Already committed and paid: $120.00; the budget cannot be less.");

        // The published view: every request, with paid net of reversals.
        assertThat(jdbc.sql("select sum(paid_cents) from flexfunds.request_facts where pool_id = :p").param("p", pool)
                .query(Long.class).single()).isEqualTo(120_00);
    }

    @Test
    void theLedgerRefusesChangeAndDeletion() {
        FlexTeam team = FlexTeam.of(fixtures, "Appendonly");
        long pool = pool(team, "500", "100", "0");
        assertThatThrownBy(() -> jdbc.sql("update flexfunds.ledger_entry set budget_delta = 1 where pool_id = :p").param("p", pool).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from flexfunds.ledger_entry where pool_id = :p").param("p", pool).update())
                .hasMessageContaining("append-only");
        assertThat(pools.balance(team.lead().viewer(), pool).budgeted()).isEqualTo(dollars(500));
    }

    @Test
    void aRetriedRequestOrPaymentDoesNothingNew() {
        FlexTeam team = FlexTeam.of(fixtures, "Retries");
        Viewer lead = team.lead().viewer();
        pool(team, "500", "200", "0");
        HouseholdId family = team.sharedFamily("Flexretry");
        var form = new RequestForm("PHONE", "85", "Verizon", "Interview calls", "click-1");
        var first = funds.request(team.navigator().viewer(), family, form);
        var again = funds.request(team.navigator().viewer(), family, form);
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.request().id()).isEqualTo(first.request().id());
        assertThat(funds.family(team.navigator().viewer(), family).requests()).hasSize(1);

        UUID id = first.request().id();
        assertThat(funds.approve(lead, id).replayed()).isFalse();
        assertThat(funds.approve(lead, id).replayed()).isTrue();
        var payment = new PaymentForm("CHECK", "2001", "pay-click-1");
        assertThat(funds.pay(lead, id, payment).replayed()).isFalse();
        var retried = funds.pay(lead, id, payment);
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.request().paymentReference()).isEqualTo("2001");
        assertThatThrownBy(() -> funds.pay(lead, id, new PaymentForm("CHECK", "2002", "pay-click-2")))
                .isInstanceOf(InvalidInput.class).hasMessage("This request was paid already (Check, 2001).");
        assertThat(jdbc.sql("select count(*) from flexfunds.ledger_entry where request_id = :r").param("r", id).query(Long.class).single())
                .isEqualTo(2);   // one APPROVED, one PAID
        // A key is one request's: used by someone else, for something else, it is refused.
        assertThatThrownBy(() -> funds.request(team.lead().viewer(), family, form)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("belongs to another request");
    }

    @Test
    void onlyTheRegionsTeamLeadDecidesAndADeclineNeedsAReason() {
        FlexTeam team = FlexTeam.of(fixtures, "Deciders");
        FlexTeam elsewhere = FlexTeam.of(fixtures, "Elsewhere");
        pool(team, "500", "200", "0");
        HouseholdId family = team.privateFamily("Flexprivate");
        UUID id = ask(team, family, Category.WORK_CLOTHES, "60");
        assertThatThrownBy(() -> funds.approve(team.navigator().viewer(), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funds.approve(elsewhere.lead().viewer(), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funds.decline(team.lead().viewer(), id, new ReasonForm(" ")))
                .isInstanceOf(InvalidInput.class).hasMessage("Say why, so the navigator can tell the family.");
        // The lead decides a request for a family that does not share with the team, without seeing its name.
        var declined = funds.decline(team.lead().viewer(), id, new ReasonForm("A voucher from the career center covers it"));
        assertThat(declined.request().status()).isEqualTo(FlexRequest.Status.DECLINED);
        assertThat(pools.request(team.lead().viewer(), id, funds).familyName()).isNull();
        assertThat(jdbc.sql("select count(*) from audit.event where household_id = :h and action = 'FLEX_REQUEST_VIEWED' and username = :u")
                .param("h", family.value()).param("u", team.lead().getUsername()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> funds.pay(team.lead().viewer(), id, check("1")))
                .isInstanceOf(InvalidInput.class).hasMessage("This request was declined.");
        // The requester sees it on Today.
        assertThat(journey.today(team.navigator().viewer()).stream().map(i -> i.item().what()).toList())
                .anyMatch(w -> w.contains("Work clothes and tools $60.00 was declined: A voucher from the career center covers it"));
    }

    @Test
    void aFamilyWithoutAPoolIsToldToAskTheTeamLead() {
        FlexTeam team = FlexTeam.of(fixtures, "Nopool");
        HouseholdId family = team.sharedFamily("Flexnopool");
        assertThatThrownBy(() -> ask(team, family, Category.PHONE, "20")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("no flexible-funds pool for FY");
        assertThatThrownBy(() -> ask(team, family, Category.PHONE, "-5")).isInstanceOf(InvalidInput.class)
                .hasMessage("Enter the amount in dollars, like 85 or 1,250.50.");
    }

    @Test
    void aTeamLeadOpensPoolsOnlyForTheirOwnRegionAndOncePerYear() {
        FlexTeam team = FlexTeam.of(fixtures, "Openers");
        FlexTeam other = FlexTeam.of(fixtures, "Openers Elsewhere");
        int year = FiscalYear.of(LocalDate.now(clock)).year();
        long pool = pools.create(team.lead().viewer(), new PoolForm(other.region(), year, "900", "300", "25"));
        assertThat(pools.pool(team.lead().viewer(), pool, 0).pool().regionId()).isEqualTo(team.region());
        assertThatThrownBy(() -> pools.create(team.lead().viewer(), new PoolForm(null, year, "900", "300", "25")))
                .isInstanceOf(InvalidInput.class).hasMessage("The region has a pool for FY" + year + " already.");
        assertThatThrownBy(() -> pools.create(other.lead().viewer(), new PoolForm(null, year, "900", "1,000", "25")))
                .isInstanceOf(InvalidInput.class).hasMessage("The cap per family cannot be more than the whole budget ($900.00).");
        assertThatThrownBy(() -> pools.pool(other.lead().viewer(), pool, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void fiscalYearsRunJulyToJuneNamedByTheirEnd() {
        assertThat(FiscalYear.of(LocalDate.of(2026, 6, 30)).year()).isEqualTo(2026);
        assertThat(FiscalYear.of(LocalDate.of(2026, 7, 1)).year()).isEqualTo(2027);
        assertThat(new FiscalYear(2027).first()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(new FiscalYear(2027).last()).isEqualTo(LocalDate.of(2027, 6, 30));
    }
}
