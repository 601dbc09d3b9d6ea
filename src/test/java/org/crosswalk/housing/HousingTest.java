package org.crosswalk.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.HouseholdForm;
import org.crosswalk.families.Households;
import org.crosswalk.families.Journey;
import org.crosswalk.families.NewFamilyForm;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Housing on real PostgreSQL: history in HUD codes, subsidies, burden from families' income, alerts and the cliff. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HousingTest {

    @Autowired Housing housing;
    @Autowired Households households;
    @Autowired Journey journey;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    StaffUser caseManager;
    StaffUser partner;
    final LocalDate today = LocalDate.now();

    @BeforeAll
    void staff() {
        long region = fixtures.region("Housing Region");
        long agency = fixtures.agency("Housing Rapid Rehousing", AgencyKind.HOUSING, region);
        long benefits = fixtures.agency("Housing Benefits Office", AgencyKind.BENEFITS, region);
        caseManager = fixtures.staff("housing-cm", Role.HOUSING_CASE_MANAGER, agency, null);
        partner = fixtures.staff("housing-partner", Role.PARTNER_STAFF, benefits, null);
    }

    private HouseholdId family(String last) {
        return fixtures.singleMother(caseManager, "Rosa", last, false);
    }

    private UUID subsidy(HouseholdId household, SubsidyType type, LocalDate start, LocalDate end, String rent, String share, String limit) {
        return housing.recordSubsidy(caseManager.viewer(), household, new SubsidyForm(type.code(), start, end, rent, share, limit));
    }

    @Test
    void theHistoryRunsFromShelterToARentalAndIsPublishedWithClasses() {
        HouseholdId household = family("Shelterfirst");
        housing.recordSituation(caseManager.viewer(), household, new SituationForm(101, today.minusDays(200)));
        housing.recordSituation(caseManager.viewer(), household, new SituationForm(435, today.minusDays(100)));
        var overview = housing.overview(caseManager.viewer(), household);
        assertThat(overview.current().situation()).isEqualTo(LivingSituation.RENTAL_WITH_SUBSIDY);
        assertThat(overview.situations()).extracting(Situation::endedOn).containsExactly(null, today.minusDays(100));
        var facts = jdbc.sql("select code, class, started_on, ended_on from housing.living_situation_facts where household_id = :h order by started_on")
                .param("h", household.value())
                .query((rs, n) -> List.of(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        String.valueOf(rs.getObject(4, LocalDate.class)))).list();
        assertThat(facts).containsExactly(
                List.of(101, "homeless", today.minusDays(200), today.minusDays(100).toString()),
                List.of(435, "permanent", today.minusDays(100), "null"));
    }

    @Test
    void aMoveMustBeAMoveOnItsOwnDayAndNotInTheFuture() {
        HouseholdId household = family("Movesonce");
        housing.recordSituation(caseManager.viewer(), household, new SituationForm(314, today.minusDays(30)));
        assertThatThrownBy(() -> housing.recordSituation(caseManager.viewer(), household, new SituationForm(314, today.minusDays(3))))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("code");
        assertThatThrownBy(() -> housing.recordSituation(caseManager.viewer(), household, new SituationForm(101, today.minusDays(30))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("one place a day");
        assertThatThrownBy(() -> housing.recordSituation(caseManager.viewer(), household, new SituationForm(101, today.plusDays(1))))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("startedOn");
        assertThatThrownBy(() -> housing.recordSituation(caseManager.viewer(), household, new SituationForm(17, today)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("code");
    }

    @Test
    void rentBurdenUsesTheFamilysLatestIncome() {
        HouseholdId household = family("Burden");  // $610 a month, $0 earned
        subsidy(household, SubsidyType.RRH, today.minusDays(10), today.plusDays(200), "1,400", "420", null);
        Subsidy s = housing.overview(caseManager.viewer(), household).subsidies().getFirst();
        assertThat(s.status()).isEqualTo(Subsidy.Status.ACTIVE);
        assertThat(s.burden().withSubsidy()).isEqualByComparingTo("68.9");
        assertThat(s.burden().withoutSubsidy()).isEqualByComparingTo("229.5");
        assertThat(s.alertDays()).isNull();
        assertThat(jdbc.sql("select tenant_share_cents from housing.subsidy_facts where household_id = :h").param("h", household.value())
                .query(Long.class).single()).isEqualTo(42_000L);
    }

    @Test
    void aFamilyWithoutRecordedIncomeShowsNoBurden() {
        HouseholdId household = households.register(caseManager.viewer(), new NewFamilyForm(
                Fixtures.mother("Ines", "Noincome", LocalDate.of(1993, 5, 2)),
                new HouseholdForm(null, null, "Hartford", "CT", null, null, null, false, null, null)));
        subsidy(household, SubsidyType.HCV, today.minusDays(10), null, "1200", "0", null);
        assertThat(housing.overview(caseManager.viewer(), household).subsidies().getFirst().burden().noIncome()).isTrue();
    }

    @Test
    void aSubsidyEndingInFortyFiveDaysShowsTheSixtyDayAlertEverywhere() {
        HouseholdId household = family("Endingsoon");
        subsidy(household, SubsidyType.RRH, today.minusDays(300), today.plusDays(45), "1400", "420", null);
        assertThat(housing.overview(caseManager.viewer(), household).subsidies().getFirst().alertDays()).isEqualTo(60);
        assertThat(journey.timeline(caseManager.viewer(), household))
                .anySatisfy(e -> assertThat(e.title()).contains("RRH subsidy ends").contains("(60-day alert)"));
        assertThat(journey.today(caseManager.viewer())).anySatisfy(a -> {
            assertThat(a.item().household()).isEqualTo(household);
            assertThat(a.item().what()).isEqualTo("RRH subsidy ends in 45 days (60-day alert)");
            assertThat(a.item().due()).isEqualTo(today.plusDays(45));
        });
    }

    @Test
    void theCliffIsFlaggedWhenEarningsPassTheLimitAndMarketRentIsOutOfReach() {
        HouseholdId household = family("Cliffedge");
        var details = households.open(caseManager.viewer(), household);
        households.update(caseManager.viewer(), household, new HouseholdForm("12 Elm St", null, "Hartford", "CT", "06106",
                "3000", "2600", false, null, details.version()));
        subsidy(household, SubsidyType.RRH, today.minusDays(60), today.plusDays(300), "1400", "700", "2500");
        Subsidy s = housing.overview(caseManager.viewer(), household).subsidies().getFirst();
        assertThat(s.incomeCliff()).isTrue();
        assertThat(s.burden().withoutSubsidy()).isEqualByComparingTo("46.7");
        assertThat(journey.today(caseManager.viewer())).anySatisfy(a -> {
            assertThat(a.item().household()).isEqualTo(household);
            assertThat(a.item().kind()).isEqualTo("Income cliff");
        });
    }

    @Test
    void subsidiesDoNotOverlapAndTheTenantPaysNoMoreThanTheRent() {
        HouseholdId household = family("Overlapping");
        assertThatThrownBy(() -> subsidy(household, SubsidyType.RRH, today, null, "1000", "1000.01", null))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("tenantShare");
        subsidy(household, SubsidyType.RRH, today.minusDays(100), today.plusDays(50), "1000", "300", null);
        assertThatThrownBy(() -> subsidy(household, SubsidyType.HCV, today.plusDays(50), null, "1000", "300", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already has a RRH subsidy");
        UUID hcv = subsidy(household, SubsidyType.HCV, today.plusDays(51), null, "1000", "300", null);
        assertThat(hcv).isNotNull();
    }

    @Test
    void aSubsidyEndsOnceAndNotBeforeItStarted() {
        HouseholdId household = family("Endsonce");
        UUID rrh = subsidy(household, SubsidyType.RRH, today.minusDays(100), null, "1000", "300", null);
        assertThatThrownBy(() -> housing.endSubsidy(caseManager.viewer(), household, rrh, new EndSubsidyForm(today.minusDays(101))))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("endsOn");
        housing.endSubsidy(caseManager.viewer(), household, rrh, new EndSubsidyForm(today.minusDays(1)));
        assertThatThrownBy(() -> housing.endSubsidy(caseManager.viewer(), household, rrh, new EndSubsidyForm(today)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already ended");
        assertThat(housing.overview(caseManager.viewer(), household).subsidies().getFirst().status()).isEqualTo(Subsidy.Status.ENDED);
        assertThat(jdbc.sql("select count(*) from audit.event where household_id = :h and action = 'SUBSIDY_END_SET'")
                .param("h", household.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void partnerStaffWithConsentReadButDoNotChange() {
        HouseholdId household = family("Partnerview");
        fixtures.consent(caseManager, household, today.minusDays(1), today.plusDays(60), java.util.Set.of(partner.viewer().agencyId()), false);
        assertThat(housing.overview(partner.viewer(), household).situations()).isEmpty();
        assertThatThrownBy(() -> housing.recordSituation(partner.viewer(), household, new SituationForm(101, today)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
