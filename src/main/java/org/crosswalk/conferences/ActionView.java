package org.crosswalk.conferences;

import java.time.LocalDate;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;

/** An action item as a page shows it: who owns it, when it is due, whether the viewer may close it. */
public record ActionView(UUID id, UUID conferenceId, LocalDate conferenceOn, HouseholdId household, String family, String what,
                         long ownerUserId, String owner, LocalDate dueOn, boolean overdue, LocalDate closedOn, String closedBy,
                         String closingNote, boolean viewerMayClose) {

    public boolean open() {
        return closedOn == null;
    }
}
