package org.crosswalk.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.springframework.stereotype.Component;

/** Turns action-item rows into what pages show, for the families the viewer may read (those named). */
@Component
class ActionViews {

    private final Organisation organisation;
    private final Clock clock;

    ActionViews(Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    List<ActionView> of(Viewer viewer, List<ConferenceRepository.ActionRow> rows, Map<HouseholdId, String> names) {
        Map<Long, String> staff = organisation.staffNames();
        LocalDate today = LocalDate.now(clock);
        return rows.stream().filter(r -> names.containsKey(r.household()))
                .map(r -> new ActionView(r.id(), r.conferenceId(), r.heldOn(), r.household(), names.get(r.household()), r.what(),
                        r.ownerUserId(), staff.get(r.ownerUserId()), r.dueOn(), r.open() && r.dueOn().isBefore(today),
                        r.closedOn(), r.closedBy() == null ? null : staff.get(r.closedBy()), r.closingNote(),
                        r.open() && mayClose(viewer, r)))
                .toList();
    }

    /** The owner closes an action item; so may the team lead of the region whose conference set it. */
    static boolean mayClose(Viewer viewer, ConferenceRepository.ActionRow row) {
        return viewer.userId() == row.ownerUserId() || CaseConferences.leads(viewer, row.regionId());
    }
}
