package org.crosswalk.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.TimelineEntry;
import org.crosswalk.families.TimelineSource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.stereotype.Component;

/** The family discussed at a conference (its minutes), and its action items set and closed. */
@Component
class ConferenceTimeline implements TimelineSource {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final ConferenceRepository repository;
    private final Organisation organisation;
    private final Clock clock;

    ConferenceTimeline(ConferenceRepository repository, Organisation organisation, Clock clock) {
        this.repository = repository;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        String page = "/households/" + household + "/conferences";
        Map<Long, String> staff = organisation.staffNames();
        List<TimelineEntry> entries = new ArrayList<>();
        for (var m : repository.minutesOf(household)) {
            entries.add(new TimelineEntry(at(m.heldOn()), "conference", "Discussed at the case conference of " + US.format(m.heldOn()),
                    m.body(), null, page + "#minutes"));
        }
        for (var a : repository.actionItemsOf(household)) {
            String link = page + "#action-" + a.id();
            entries.add(new TimelineEntry(a.createdAt(), "conference", "Conference action item: " + a.what(),
                    staff.get(a.ownerUserId()) + ", due " + US.format(a.dueOn()), null, link));
            if (a.closedOn() != null) {
                entries.add(new TimelineEntry(at(a.closedOn()), "conference", "Action item closed: " + a.what(),
                        a.closingNote() == null ? "By " + staff.get(a.closedBy()) : staff.get(a.closedBy()) + ": " + a.closingNote(),
                        null, link));
            }
        }
        return entries;
    }

    private OffsetDateTime at(LocalDate day) {
        return day.atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime();
    }
}
