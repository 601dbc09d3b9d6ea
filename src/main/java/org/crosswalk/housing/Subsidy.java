package org.crosswalk.housing;

import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.shared.Money;

/**
 * A rental subsidy as of today: whether it is under way, the end alert it is within (90, 60 or 30
 * days, or null), the rent burden with and without it, and whether the family stands at the
 * income cliff.
 */
public record Subsidy(UUID id, SubsidyType type, LocalDate startedOn, LocalDate endsOn, Money monthlyRent,
                      Money tenantShare, Money incomeLimit, Status status, Integer alertDays, Long daysLeft,
                      RentBurden burden, boolean incomeCliff) {

    public enum Status { UPCOMING, ACTIVE, ENDED }

    public Money subsidyAmount() {
        return new Money(monthlyRent.cents() - tenantShare.cents());
    }
}
