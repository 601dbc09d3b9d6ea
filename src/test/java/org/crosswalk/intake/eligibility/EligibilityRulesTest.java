package org.crosswalk.intake.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.crosswalk.intake.LivingSituation;
import org.crosswalk.intake.LivingSituation.SituationClass;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.junit.jupiter.api.Test;

/** The rule vocabulary, judged without a database. */
class EligibilityRulesTest {

    static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
    static final LocalDate HEAD_BORN = LocalDate.of(1995, 6, 1);

    static ReferralFacts aMotherInShelterWithAToddler() {
        return new ReferralFacts(REFERRED, HEAD_BORN, List.of(LocalDate.of(2024, 1, 10)), new Money(61_000),
                LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER);
    }

    static ReferralFacts with(LocalDate headBorn, List<LocalDate> others, LivingSituation situation, ReferralSource source) {
        return new ReferralFacts(REFERRED, headBorn, others, new Money(61_000), situation, source);
    }

    @Test
    void theStandardRulesTakeAMotherInShelterWithAToddler() {
        for (EligibilityRule rule : Programs.standardRules()) {
            assertThat(rule.failureFor(aMotherInShelterWithAToddler())).as(rule.describe()).isEmpty();
        }
    }

    @Test
    void aHeadOfHouseholdMustBeOldEnoughOnTheReferralDay() {
        var rule = new EligibilityRule.HeadMinimumAge(18);
        assertThat(rule.describe()).isEqualTo("Head of household is 18 or older");
        // 18 on the referral day itself counts.
        assertThat(rule.failureFor(with(REFERRED.minusYears(18), List.of(), LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER))).isEmpty();
        assertThat(rule.failureFor(with(REFERRED.minusYears(18).plusDays(1), List.of(), LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER)))
                .hasValueSatisfying(why -> assertThat(why).contains("The head of household is 17"));
        assertThat(rule.failureFor(with(null, List.of(), LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER)))
                .hasValueSatisfying(why -> assertThat(why).contains("date of birth is not recorded"));
        assertThat(rule.field()).isEqualTo("programId");
    }

    @Test
    void aFamilyNeedsAChildUnderTheAgeLimit() {
        var rule = new EligibilityRule.ChildUnderAge(18);
        assertThat(rule.failureFor(with(HEAD_BORN, List.of(REFERRED.minusYears(18)), LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER)))
                .hasValueSatisfying(why -> assertThat(why).contains("No one under 18"));
        assertThat(rule.failureFor(with(HEAD_BORN, List.of(REFERRED.minusYears(18).plusDays(1)), LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER)))
                .isEmpty();
        // A child born after the referral day was not in the household then.
        assertThat(rule.failureFor(with(HEAD_BORN, List.of(REFERRED.plusDays(3)), LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER)))
                .isPresent();
    }

    @Test
    void theLivingSituationRuleTakesTheClassOrARapidRehousingReferral() {
        var rule = new EligibilityRule.LivingSituationIn(Set.of(SituationClass.HOMELESS, SituationClass.TEMPORARY),
                Set.of(ReferralSource.RAPID_REHOUSING));
        assertThat(rule.describe()).isEqualTo("Current living situation is homeless or temporary, or referred from rapid re-housing");
        assertThat(rule.failureFor(with(HEAD_BORN, List.of(), LivingSituation.WITH_FRIENDS_TEMPORARILY, ReferralSource.DIVERSION))).isEmpty();
        assertThat(rule.failureFor(with(HEAD_BORN, List.of(), LivingSituation.RENTAL_WITH_SUBSIDY, ReferralSource.RAPID_REHOUSING))).isEmpty();
        assertThat(rule.failureFor(with(HEAD_BORN, List.of(), LivingSituation.RENTAL_NO_SUBSIDY, ReferralSource.DIVERSION)))
                .hasValue("The current living situation is permanent; the program takes families whose situation is homeless or temporary, or referred from rapid re-housing.");
        assertThat(rule.field()).isEqualTo("livingSituation");
    }

    @Test
    void aSourceRuleNamesTheSourcesItTakes() {
        var rule = new EligibilityRule.ReferredFrom(Set.of(ReferralSource.RAFT, ReferralSource.HOMEBASE));
        assertThat(rule.describe()).isEqualTo("Referred from RAFT or HomeBASE");
        assertThat(rule.failureFor(aMotherInShelterWithAToddler())).hasValue("The program takes referrals from RAFT or HomeBASE only.");
        assertThat(rule.field()).isEqualTo("source");
    }

    @Test
    void anIncomeLimitNeedsARecordedIncome() {
        var rule = new EligibilityRule.IncomeAtMost(new Money(250_000));
        assertThat(rule.failureFor(aMotherInShelterWithAToddler())).isEmpty();
        var noIncome = new ReferralFacts(REFERRED, HEAD_BORN, List.of(), null, LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER);
        assertThat(rule.failureFor(noIncome)).hasValueSatisfying(why -> assertThat(why).contains("No monthly income is recorded"));
        var earning = new ReferralFacts(REFERRED, HEAD_BORN, List.of(), new Money(250_001), LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER);
        assertThat(rule.failureFor(earning)).hasValueSatisfying(why -> assertThat(why).contains("$2,500.01").contains("$2,500.00"));
    }

    @Test
    void judgingListsEveryFailedRuleAndSkipsDisabledOnes() {
        var now = OffsetDateTime.now();
        var rules = List.of(
                new Programs.Rule(1, 9, new EligibilityRule.HeadMinimumAge(18), true, now, null),
                new Programs.Rule(2, 9, new EligibilityRule.ChildUnderAge(18), true, now, null),
                new Programs.Rule(3, 9, new EligibilityRule.ReferredFrom(Set.of(ReferralSource.RAFT)), false, now, null));
        var aYoungMotherAlone = with(REFERRED.minusYears(17), List.of(), LivingSituation.EMERGENCY_SHELTER, ReferralSource.SHELTER);
        assertThat(Eligibility.judge(rules, aYoungMotherAlone)).extracting(FailedRule::ruleId).containsExactly(1L, 2L);
        assertThat(Eligibility.judge(rules, aMotherInShelterWithAToddler())).isEmpty();
    }

    @Test
    void theRuleFormRefusesAMissingOrImplausibleParameterBesideItsField() {
        assertThatThrownBy(() -> new RuleForm(RuleKind.HEAD_MIN_AGE, null, List.of(), List.of(), null).toRule())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("years"));
        assertThatThrownBy(() -> new RuleForm(RuleKind.CHILD_UNDER_AGE, 40, List.of(), List.of(), null).toRule())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("years"));
        assertThatThrownBy(() -> new RuleForm(RuleKind.LIVING_SITUATION, null, List.of(), List.of(ReferralSource.RAFT), null).toRule())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("situationClasses"));
        assertThatThrownBy(() -> new RuleForm(RuleKind.REFERRAL_SOURCE, null, List.of(), List.of(), null).toRule())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("sources"));
        assertThatThrownBy(() -> new RuleForm(RuleKind.MAX_MONTHLY_INCOME, null, List.of(), List.of(), "a lot").toRule())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> new RuleForm(null, 18, List.of(), List.of(), null).toRule())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThat(new RuleForm(RuleKind.MAX_MONTHLY_INCOME, null, List.of(), List.of(), "$2,500").toRule())
                .isEqualTo(new EligibilityRule.IncomeAtMost(new Money(250_000)));
    }

    @Test
    void aRuleSurvivesTheRoundTripThroughItsForm() {
        for (EligibilityRule rule : List.of(new EligibilityRule.HeadMinimumAge(21), new EligibilityRule.ChildUnderAge(6),
                new EligibilityRule.LivingSituationIn(Set.of(SituationClass.HOMELESS), Set.of(ReferralSource.RAPID_REHOUSING)),
                new EligibilityRule.ReferredFrom(Set.of(ReferralSource.SHELTER, ReferralSource.MOTEL)),
                new EligibilityRule.IncomeAtMost(new Money(180_050)))) {
            assertThat(RuleForm.of(rule).toRule()).isEqualTo(rule);
        }
    }
}
