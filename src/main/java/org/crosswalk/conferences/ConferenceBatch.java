package org.crosswalk.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads conferences that already happened (demo data, later an import): the agenda is generated as
 * of the conference's day and frozen, as it would have been when the meeting started. A system load
 * publishes no audit events: nobody viewed anything.
 */
@Service
public class ConferenceBatch {

    public record Attendee(long agencyId, Long staffUserId, String name) {}

    public record ActionItem(HouseholdId household, String what, long ownerUserId, LocalDate dueOn) {}

    private final ConferenceRepository repository;
    private final Agendas agendas;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConferenceBatch(ConferenceRepository repository, Agendas agendas, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.agendas = agendas;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The region of an agency, from access's published directory. */
    public long regionOf(long agencyId) {
        return jdbc.sql("select region_id from access.agency_directory where agency_id = :a").param("a", agencyId)
                .query(Long.class).single();
    }

    public boolean regionHasConferences(long region) {
        return jdbc.sql("select exists (select 1 from conferences.conference where region_id = :r)").param("r", region)
                .query(Boolean.class).single();
    }

    /** A conference scheduled by the lead, still to come: its agenda is live. */
    @Transactional
    public UUID upcoming(long region, LocalDate heldOn, long lead, List<Long> agencies) {
        UUID id = UUID.randomUUID();
        repository.insert(id, region, heldOn, lead, agencies);
        return id;
    }

    /** A conference that met on {@code heldOn} from 10:00 to 11:30, with its frozen agenda, attendance, minutes and action items. */
    @Transactional
    public UUID held(long region, LocalDate heldOn, long lead, List<Long> agencies, List<Attendee> attendees,
                     Map<HouseholdId, String> minutes, List<ActionItem> actions) {
        UUID id = UUID.randomUUID();
        repository.insert(id, region, heldOn, lead, agencies);
        LocalDate since = repository.lastMetBefore(region, heldOn, id)
                .orElse(heldOn.minusDays(AgendaQueries.FIRST_CONFERENCE_LOOKBACK_DAYS));
        var full = agendas.generate(region, heldOn, since, id);
        List<ConferenceRepository.Invitation> counts = new ArrayList<>();
        agendas.hiddenByAgency(agencies, full.toDiscuss()).forEach((a, n) -> counts.add(new ConferenceRepository.Invitation(a, n)));
        Set<HouseholdId> families = new LinkedHashSet<>(full.families());
        families.addAll(full.toDiscuss());
        families.addAll(minutes.keySet());
        repository.freeze(id, List.copyOf(families), full.reasons(), counts);
        OffsetDateTime started = heldOn.atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime();
        jdbc.sql("""
                        update conferences.conference set started_at = :start, started_by = :lead, since_on = :since,
                               ended_at = :end, ended_by = :lead, scheduled_at = :scheduled
                         where id = :id
                        """)
                .param("start", started).param("end", started.plusMinutes(90)).param("lead", lead).param("since", since)
                .param("scheduled", started.minusDays(21)).param("id", id).update();
        for (Attendee a : attendees) {
            repository.insertAttendee(UUID.randomUUID(), id, a.agencyId(), a.staffUserId(), a.name(), lead);
        }
        minutes.forEach((family, body) -> jdbc.sql("""
                        insert into conferences.minutes (conference_id, household_id, body, written_by, written_at)
                        values (:c, :h, :body, :by, :at)
                        """)
                .param("c", id).param("h", family.value()).param("body", body).param("by", lead)
                .param("at", started.plusMinutes(30)).update());
        for (ActionItem a : actions) {
            jdbc.sql("""
                            insert into conferences.action_item (id, conference_id, household_id, what, owner_user_id, due_on,
                                                                 created_by, created_at)
                            values (:id, :c, :h, :what, :owner, :due, :by, :at)
                            """)
                    .param("id", UUID.randomUUID()).param("c", id).param("h", a.household().value()).param("what", a.what())
                    .param("owner", a.ownerUserId()).param("due", a.dueOn()).param("by", lead)
                    .param("at", started.plusMinutes(45)).update();
        }
        return id;
    }
}
