package org.crosswalk.intake.eligibility;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosswalk.intake.LivingSituation.SituationClass;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;

/** The administrator's rule form: a kind and the one parameter that kind takes. */
public record RuleForm(@NotNull(message = "Choose what the rule checks.") RuleKind kind,
                       Integer years, List<SituationClass> situationClasses, List<ReferralSource> sources,
                       String amount) {

    public static RuleForm blank() {
        return new RuleForm(null, null, List.of(), List.of(), null);
    }

    public static RuleForm of(EligibilityRule rule) {
        return switch (rule) {
            case EligibilityRule.HeadMinimumAge r -> new RuleForm(r.kind(), r.years(), List.of(), List.of(), null);
            case EligibilityRule.ChildUnderAge r -> new RuleForm(r.kind(), r.years(), List.of(), List.of(), null);
            case EligibilityRule.LivingSituationIn r -> new RuleForm(r.kind(), null, List.copyOf(EnumSet.copyOf(r.classes())),
                    r.orSources().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(r.orSources())), null);
            case EligibilityRule.ReferredFrom r -> new RuleForm(r.kind(), null, List.of(), List.copyOf(EnumSet.copyOf(r.sources())), null);
            case EligibilityRule.IncomeAtMost r -> new RuleForm(r.kind(), null, List.of(), List.of(), r.monthly().dollars().toPlainString());
        };
    }

    /** The rule this form describes; a missing or implausible parameter is refused beside its field. */
    public EligibilityRule toRule() {
        if (kind == null) {
            throw new InvalidInput("kind", "Choose what the rule checks.");
        }
        return switch (kind) {
            case HEAD_MIN_AGE -> new EligibilityRule.HeadMinimumAge(yearsBetween(14, 99, "A minimum age for the head of household is between 14 and 99."));
            case CHILD_UNDER_AGE -> new EligibilityRule.ChildUnderAge(yearsBetween(1, 25, "A child's age limit is between 1 and 25."));
            case LIVING_SITUATION -> {
                if (situationClasses == null || situationClasses.isEmpty()) {
                    throw new InvalidInput("situationClasses", "Tick at least one class of living situation the program takes.");
                }
                yield new EligibilityRule.LivingSituationIn(Set.copyOf(situationClasses), sources == null ? Set.of() : Set.copyOf(sources));
            }
            case REFERRAL_SOURCE -> {
                if (sources == null || sources.isEmpty()) {
                    throw new InvalidInput("sources", "Tick at least one referral source the program takes.");
                }
                yield new EligibilityRule.ReferredFrom(Set.copyOf(sources));
            }
            case MAX_MONTHLY_INCOME -> new EligibilityRule.IncomeAtMost(monthlyAmount());
        };
    }

    private int yearsBetween(int min, int max, String message) {
        if (years == null || years < min || years > max) {
            throw new InvalidInput("years", message);
        }
        return years;
    }

    private Money monthlyAmount() {
        if (amount == null || amount.isBlank()) {
            throw new InvalidInput("amount", "Enter the monthly income limit in dollars, like 2,500.");
        }
        try {
            Money money = Money.ofDollars(new BigDecimal(amount.strip().replace("$", "").replace(",", "")));
            if (money.cents() <= 0) {
                throw new InvalidInput("amount", "An income limit is more than $0.");
            }
            return money;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput("amount", "Enter the monthly income limit in dollars, like 2,500.");
        }
    }
}
