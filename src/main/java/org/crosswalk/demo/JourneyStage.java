package org.crosswalk.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * How far a demo family has come, so a new user sees families at every step. Derived from the
 * days since the family's enrollment date and a roll of its own seeded dice, so the same seed
 * gives the same stages.
 */
enum JourneyStage {
    /** Referred by housing, not yet contacted by the navigator. */
    REFERRED,
    /** Contacted, assessment not yet done. */
    CONTACTED,
    /** Assessed: "not now" with a follow-up date, or declined with a reason. */
    ASSESSED_NOT_ENROLLED,
    /** Enrolled, plan being written, barriers open. */
    ENROLLED,
    /** Enrolled and in a job that started within the last 90 days. */
    EMPLOYED,
    /** Employed for longer: retention check-ins answered and due. */
    RETAINING,
    /** Left the program, with a destination. */
    EXITED;

    static JourneyStage of(LocalDate enrolledOn, LocalDate today, Random dice) {
        long days = ChronoUnit.DAYS.between(enrolledOn, today);
        double roll = dice.nextDouble();
        if (days < 90) {
            return roll < 0.35 ? REFERRED : roll < 0.6 ? CONTACTED : roll < 0.8 ? ASSESSED_NOT_ENROLLED : ENROLLED;
        }
        if (days < 200) {
            return roll < 0.1 ? ASSESSED_NOT_ENROLLED : roll < 0.55 ? ENROLLED : EMPLOYED;
        }
        if (days < 450) {
            return roll < 0.25 ? ENROLLED : roll < 0.4 ? EMPLOYED : roll < 0.9 ? RETAINING : EXITED;
        }
        return roll < 0.15 ? ENROLLED : roll < 0.65 ? RETAINING : EXITED;
    }

    boolean enrolled() {
        return ordinal() >= ENROLLED.ordinal();
    }

    boolean employed() {
        return this == EMPLOYED || this == RETAINING || this == EXITED;
    }
}
