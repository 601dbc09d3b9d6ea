package org.crosswalk.housing;

import java.time.LocalDate;
import java.util.UUID;

/** Where the household lived from {@code startedOn} until the next situation started ({@code endedOn}, null for now). */
public record Situation(UUID id, LivingSituation situation, LocalDate startedOn, LocalDate endedOn) {

    public HousingClass housingClass() {
        return situation.housingClass();
    }
}
