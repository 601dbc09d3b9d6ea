package org.crosswalk.families;

import java.time.LocalDate;
import org.crosswalk.shared.HouseholdId;

/**
 * Something a caseworker should act on, for the "Today" page: an overdue activity, a check-in
 * due, a subsidy ending, a stalled referral. {@code due} may be null for "as soon as possible".
 */
public record ActionItem(String kind, HouseholdId household, String what, LocalDate due, String link) {

    public boolean overdueOn(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
