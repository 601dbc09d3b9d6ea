package org.crosswalk.intake.eligibility;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosswalk.intake.LivingSituation.SituationClass;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.Money;

/**
 * One eligibility rule: a kind and its parameter, judged in Java against a referral's facts. No
 * scripts: a program's administrator picks from these kinds and fills in the parameter.
 */
public sealed interface EligibilityRule {

    RuleKind kind();

    /** The rule as the administrator and the caseworker read it. */
    String describe();

    /** Empty when the rule holds; otherwise why not, in the caseworker's words. */
    Optional<String> failureFor(ReferralFacts facts);

    /** The referral form field the rule is about, so a failure can be shown beside it. */
    default String field() {
        return "programId";
    }

    record HeadMinimumAge(int years) implements EligibilityRule {
        public RuleKind kind() {
            return RuleKind.HEAD_MIN_AGE;
        }

        public String describe() {
            return "Head of household is " + years + " or older";
        }

        public Optional<String> failureFor(ReferralFacts facts) {
            Integer age = facts.headAge();
            if (age == null) {
                return Optional.of("The head of household's date of birth is not recorded, so their age (" + years
                        + " or older) cannot be checked. Add it on the family's page.");
            }
            return age >= years ? Optional.empty()
                    : Optional.of("The head of household is " + age + "; the program takes heads of household aged " + years + " or older.");
        }
    }

    record ChildUnderAge(int years) implements EligibilityRule {
        public RuleKind kind() {
            return RuleKind.CHILD_UNDER_AGE;
        }

        public String describe() {
            return "Household has at least one child under " + years;
        }

        public Optional<String> failureFor(ReferralFacts facts) {
            return facts.anyoneElseYoungerThan(years) ? Optional.empty()
                    : Optional.of("No one under " + years + " is recorded in the household; the program serves families with a child under " + years + ".");
        }
    }

    /** The family lives in one of the classes, or (for example) comes from rapid re-housing whatever its situation. */
    record LivingSituationIn(Set<SituationClass> classes, Set<ReferralSource> orSources) implements EligibilityRule {
        public LivingSituationIn {
            classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
            orSources = orSources == null || orSources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(orSources));
        }

        public RuleKind kind() {
            return RuleKind.LIVING_SITUATION;
        }

        public String describe() {
            String text = "Current living situation is " + classList();
            return orSources.isEmpty() ? text : text + ", or referred from " + sourceList(orSources);
        }

        public Optional<String> failureFor(ReferralFacts facts) {
            if (facts.situation() != null && classes.contains(facts.situation().situationClass())) {
                return Optional.empty();
            }
            if (facts.source() != null && orSources.contains(facts.source())) {
                return Optional.empty();
            }
            String now = facts.situation() == null ? "not given" : facts.situation().situationClass().lowerLabel();
            return Optional.of("The current living situation is " + now + "; the program takes families whose situation is "
                    + classList() + (orSources.isEmpty() ? "." : ", or referred from " + sourceList(orSources) + "."));
        }

        @Override
        public String field() {
            return "livingSituation";
        }

        private String classList() {
            return EnumSet.copyOf(classes).stream().map(SituationClass::lowerLabel).collect(Collectors.joining(" or "));
        }
    }

    record ReferredFrom(Set<ReferralSource> sources) implements EligibilityRule {
        public ReferredFrom {
            sources = Set.copyOf(EnumSet.copyOf(sources));
        }

        public RuleKind kind() {
            return RuleKind.REFERRAL_SOURCE;
        }

        public String describe() {
            return "Referred from " + sourceList(sources);
        }

        public Optional<String> failureFor(ReferralFacts facts) {
            return facts.source() != null && sources.contains(facts.source()) ? Optional.empty()
                    : Optional.of("The program takes referrals from " + sourceList(sources) + " only.");
        }

        @Override
        public String field() {
            return "source";
        }
    }

    record IncomeAtMost(Money monthly) implements EligibilityRule {
        public RuleKind kind() {
            return RuleKind.MAX_MONTHLY_INCOME;
        }

        public String describe() {
            return "Latest monthly income is at most " + monthly.format();
        }

        public Optional<String> failureFor(ReferralFacts facts) {
            if (facts.latestMonthlyIncome() == null) {
                return Optional.of("No monthly income is recorded for the family, so the limit of " + monthly.format()
                        + " cannot be checked. Record it on the family's page (zero is an answer).");
            }
            return facts.latestMonthlyIncome().compareTo(monthly) <= 0 ? Optional.empty()
                    : Optional.of("The family's latest monthly income, " + facts.latestMonthlyIncome().format()
                    + ", is over the program's limit of " + monthly.format() + ".");
        }
    }

    private static String sourceList(Set<ReferralSource> sources) {
        return EnumSet.copyOf(sources).stream().map(ReferralSource::inSentence).collect(Collectors.joining(" or "));
    }
}
