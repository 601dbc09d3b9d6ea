package org.crosswalk.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.TimelineEntry;
import org.crosswalk.families.TimelineSource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.stereotype.Component;

/**
 * Housing on the household's timeline: moves and subsidies starting and ending. A subsidy within
 * 90 days of its end, and an income cliff, are dated now so they stand at the top of the household
 * page while they hold.
 */
@Component
class HousingTimeline implements TimelineSource {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final HousingRepository repository;
    private final Clock clock;

    HousingTimeline(HousingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        String page = "/households/" + household + "/housing";
        LocalDate today = LocalDate.now(clock);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Situation s : repository.situations(household)) {
            entries.add(new TimelineEntry(at(s.startedOn()), "housing", "Living situation: " + s.situation().code() + " "
                    + s.situation().label(), s.housingClass().label(), null, page + "#history"));
        }
        var income = repository.income(household);
        for (var row : repository.subsidies(household)) {
            Subsidy s = Housing.subsidy(row, income, today);
            String name = s.type().shortName() + " subsidy";
            String link = page + "#subsidy-" + s.id();
            entries.add(new TimelineEntry(at(s.startedOn()), "subsidy", name + " started",
                    "Rent " + s.monthlyRent().format() + ", tenant pays " + s.tenantShare().format(), null, link));
            if (s.status() == Subsidy.Status.ENDED) {
                entries.add(new TimelineEntry(at(s.endsOn()), "subsidy", name + " ended", null, null, link));
            }
            if (s.alertDays() != null) {
                entries.add(new TimelineEntry(OffsetDateTime.now(clock), "alert", name + " ends " + US.format(s.endsOn())
                        + " (" + s.alertDays() + "-day alert)", "In " + s.daysLeft() + " days.", null, link));
            }
            if (s.incomeCliff()) {
                entries.add(new TimelineEntry(OffsetDateTime.now(clock), "alert", "Income cliff: earnings passed the "
                        + name + "'s income limit", "Full rent would be " + s.burden().withoutSubsidy() + "% of income.", null, link));
            }
        }
        return entries;
    }

    private OffsetDateTime at(LocalDate day) {
        return day.atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime();
    }
}
