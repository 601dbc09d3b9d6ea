package org.crosswalk.intake.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.crosswalk.families.Households;
import org.crosswalk.intake.LivingSituation;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.Money;

/**
 * What eligibility rules are judged on: the household as the families module records it, and what
 * the referral says about where the family lives now and who refers it. Ages are on {@code on}.
 */
public record ReferralFacts(LocalDate on, LocalDate headBirthDate, List<LocalDate> othersBirthDates,
                            Money latestMonthlyIncome, LivingSituation situation, ReferralSource source) {

    public ReferralFacts {
        Objects.requireNonNull(on, "on");
        othersBirthDates = List.copyOf(othersBirthDates.stream().filter(Objects::nonNull).toList());
    }

    public static ReferralFacts of(Households.Details family, LocalDate on, LivingSituation situation, ReferralSource source) {
        LocalDate head = family.members().stream().filter(m -> m.relationship() == Relationship.SELF)
                .map(Households.Member::birthDate).filter(Objects::nonNull).findFirst().orElse(null);
        List<LocalDate> others = family.members().stream().filter(m -> m.relationship() != Relationship.SELF)
                .map(Households.Member::birthDate).filter(Objects::nonNull).toList();
        Money income = family.income().isEmpty() ? null : family.income().getFirst().total();
        return new ReferralFacts(on, head, others, income, situation, source);
    }

    /** The head of household's age in whole years, or null when the birth date is not recorded. */
    public Integer headAge() {
        return headBirthDate == null ? null : Period.between(headBirthDate, on).getYears();
    }

    /** Whether someone other than the head was younger than {@code years} on the referral day. */
    public boolean anyoneElseYoungerThan(int years) {
        return othersBirthDates.stream().anyMatch(b -> !b.isAfter(on) && Period.between(b, on).getYears() < years);
    }
}
