package org.crosswalk.conferences;

import java.time.LocalDate;
import java.util.List;

/** The forms of the conference pages, bound by the controllers. */
final class Forms {

    private Forms() {
    }

    record ScheduleForm(LocalDate heldOn, List<Long> agencies) {}

    /** A person at the meeting: a Crosswalk user of the agency, or a name typed in (a guest without a sign-in). */
    record AttendeeForm(Long agencyId, Long staffUserId, String personName) {}

    record MinutesForm(String body) {}

    record ActionItemForm(String what, Long ownerUserId, LocalDate dueOn) {}

    record CloseForm(String note) {}
}
