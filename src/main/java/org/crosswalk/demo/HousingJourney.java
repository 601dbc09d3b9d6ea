package org.crosswalk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosswalk.housing.HousingBatch;
import org.crosswalk.housing.LivingSituation;
import org.crosswalk.housing.SubsidyType;
import org.crosswalk.shared.Money;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Housing for the demo families: most were referred from emergency shelter (101) or a motel paid
 * for themselves (314); enrolled families move into a rental with a rapid re-housing subsidy (435
 * with subsidy 431, mostly time-limited) or, for some, an ongoing housing choice voucher (433).
 * When RRH ends, most keep the apartment on their own (410) or with a voucher; a few exited
 * families return to shelter. Some subsidies end within 90 days, and a few earning families stand
 * at the income cliff.
 */
@Component
@Order(50)
class HousingJourney implements JourneyStep {

    static final double FROM_SHELTER = 0.7;
    static final double VOUCHER_INSTEAD_OF_RRH = 0.15;
    static final double ENDING_SOON = 0.15;
    static final double AT_THE_CLIFF = 0.5;

    private final HousingBatch batch;

    HousingJourney(HousingBatch batch) {
        this.batch = batch;
    }

    @Override
    public void seed(List<JourneyFamily> families, Context context) {
        LocalDate today = context.today();
        List<HousingBatch.NewSituation> situations = new ArrayList<>();
        List<HousingBatch.NewSubsidy> subsidies = new ArrayList<>();
        for (JourneyFamily f : families) {
            plan(f, today, situations, subsidies);
        }
        batch.insert(situations, subsidies);
    }

    private void plan(JourneyFamily f, LocalDate today, List<HousingBatch.NewSituation> situations,
                      List<HousingBatch.NewSubsidy> subsidies) {
        Random dice = f.dice();
        LocalDate enrolled = f.family().enrolledOn();
        LocalDate referred = enrolled.minusDays(20 + dice.nextInt(100));
        situations.add(situation(f, dice.nextDouble() < FROM_SHELTER ? LivingSituation.EMERGENCY_SHELTER
                : LivingSituation.MOTEL_WITHOUT_VOUCHER, referred));
        if (!f.stage().enrolled()) {
            return;
        }
        LocalDate moved = enrolled.plusDays(15 + dice.nextInt(100));
        if (!moved.isBefore(today)) {
            return; // still searching for an apartment
        }
        situations.add(situation(f, LivingSituation.RENTAL_WITH_SUBSIDY, moved));
        var income = f.family().income();
        Money rent = new Money((1_150 + 25L * dice.nextInt(21)) * 100);
        // Programs set the tenant's share near 30% of income, at least $50.
        Money share = new Money(Math.min(rent.cents(), Math.max(50_00, Math.round(income.totalMonthlyCents() * 0.3 / 100) * 100)));
        if (dice.nextDouble() < VOUCHER_INSTEAD_OF_RRH) {
            subsidies.add(subsidy(f, SubsidyType.HCV, moved, null, rent, share, null));
            return;
        }
        LocalDate ends = moved.plusDays(180 + dice.nextInt(270));
        if (!ends.isBefore(today) && dice.nextDouble() < ENDING_SOON) {
            ends = today.plusDays(10 + dice.nextInt(76));
        }
        // A few parents now earn past the RRH limit while market rent stays out of reach.
        Money limit = null;
        if (income.earnedMonthlyCents() > 0 && !ends.isBefore(today) && dice.nextDouble() < AT_THE_CLIFF) {
            limit = new Money(income.earnedMonthlyCents() - (50 + dice.nextInt(250)) * 100L);
        }
        subsidies.add(subsidy(f, SubsidyType.RRH, moved, ends, rent, share, limit == null || limit.cents() <= 0 ? null : limit));
        if (!ends.isBefore(today)) {
            return;
        }
        LocalDate after = ends.plusDays(1);
        double roll = dice.nextDouble();
        if (f.stage() == JourneyStage.EXITED && roll < 0.35) {
            LocalDate back = ends.plusDays(10 + dice.nextInt(50));
            if (back.isBefore(today)) {
                situations.add(situation(f, LivingSituation.EMERGENCY_SHELTER, back));
            }
        } else if (roll < 0.5) {
            subsidies.add(subsidy(f, SubsidyType.HCV, after, null, rent, share, null));
        } else {
            situations.add(situation(f, LivingSituation.RENTAL_NO_SUBSIDY, after));
        }
    }

    private static HousingBatch.NewSituation situation(JourneyFamily f, LivingSituation situation, LocalDate from) {
        return new HousingBatch.NewSituation(f.id(), situation, from, f.workerUserId());
    }

    private static HousingBatch.NewSubsidy subsidy(JourneyFamily f, SubsidyType type, LocalDate from, LocalDate to, Money rent,
                                                   Money share, Money limit) {
        return new HousingBatch.NewSubsidy(f.id(), type, from, to, rent, share, limit, f.workerUserId());
    }
}
