package org.crosswalk.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional team's case conferences: scheduling, the agenda (live until the meeting starts,
 * then frozen), attendance, starting and ending the meeting. Only the region's team lead schedules
 * and runs a conference; staff of invited agencies read it, each seeing only the families their
 * agency may read. Minutes and action items per family are in {@link ConferenceFamilies}.
 */
@Service
public class CaseConferences {

    static final int PAGE_SIZE = 20;
    static final int MAX_DAYS_AHEAD = 366;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    public enum Status {
        SCHEDULED("Scheduled"), IN_PROGRESS("In progress"), ENDED("Held"), NOT_HELD("Not held");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Invited(long agencyId, String name, String kind, Integer hiddenFamilies) {}

    public record Conference(UUID id, long regionId, String regionName, LocalDate heldOn, Status status, String scheduledBy,
                             OffsetDateTime startedAt, OffsetDateTime endedAt, List<Invited> invited) {

        public boolean inProgress() {
            return status == Status.IN_PROGRESS;
        }

        public boolean past() {
            return status == Status.ENDED || status == Status.NOT_HELD;
        }
    }

    public record Attendee(UUID id, long agencyId, String agency, String name) {}

    /** The conference page: the agenda as the viewer sees it, who came, minutes and action items of the meeting. */
    public record Meeting(Conference conference, Agenda agenda, List<Attendee> attendees, Map<HouseholdId, String> minutes,
                          List<ActionView> actions, boolean viewerRuns,
                          List<Organisation.StaffMember> invitedStaff) {

        public List<ActionView> actionsFor(HouseholdId family) {
            return actions.stream().filter(a -> a.household().equals(family)).toList();
        }
    }

    private final ConferenceRepository repository;
    private final Agendas agendas;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final ActionViews actionViews;
    private final Clock clock;

    CaseConferences(ConferenceRepository repository, Agendas agendas, Organisation organisation, ActionViews actionViews,
                    ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.actionViews = actionViews;
        this.agendas = agendas;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    // ---- who may do what

    static boolean leads(Viewer viewer, long region) {
        return viewer.role() == Role.TEAM_LEAD && viewer.regionId() != null && viewer.regionId() == region;
    }

    private static void requireTeamLead(Viewer viewer) {
        if (viewer.role() != Role.TEAM_LEAD || viewer.regionId() == null) {
            throw new AccessDeniedException("Only a regional team lead schedules case conferences.");
        }
    }

    /** The region's team lead runs it; anyone else is refused (403), including the lead of another region. */
    ConferenceRepository.Row requireRuns(Viewer viewer, UUID id) {
        requireTeamLead(viewer);
        var row = repository.find(id).orElseThrow(() -> new RecordNotFound("conference"));
        if (!leads(viewer, row.regionId())) {
            throw new AccessDeniedException("Only the team lead of this conference's region runs it.");
        }
        return row;
    }

    /** The region's team lead, or staff of an invited agency who work with families. */
    ConferenceRepository.Row requireSeat(Viewer viewer, UUID id) {
        if (!viewer.mayOpenFamilies()) {
            throw new AccessDeniedException("Your role does not take part in case conferences.");
        }
        var row = repository.find(id).orElseThrow(() -> new RecordNotFound("conference"));
        if (leads(viewer, row.regionId())) {
            return row;
        }
        boolean invited = viewer.agencyId() != null && repository.invitations(id).stream()
                .anyMatch(i -> i.agencyId() == viewer.agencyId());
        if (!invited || viewer.role() == Role.TEAM_LEAD) {
            throw new AccessDeniedException("Your agency is not invited to this conference.");
        }
        return row;
    }

    Status status(ConferenceRepository.Row row) {
        LocalDate today = LocalDate.now(clock);
        if (row.endedAt() != null) {
            return Status.ENDED;
        }
        if (row.startedAt() != null) {
            return row.heldOn().isBefore(today) ? Status.ENDED : Status.IN_PROGRESS;
        }
        return row.heldOn().isBefore(today) ? Status.NOT_HELD : Status.SCHEDULED;
    }

    /** Refuses any change unless the meeting is going on. */
    void requireInProgress(ConferenceRepository.Row row) {
        switch (status(row)) {
            case IN_PROGRESS -> { }
            case SCHEDULED -> throw new ConferenceClosed("The meeting has not started yet. Start it on "
                    + US.format(row.heldOn()) + " to take attendance, minutes and action items.");
            case ENDED -> throw new ConferenceClosed("This conference was held on " + US.format(row.heldOn())
                    + ". A past conference is a read-only record: nothing in it can be changed.");
            case NOT_HELD -> throw new ConferenceClosed("This conference was scheduled for " + US.format(row.heldOn())
                    + " and never started. A past conference is a read-only record.");
        }
    }

    // ---- scheduling and listing

    /** Agencies of the lead's region, for the invitation list. */
    public List<Organisation.Agency> regionAgencies(Viewer viewer) {
        requireTeamLead(viewer);
        return organisation.agencies().stream().filter(a -> a.regionId() == viewer.regionId() && a.active())
                .sorted(Comparator.comparing(Organisation.Agency::kind).thenComparing(Organisation.Agency::name)).toList();
    }

    @Transactional
    public UUID schedule(Viewer viewer, Forms.ScheduleForm form) {
        requireTeamLead(viewer);
        LocalDate today = LocalDate.now(clock);
        if (form.heldOn() == null) {
            throw new InvalidInput("heldOn", "Enter the day of the conference.");
        }
        if (form.heldOn().isBefore(today)) {
            throw new InvalidInput("heldOn", "A conference is scheduled for today or later, not for a day that has passed.");
        }
        if (form.heldOn().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInput("heldOn", "Schedule at most a year ahead.");
        }
        Set<Long> region = new HashSet<>(regionAgencies(viewer).stream().map(Organisation.Agency::id).toList());
        List<Long> invited = form.agencies() == null ? List.of() : form.agencies().stream().distinct().toList();
        if (invited.isEmpty()) {
            throw new InvalidInput("agencies", "Invite at least one agency.");
        }
        if (!region.containsAll(invited)) {
            throw new InvalidInput("agencies", "Invite agencies of your region only.");
        }
        UUID id = UUID.randomUUID();
        repository.insert(id, viewer.regionId(), form.heldOn(), viewer.userId(), invited);
        return id;
    }

    /** Upcoming or past conferences: the lead's region's, or those the viewer's agency is invited to. */
    public PageOf<Conference> list(Viewer viewer, boolean upcoming, int page) {
        if (!viewer.mayOpenFamilies()) {
            throw new AccessDeniedException("Your role does not take part in case conferences.");
        }
        LocalDate today = LocalDate.now(clock);
        int p = Math.max(0, page);
        Long region = viewer.role() == Role.TEAM_LEAD ? viewer.regionId() : null;
        Long agency = region == null ? viewer.agencyId() : null;
        var rows = repository.page(region, agency, upcoming, today, p, PAGE_SIZE);
        long total = repository.count(region, agency, upcoming, today);
        return new PageOf<>(rows.stream().map(this::conference).toList(), p, PAGE_SIZE, total);
    }

    Conference conference(ConferenceRepository.Row row) {
        Map<Long, String> staff = organisation.staffNames();
        Map<Long, Organisation.Agency> agencies = new java.util.HashMap<>();
        organisation.agencies().forEach(a -> agencies.put(a.id(), a));
        List<Invited> invited = repository.invitations(row.id()).stream().map(i -> {
            var a = agencies.get(i.agencyId());
            return new Invited(i.agencyId(), a.name(), a.kind().label(), i.hiddenFamilies());
        }).sorted(Comparator.comparing(Invited::name)).toList();
        String region = organisation.regions().stream().filter(r -> r.id() == row.regionId()).findFirst()
                .map(Organisation.Region::name).orElse("");
        return new Conference(row.id(), row.regionId(), region, row.heldOn(), status(row), staff.get(row.scheduledBy()),
                row.startedAt(), row.endedAt(), invited);
    }

    // ---- the meeting

    /** The conference page. Every family shown is audited as AGENDA_VIEWED. */
    @Transactional
    public Meeting meeting(Viewer viewer, UUID id) {
        return meeting(viewer, id, "AGENDA_VIEWED");
    }

    /** The same record for the printable page and the PDF, audited as AGENDA_EXPORTED. */
    @Transactional
    public Meeting export(Viewer viewer, UUID id) {
        return meeting(viewer, id, "AGENDA_EXPORTED");
    }

    private Meeting meeting(Viewer viewer, UUID id, String audit) {
        var row = requireSeat(viewer, id);
        var both = agendaWithCounts(viewer, row, conference(row), true);
        Conference conference = both.conference();
        Agenda agenda = both.agenda();
        Map<HouseholdId, String> minutes = new java.util.HashMap<>();
        Set<HouseholdId> shown = shown(agenda);
        repository.minutes(id).stream().filter(m -> shown.contains(m.household()))
                .forEach(m -> minutes.put(m.household(), m.body()));
        Map<HouseholdId, String> names = new java.util.HashMap<>();
        agenda.toDiscuss().forEach(f -> names.put(f.id(), f.name()));
        agenda.nothingToDiscuss().forEach(f -> names.put(f.id(), f.name()));
        List<ActionView> actions = actionViews.of(viewer, repository.actionItems(id), names);
        shown.forEach(h -> touched(viewer, h, audit, "conference " + row.heldOn()));
        boolean runs = leads(viewer, row.regionId());
        return new Meeting(conference, agenda, attendees(id), minutes, actions, runs,
                runs ? invitedStaff(conference) : List.of());
    }

    /** The agenda as the viewer sees it: generated now until the meeting starts, frozen from then on. */
    Agenda agenda(Viewer viewer, ConferenceRepository.Row row, Conference conference) {
        return agendaWithCounts(viewer, row, conference, false).agenda();
    }

    /** The viewer's agenda, and the conference with each invited agency's hidden count (live or frozen). */
    record AgendaAndCounts(Agenda agenda, Conference conference) {}

    AgendaAndCounts agendaWithCounts(Viewer viewer, ConferenceRepository.Row row, Conference conference, boolean counts) {
        if (row.startedAt() != null) {
            var full = new Agendas.Full(repository.frozenFamilies(row.id()), repository.frozenReasons(row.id()));
            return new AgendaAndCounts(agendas.forViewer(viewer, full,
                    row.startedAt().atZoneSameInstant(clock.getZone()).toLocalDate(), row.sinceOn(), true), conference);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate since = since(row);
        var full = agendas.generate(row.regionId(), today, since, row.id());
        Agenda agenda = agendas.forViewer(viewer, full, today, since, false);
        if (!counts) {
            return new AgendaAndCounts(agenda, conference);
        }
        var hidden = agendas.hiddenByAgency(conference.invited().stream().map(Invited::agencyId).toList(), full.toDiscuss());
        var invited = conference.invited().stream()
                .map(i -> new Invited(i.agencyId(), i.name(), i.kind(), hidden.get(i.agencyId()))).toList();
        return new AgendaAndCounts(agenda, new Conference(conference.id(), conference.regionId(), conference.regionName(),
                conference.heldOn(), conference.status(), conference.scheduledBy(), conference.startedAt(), conference.endedAt(),
                invited));
    }

    private LocalDate since(ConferenceRepository.Row row) {
        LocalDate asOf = row.startedAt() == null ? LocalDate.now(clock) : row.heldOn();
        return repository.lastMetBefore(row.regionId(), row.heldOn(), row.id())
                .orElse(asOf.minusDays(AgendaQueries.FIRST_CONFERENCE_LOOKBACK_DAYS));
    }

    static Set<HouseholdId> shown(Agenda agenda) {
        Set<HouseholdId> shown = new HashSet<>();
        agenda.toDiscuss().forEach(f -> shown.add(f.id()));
        agenda.nothingToDiscuss().forEach(f -> shown.add(f.id()));
        return shown;
    }

    private List<Attendee> attendees(UUID id) {
        Map<Long, String> agencies = organisation.agencyNames();
        return repository.attendees(id).stream()
                .map(a -> new Attendee(a.id(), a.agencyId(), agencies.get(a.agencyId()), a.personName())).toList();
    }

    private List<Organisation.StaffMember> invitedStaff(Conference conference) {
        Set<Long> invited = new HashSet<>(conference.invited().stream().map(Invited::agencyId).toList());
        return organisation.staff().stream().filter(s -> s.enabled() && s.agencyId() != null && invited.contains(s.agencyId()))
                .toList();
    }

    /** Starts the meeting: the agenda is generated one last time and frozen, with each agency's hidden count. */
    @Transactional
    public void start(Viewer viewer, UUID id) {
        requireRuns(viewer, id);
        var row = repository.lock(id).orElseThrow(() -> new RecordNotFound("conference"));
        Status status = status(row);
        LocalDate today = LocalDate.now(clock);
        if (status == Status.SCHEDULED && row.heldOn().isAfter(today)) {
            throw new ConferenceClosed("This conference is scheduled for " + US.format(row.heldOn())
                    + ". Start it on that day; until then its agenda stays live.");
        }
        if (status != Status.SCHEDULED) {
            requireInProgress(row);
            throw new ConferenceClosed("The meeting has already started; its agenda was frozen then.");
        }
        LocalDate since = since(row);
        var full = agendas.generate(row.regionId(), today, since, id);
        var hidden = agendas.hiddenByAgency(repository.invitations(id).stream().map(ConferenceRepository.Invitation::agencyId).toList(),
                full.toDiscuss());
        List<ConferenceRepository.Invitation> counts = new ArrayList<>();
        hidden.forEach((agency, n) -> counts.add(new ConferenceRepository.Invitation(agency, n)));
        repository.markStarted(id, viewer.userId(), since);
        Set<HouseholdId> families = new java.util.LinkedHashSet<>(full.families());
        families.addAll(full.toDiscuss());
        repository.freeze(id, List.copyOf(families), full.reasons(), counts);
    }

    @Transactional
    public void end(Viewer viewer, UUID id) {
        requireRuns(viewer, id);
        var row = repository.lock(id).orElseThrow(() -> new RecordNotFound("conference"));
        requireInProgress(row);
        repository.markEnded(id, viewer.userId());
    }

    @Transactional
    public void addAttendee(Viewer viewer, UUID id, Forms.AttendeeForm form) {
        requireRuns(viewer, id);
        var row = repository.lock(id).orElseThrow(() -> new RecordNotFound("conference"));
        requireInProgress(row);
        Set<Long> invited = new HashSet<>(repository.invitations(id).stream().map(ConferenceRepository.Invitation::agencyId).toList());
        if (form.staffUserId() != null) {
            var staff = organisation.staff().stream().filter(s -> s.id() == form.staffUserId()).findFirst()
                    .filter(s -> s.agencyId() != null && invited.contains(s.agencyId()))
                    .orElseThrow(() -> new InvalidInput("staffUserId", "Choose a person from an invited agency."));
            if (repository.attends(id, staff.id())) {
                throw new InvalidInput("staffUserId", staff.displayName() + " is already on the attendance list.");
            }
            repository.insertAttendee(UUID.randomUUID(), id, staff.agencyId(), staff.id(), staff.displayName(), viewer.userId());
            return;
        }
        String name = form.personName() == null ? "" : form.personName().strip();
        if (name.isEmpty()) {
            throw new InvalidInput("personName", "Choose a person from the list, or type the name of a guest.");
        }
        if (form.agencyId() == null || !invited.contains(form.agencyId())) {
            throw new InvalidInput("agencyId", "Choose the agency the guest came for.");
        }
        if (name.length() > 120) {
            throw new InvalidInput("personName", "Keep the name under 120 characters.");
        }
        repository.insertAttendee(UUID.randomUUID(), id, form.agencyId(), null, name, viewer.userId());
    }

    @Transactional
    public void removeAttendee(Viewer viewer, UUID id, UUID attendee) {
        requireRuns(viewer, id);
        var row = repository.lock(id).orElseThrow(() -> new RecordNotFound("conference"));
        requireInProgress(row);
        if (repository.deleteAttendee(id, attendee) == 0) {
            throw new RecordNotFound("attendee");
        }
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
