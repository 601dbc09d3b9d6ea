package org.crosswalk.families;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PersonalDataTouched;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's journey across agencies: the timeline every module contributes to, notes, and the
 * caseworker's "Today" list gathered from every module's {@link TodaySource}.
 */
@Service
public class Journey {

    public record Note(UUID id, OffsetDateTime at, String author, String agency, String body, boolean agencyPrivate) {}

    /** A "Today" item with the family's name, ready to show. */
    public record Action(ActionItem item, String family, boolean overdue) {}

    private final JdbcClient jdbc;
    private final HouseholdAccess access;
    private final Organisation organisation;
    private final List<TimelineSource> sources;
    private final List<TodaySource> todaySources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Journey(JdbcClient jdbc, HouseholdAccess access, Organisation organisation, List<TimelineSource> sources,
            List<TodaySource> todaySources, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.organisation = organisation;
        this.sources = sources;
        this.todaySources = todaySources;
        this.events = events;
        this.clock = clock;
    }

    /** Every event the viewer may see, newest first. The household page is audited as a whole. */
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        List<TimelineEntry> entries = new ArrayList<>();
        jdbc.sql("select created_at, owner_agency_id from families.household where id = :h").param("h", household.value())
                .query((rs, n) -> new TimelineEntry(rs.getObject(1, OffsetDateTime.class), "family", "Family registered",
                        null, organisation.agencyNames().get(rs.getLong(2)), null))
                .optional().ifPresent(entries::add);
        for (Note note : notes(viewer, household)) {
            entries.add(new TimelineEntry(note.at(), note.agencyPrivate() ? "private-note" : "note",
                    note.agencyPrivate() ? "Note, kept within " + note.agency() : "Note",
                    note.author() + ": " + note.body(), note.agency(), null));
        }
        for (TimelineSource source : sources) {
            entries.addAll(source.timeline(viewer, household));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    public List<Note> notes(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        Map<Long, String> staff = organisation.staffNames();
        Map<Long, String> agencies = organisation.agencyNames();
        return jdbc.sql("""
                        select id, created_at, author_user_id, author_agency_id, body, agency_private
                          from families.note
                         where household_id = :h
                           and (not agency_private or author_agency_id = :agency)
                         order by created_at desc
                        """)
                .param("h", household.value()).param("agency", viewer.agencyId() == null ? -1L : viewer.agencyId())
                .query((rs, n) -> new Note(rs.getObject("id", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
                        staff.get(rs.getLong("author_user_id")), agencies.get((Long) rs.getObject("author_agency_id")),
                        rs.getString("body"), rs.getBoolean("agency_private")))
                .list();
    }

    /** Anyone who may read the family may add a note, partners included. */
    @Transactional
    public UUID addNote(Viewer viewer, HouseholdId household, String body, boolean agencyPrivate) {
        access.requireReadable(viewer, household);
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body", "Write the note first.");
        }
        if (body.strip().length() > 4000) {
            throw new InvalidInput("body", "A note has at most 4,000 characters; split a longer one.");
        }
        if (agencyPrivate && viewer.agencyId() == null) {
            throw new AccessDeniedException("Only agency staff keep notes within their agency.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into families.note (id, household_id, author_user_id, author_agency_id, body, agency_private)
                        values (:id, :h, :author, :agency, :body, :private)
                        """)
                .param("id", id).param("h", household.value()).param("author", viewer.userId())
                .param("agency", viewer.agencyId()).param("body", body.strip()).param("private", agencyPrivate)
                .update();
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), "NOTE_ADDED",
                agencyPrivate ? "agency-private note" : "shared note"));
        return id;
    }

    /** What needs action today, overdue first, then by due date. */
    @Transactional
    public List<Action> today(Viewer viewer) {
        if (!viewer.mayOpenFamilies()) {
            throw new AccessDeniedException("Your role has no caseload.");
        }
        LocalDate today = LocalDate.now(clock);
        List<ActionItem> items = new ArrayList<>();
        for (TodaySource source : todaySources) {
            items.addAll(source.actionsFor(viewer, today));
        }
        Map<HouseholdId, String> names = headNames(viewer, items.stream().map(ActionItem::household).collect(Collectors.toSet()));
        return items.stream()
                .filter(i -> names.containsKey(i.household()))
                .map(i -> new Action(i, names.get(i.household()), i.overdueOn(today)))
                .sorted(Comparator.comparing((Action a) -> !a.overdue())
                        .thenComparing(a -> a.item().due(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Action::family))
                .toList();
    }

    /** Head-of-household names for the households the viewer may read; others are left out. */
    public Map<HouseholdId, String> headNames(Viewer viewer, Set<HouseholdId> households) {
        if (households.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select m.household_id, m.first_name || ' ' || m.last_name as name
                          from families.member m
                          join %s r on r.household_id = m.household_id
                         where m.relationship_to_hoh = 1 and m.household_id in (:ids)
                        """.formatted(HouseholdAccess.READABLE))
                .param("viewer", viewer.userId())
                .param("ids", households.stream().map(HouseholdId::value).toList())
                .query((rs, n) -> Map.entry(new HouseholdId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
