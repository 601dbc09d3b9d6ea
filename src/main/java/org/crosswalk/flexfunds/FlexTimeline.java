package org.crosswalk.flexfunds;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.TimelineEntry;
import org.crosswalk.families.TimelineSource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.stereotype.Component;

/**
 * Flexible funds on the family's timeline: requested, approved or declined, paid, reversed. Shown
 * to those who may see requests (not partner staff).
 */
@Component
class FlexTimeline implements TimelineSource {

    private final FlexRepository repository;

    FlexTimeline(FlexRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        if (!viewer.mayEditFamilies()) {
            return List.of();
        }
        String link = "/households/" + household + "/flex";
        List<TimelineEntry> entries = new ArrayList<>();
        for (FlexRequest r : repository.requestsOf(household)) {
            String what = r.category().label() + " " + r.amount().format();
            String anchor = link + "#request-" + r.id();
            entries.add(new TimelineEntry(r.requestedAt(), "flex", "Flexible funds requested: " + what, "To " + r.payee()
                    + ". " + r.reason(), null, anchor));
            if (r.decidedAt() != null && r.declineReason() != null) {
                entries.add(new TimelineEntry(r.decidedAt(), "flex", "Flexible funds declined: " + what, r.declineReason(), null, anchor));
            } else if (r.decidedAt() != null) {
                entries.add(new TimelineEntry(r.decidedAt(), "flex", "Flexible funds approved: " + what,
                        r.autoApproved() ? "Approved automatically (under the pool's threshold)." : null, null, anchor));
            }
            if (r.paidAt() != null) {
                entries.add(new TimelineEntry(r.paidAt(), "flex", "Flexible funds paid: " + what,
                        r.paymentMethod().label() + " to " + r.payee(), null, anchor));
            }
            if (r.reversedAt() != null) {
                entries.add(new TimelineEntry(r.reversedAt(), "flex", "Flexible funds reversed: " + what, r.reversalReason(), null, anchor));
            }
        }
        return entries;
    }
}
