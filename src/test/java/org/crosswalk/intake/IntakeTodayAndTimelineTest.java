package org.crosswalk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosswalk.intake.IntakeFixtures.allYes;
import static org.crosswalk.intake.IntakeFixtures.fromShelter;
import static org.crosswalk.intake.IntakeFixtures.reachedByPhone;

import java.time.LocalDate;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Consents;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.ActionItem;
import org.crosswalk.families.Journey;
import org.crosswalk.families.TimelineEntry;
import org.crosswalk.intake.IntakeForms.AssessmentForm;
import org.crosswalk.intake.IntakeForms.ReferralForm;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Intake's items on "Today" and its entries on the family's timeline. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeTodayAndTimelineTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired Referrals referrals;
    @Autowired Journey journey;
    @Autowired IntakeToday today;
    @Autowired IntakeTimeline timeline;
    @Autowired Consents consents;
    @Autowired Fixtures fixtures;
    @Autowired IntakeFixtures intake;

    long program;
    long employment;
    StaffUser hank;
    StaffUser nina;
    StaffUser ninaElsewhere;
    StaffUser sensitiveBlind;

    @BeforeAll
    void organisation() {
        long region = fixtures.region("Today Region");
        long housing = fixtures.agency("Today Housing", AgencyKind.HOUSING, region);
        employment = fixtures.agency("Today Employment", AgencyKind.EMPLOYMENT, region);
        long far = fixtures.agency("Today Far Employment", AgencyKind.EMPLOYMENT, fixtures.region("Today Elsewhere"));
        hank = fixtures.staff("td-hank", Role.HOUSING_CASE_MANAGER, housing, null);
        nina = fixtures.staff("td-nina", Role.NAVIGATOR, employment, null);
        ninaElsewhere = fixtures.staff("td-far", Role.NAVIGATOR, far, null);
        sensitiveBlind = nina;
        program = intake.program("Secure Jobs Today Region", region, true);
    }

    HouseholdId aSharedFamily(String last) {
        HouseholdId id = intake.aMotherWithAToddler(hank, "Lena", last);
        fixtures.consent(hank, id, TODAY.minusDays(60), TODAY.plusDays(300), Set.of(employment), false);
        consents.record(hank.viewer(), id, new Consents.NewConsent(TODAY.minusDays(60), TODAY.plusDays(300),
                Set.of(fixtures.agency("Today Far Employment", AgencyKind.EMPLOYMENT, fixtures.region("Today Elsewhere"))), false, false));
        return id;
    }

    @Test
    void aReferralNobodyHasContactedForAWeekIsOnTodayForTheRegionsNavigatorsAndTheReferrer() {
        HouseholdId waiting = aSharedFamily("Todaywaiting");
        ReferralId referral = referrals.refer(hank.viewer(), waiting, fromShelter(program, TODAY.minusDays(9)));
        HouseholdId fresh = aSharedFamily("Todayfresh");
        referrals.refer(hank.viewer(), fresh, fromShelter(program, TODAY.minusDays(3)));

        assertThat(today.actionsFor(nina.viewer(), TODAY)).filteredOn(i -> i.household().equals(waiting)).singleElement()
                .satisfies(i -> {
                    assertThat(i.due()).isEqualTo(TODAY.minusDays(2));
                    assertThat(i.overdueOn(TODAY)).isTrue();
                    assertThat(i.link()).isEqualTo("/households/" + waiting + "/intake/referrals/" + referral + "/contact");
                });
        assertThat(today.actionsFor(nina.viewer(), TODAY)).extracting(ActionItem::household).doesNotContain(fresh);
        assertThat(today.actionsFor(hank.viewer(), TODAY)).extracting(ActionItem::household).contains(waiting);
        // A navigator of another region can read the family but it is not their region's referral.
        assertThat(today.actionsFor(ninaElsewhere.viewer(), TODAY)).extracting(ActionItem::household).doesNotContain(waiting);
        assertThat(journey.today(nina.viewer())).extracting(a -> a.item().household()).contains(waiting);

        referrals.recordContact(nina.viewer(), waiting, referral, reachedByPhone(TODAY));
        assertThat(today.actionsFor(nina.viewer(), TODAY)).extracting(ActionItem::household).doesNotContain(waiting);
    }

    @Test
    void aNotNowFollowUpIsOnTodayWhenDue() {
        HouseholdId family = aSharedFamily("Todayfollowup");
        ReferralId referral = referrals.refer(hank.viewer(), family, fromShelter(program, TODAY.minusDays(40)));
        referrals.recordContact(nina.viewer(), family, referral, reachedByPhone(TODAY.minusDays(38)));
        referrals.assess(nina.viewer(), family, referral,
                new AssessmentForm(TODAY.minusDays(35), allYes(), Decision.NOT_NOW, TODAY.plusDays(1), null, null));
        assertThat(today.actionsFor(nina.viewer(), TODAY)).extracting(ActionItem::household).doesNotContain(family);
        assertThat(today.actionsFor(nina.viewer(), TODAY.plusDays(1))).filteredOn(i -> i.household().equals(family))
                .singleElement().satisfies(i -> {
                    assertThat(i.kind()).isEqualTo("Follow-up");
                    assertThat(i.due()).isEqualTo(TODAY.plusDays(1));
                    assertThat(i.link()).endsWith("/assessment");
                });
    }

    @Test
    void theTimelineTellsEachStepAndHidesASensitiveLivingSituationWithoutConsentToSeeIt() {
        HouseholdId family = aSharedFamily("Todaytimeline");
        ReferralForm fromTreatment = new ReferralForm(program, TODAY.minusDays(5), ReferralSource.OTHER, "Treatment centre discharge planner",
                LivingSituation.SUBSTANCE_USE_TREATMENT.code(), null, true);
        referrals.refer(hank.viewer(), family, fromTreatment);

        var forHousing = timeline.timeline(hank.viewer(), family);
        assertThat(forHousing).extracting(TimelineEntry::title).anyMatch(t -> t.contains("Referral not eligible for Secure Jobs Today Region"));
        assertThat(forHousing).extracting(TimelineEntry::detail).anyMatch(d -> d.contains("205 — Substance use treatment"));

        var forNavigator = timeline.timeline(sensitiveBlind.viewer(), family);
        assertThat(forNavigator).extracting(TimelineEntry::detail)
                .noneMatch(d -> d != null && d.contains("Substance"))
                .anyMatch(d -> d.contains("Institutional setting (details restricted)"));
    }
}
