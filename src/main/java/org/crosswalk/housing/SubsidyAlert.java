package org.crosswalk.housing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Alerts before a subsidy ends: the 90-, 60- and 30-day alerts. A subsidy ending in 45 days shows
 * the 60-day alert (the smallest threshold it is within); one ending today shows the 30-day alert;
 * an ongoing subsidy, one ending more than 90 days ahead, or one already ended shows none.
 */
final class SubsidyAlert {

    static final List<Integer> DAYS_BEFORE_END = List.of(30, 60, 90);

    private SubsidyAlert() {
    }

    static Optional<Integer> of(LocalDate endsOn, LocalDate today) {
        if (endsOn == null || endsOn.isBefore(today)) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, endsOn);
        return DAYS_BEFORE_END.stream().filter(threshold -> daysLeft <= threshold).findFirst();
    }
}
