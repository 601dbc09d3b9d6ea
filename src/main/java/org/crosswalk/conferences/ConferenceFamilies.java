package org.crosswalk.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One family at a conference: its reasons, the minutes and the action items the team agrees on,
 * and the family's conference record (every conference's minutes and action items), where owners
 * close their action items. Every read and change checks the family's access rule and is audited.
 */
@Service
public class ConferenceFamilies {

    static final int MINUTES_MAX = 8000;
    static final int WHAT_MAX = 500;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    public record AtConference(CaseConferences.Conference conference, HouseholdId family, String name, List<Reason> reasons,
                               String minutes, List<ActionView> actions, List<Organisation.StaffMember> owners,
                               boolean viewerRuns) {}

    public record MinutesEntry(UUID conferenceId, LocalDate heldOn, String body, String writtenBy, OffsetDateTime writtenAt) {}

    /** The family's conference record: open action items first, then every conference's minutes. */
    public record FamilyRecord(HouseholdId family, String name, List<ActionView> actions, List<MinutesEntry> minutes) {}

    private final CaseConferences conferences;
    private final ConferenceRepository repository;
    private final HouseholdAccess access;
    private final Households households;
    private final Organisation organisation;
    private final ActionViews actionViews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConferenceFamilies(CaseConferences conferences, ConferenceRepository repository, HouseholdAccess access,
                       Households households, Organisation organisation, ActionViews actionViews,
                       ApplicationEventPublisher events, Clock clock) {
        this.conferences = conferences;
        this.repository = repository;
        this.access = access;
        this.households = households;
        this.organisation = organisation;
        this.actionViews = actionViews;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AtConference atConference(Viewer viewer, UUID conferenceId, HouseholdId family) {
        var row = conferences.requireSeat(viewer, conferenceId);
        String name = readInRegion(viewer, row, family);
        var conference = conferences.conference(row);
        Agenda agenda = conferences.agenda(viewer, row, conference);
        List<Reason> reasons = agenda.toDiscuss().stream().filter(f -> f.id().equals(family)).findFirst()
                .map(Agenda.Family::reasons).orElse(List.of());
        String minutes = repository.minutes(conferenceId).stream().filter(m -> m.household().equals(family)).findFirst()
                .map(ConferenceRepository.MinutesRow::body).orElse(null);
        var actions = actionViews.of(viewer, repository.actionItems(conferenceId).stream()
                .filter(a -> a.household().equals(family)).toList(), Map.of(family, name));
        boolean runs = CaseConferences.leads(viewer, row.regionId());
        touched(viewer, family, "CONFERENCE_FAMILY_VIEWED", "conference " + row.heldOn());
        return new AtConference(conference, family, name, reasons, minutes, actions,
                runs && conference.inProgress() ? owners(row.regionId(), family) : List.of(), runs);
    }

    @Transactional
    public void writeMinutes(Viewer viewer, UUID conferenceId, HouseholdId family, Forms.MinutesForm form) {
        conferences.requireRuns(viewer, conferenceId);
        var row = repository.lock(conferenceId).orElseThrow(() -> new RecordNotFound("conference"));
        readInRegion(viewer, row, family);
        conferences.requireInProgress(row);
        String body = form.body() == null ? "" : form.body().strip();
        if (body.isEmpty()) {
            throw new InvalidInput("body", "Write the minutes first.");
        }
        if (body.length() > MINUTES_MAX) {
            throw new InvalidInput("body", "Minutes for one family have at most 8,000 characters.");
        }
        repository.saveMinutes(conferenceId, family, body, viewer.userId());
        touched(viewer, family, "CONFERENCE_MINUTES_WRITTEN", "conference " + row.heldOn());
    }

    @Transactional
    public UUID addActionItem(Viewer viewer, UUID conferenceId, HouseholdId family, Forms.ActionItemForm form) {
        conferences.requireRuns(viewer, conferenceId);
        var row = repository.lock(conferenceId).orElseThrow(() -> new RecordNotFound("conference"));
        readInRegion(viewer, row, family);
        conferences.requireInProgress(row);
        String what = form.what() == null ? "" : form.what().strip();
        if (what.isEmpty()) {
            throw new InvalidInput("what", "Say what is to be done.");
        }
        if (what.length() > WHAT_MAX) {
            throw new InvalidInput("what", "Keep it under 500 characters; the minutes hold the detail.");
        }
        if (form.ownerUserId() == null) {
            throw new InvalidInput("ownerUserId", "Choose who owns this action item.");
        }
        if (owners(row.regionId(), family).stream().noneMatch(s -> s.id() == form.ownerUserId())) {
            throw new InvalidInput("ownerUserId", "Choose an owner from the region who may open this family's record.");
        }
        if (form.dueOn() == null) {
            throw new InvalidInput("dueOn", "Enter the day it is due.");
        }
        if (form.dueOn().isBefore(row.heldOn())) {
            throw new InvalidInput("dueOn", "The due date cannot be before the conference (" + US.format(row.heldOn()) + ").");
        }
        if (form.dueOn().isAfter(row.heldOn().plusDays(CaseConferences.MAX_DAYS_AHEAD))) {
            throw new InvalidInput("dueOn", "Set a due date within a year; split longer work into steps.");
        }
        UUID id = UUID.randomUUID();
        repository.insertActionItem(id, conferenceId, family, what, form.ownerUserId(), form.dueOn(), viewer.userId());
        touched(viewer, family, "CONFERENCE_ACTION_ADDED", "owner " + form.ownerUserId() + ", due " + form.dueOn());
        return id;
    }

    @Transactional
    public FamilyRecord record(Viewer viewer, HouseholdId family) {
        access.requireReadable(viewer, family);
        String name = households.read(viewer, family).headName();
        Map<Long, String> staff = organisation.staffNames();
        var minutes = repository.minutesOf(family).stream().map(m -> new MinutesEntry(m.conferenceId(), m.heldOn(), m.body(),
                staff.get(m.writtenBy()), m.writtenAt())).toList();
        var actions = actionViews.of(viewer, repository.actionItemsOf(family), Map.of(family, name));
        touched(viewer, family, "CONFERENCES_VIEWED", null);
        return new FamilyRecord(family, name, actions, minutes);
    }

    /** The owner, or the region's team lead, closes an open action item, also after its conference has ended. */
    @Transactional
    public void close(Viewer viewer, HouseholdId family, UUID actionItem, Forms.CloseForm form) {
        access.requireReadable(viewer, family);
        var row = repository.actionItem(family, actionItem).orElseThrow(() -> new RecordNotFound("action item"));
        if (!ActionViews.mayClose(viewer, row)) {
            throw new AccessDeniedException("Only the action item's owner, or the region's team lead, closes it.");
        }
        if (!row.open()) {
            throw new InvalidInput("note", "This action item was already closed on " + US.format(row.closedOn()) + ".");
        }
        String note = form == null || form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (note != null && note.length() > 1000) {
            throw new InvalidInput("note", "Keep the closing note under 1,000 characters.");
        }
        repository.closeActionItem(actionItem, LocalDate.now(clock), viewer.userId(), note);
        touched(viewer, family, "CONFERENCE_ACTION_CLOSED", row.what().length() > 60 ? row.what().substring(0, 60) : row.what());
    }

    /** Staff of the region's agencies who work with families and may open this family's record. */
    List<Organisation.StaffMember> owners(long region, HouseholdId family) {
        java.util.Set<Long> agencies = new java.util.HashSet<>(organisation.agencies().stream()
                .filter(a -> a.regionId() == region).map(Organisation.Agency::id).toList());
        return organisation.staff().stream()
                .filter(s -> s.enabled() && s.agencyId() != null && s.role().worksWithFamilies())
                .filter(s -> agencies.contains(s.agencyId()))
                .filter(s -> access.mayRead(new Viewer(s.id(), s.username(), s.displayName(), s.role(), s.agencyId(), s.regionId()),
                        family))
                .sorted(Comparator.comparing(Organisation.StaffMember::displayName))
                .toList();
    }

    /** The family must be readable (404) and held by an agency of the conference's region (404: not on its agenda). */
    private String readInRegion(Viewer viewer, ConferenceRepository.Row row, HouseholdId family) {
        access.requireReadable(viewer, family);
        long owner = access.stewardship(family).ownerAgencyId();
        if (organisation.agency(owner).regionId() != row.regionId()) {
            throw new RecordNotFound("family on this conference's agenda");
        }
        return households.read(viewer, family).headName();
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
