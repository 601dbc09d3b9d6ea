package org.crosswalk.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.access.AgencyKind;

/**
 * Draws a family's releases of information. Most families have one in force naming the other core
 * agency of their region and some partners (child care most often); a few let theirs lapse, revoke
 * it, or never sign one, so every consent state shows up in the demo.
 */
final class ConsentHistory {

    enum Plan {
        ACTIVE(0.74), RENEWED(0.06), EXPIRED(0.08), REVOKED(0.06), NONE(0.06);

        final double weight;

        Plan(double weight) {
            this.weight = weight;
        }
    }

    private static final List<String> REVOCATION_REASONS = List.of(
            "The parent asked to stop sharing with partner agencies.",
            "Family moved out of state.",
            "Parent withdrew from the program.",
            "Signed naming the wrong agency; a corrected release replaces it.",
            "Parent asked to limit sharing to the housing agency only.");

    private final Dice dice;
    private final LocalDate today;

    ConsentHistory(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    /** Oldest first. */
    List<DemoFamily.Consent> draw(Plan plan, AgencyKind owner) {
        List<DemoFamily.Consent> consents = new ArrayList<>();
        switch (plan) {
            case ACTIVE -> consents.add(yearLong(today.minusDays(dice.between(0, 330)), owner));
            case RENEWED -> {
                consents.add(yearLong(today.minusDays(dice.between(400, 700)), owner));
                consents.add(yearLong(today.minusDays(dice.between(0, 200)), owner));
            }
            case EXPIRED -> consents.add(yearLong(today.minusDays(dice.between(380, 900)), owner));
            case REVOKED -> {
                var signed = yearLong(today.minusDays(dice.between(30, 300)), owner);
                long standing = ChronoUnit.DAYS.between(signed.signedOn(), today);
                consents.add(new DemoFamily.Consent(signed.id(), signed.signedOn(), signed.expiresOn(), signed.agencies(),
                        signed.sharesWithTeam(), signed.coversSensitive(),
                        signed.signedOn().plusDays(dice.between(1, (int) standing - 1)), dice.pick(REVOCATION_REASONS)));
            }
            case NONE -> { }
        }
        return List.copyOf(consents);
    }

    /** Releases in Connecticut programs typically run for a year from signing. */
    private DemoFamily.Consent yearLong(LocalDate signedOn, AgencyKind owner) {
        List<AgencyKind> agencies = new ArrayList<>();
        agencies.add(owner == AgencyKind.HOUSING ? AgencyKind.EMPLOYMENT : AgencyKind.HOUSING);
        addSometimes(agencies, AgencyKind.CHILD_CARE, 0.60);
        addSometimes(agencies, AgencyKind.MENTAL_HEALTH, 0.20);
        addSometimes(agencies, AgencyKind.CHILD_WELFARE, 0.08);
        addSometimes(agencies, AgencyKind.BENEFITS, 0.35);
        addSometimes(agencies, AgencyKind.VOCATIONAL_REHAB, 0.10);
        addSometimes(agencies, AgencyKind.CAREER_CENTER, 0.30);
        // Mental health and child welfare records are sensitive: the release must say it covers them.
        boolean sensitive = agencies.contains(AgencyKind.MENTAL_HEALTH) || agencies.contains(AgencyKind.CHILD_WELFARE);
        return new DemoFamily.Consent(dice.uuid(), signedOn, signedOn.plusYears(1), List.copyOf(agencies),
                dice.chance(0.85), sensitive, null, null);
    }

    private void addSometimes(List<AgencyKind> agencies, AgencyKind kind, double chance) {
        if (dice.chance(chance)) {
            agencies.add(kind);
        }
    }
}
