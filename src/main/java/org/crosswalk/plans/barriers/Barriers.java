package org.crosswalk.plans.barriers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's barriers: recording, resolving, reopening, and the list the viewer may see. A
 * sensitive barrier the viewer may not see does not exist for them (404 on its routes). Audit
 * details never name a barrier's kind, since the audit trail is read outside the family's circle.
 */
@Service
public class Barriers {

    static final int YEARS_BACK = 10;

    private final BarrierRepository repository;
    private final HouseholdAccess access;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Barriers(BarrierRepository repository, HouseholdAccess access, Organisation organisation,
             ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Open barriers first (most severe, then oldest), then resolved ones (latest first). */
    static final Comparator<Barrier> WORKLIST = Comparator.comparing(Barrier::resolved)
            .thenComparing((Barrier b) -> b.resolved() ? 0 : -b.severity().ordinal())
            .thenComparingLong(b -> b.resolved() ? -b.resolvedOn().toEpochDay() : b.openedOn().toEpochDay());

    @Transactional
    public List<Barrier> of(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        boolean sensitive = access.maySeeSensitive(viewer, household);
        var rows = repository.visible(household, viewer, sensitive);
        Map<UUID, List<Barrier.Event>> history = history(rows.stream().map(BarrierRepository.Row::id).toList());
        Map<Long, String> agencies = organisation.agencyNames();
        List<Barrier> barriers = rows.stream().map(r -> barrier(r, agencies, history)).sorted(WORKLIST).toList();
        touched(viewer, household, "BARRIERS_VIEWED", barriers.size() + " barriers shown");
        return barriers;
    }

    @Transactional
    public Barrier record(Viewer viewer, HouseholdId household, BarrierForm form) {
        access.requireEditable(viewer, household);
        LocalDate today = today();
        if (form.kind() == null) {
            throw new InvalidInput("kind", "Choose the kind of barrier.");
        }
        if (form.kind() == BarrierKind.OTHER && (form.otherText() == null || form.otherText().isBlank())) {
            throw new InvalidInput("otherText", "Name the barrier in a few words.");
        }
        if (form.severity() == null) {
            throw new InvalidInput("severity", "Choose how much it stands in the way now.");
        }
        long owner = form.ownerAgencyId() != null ? form.ownerAgencyId()
                : viewer.agencyId() != null ? viewer.agencyId() : -1L;
        try {
            organisation.agency(owner);
        } catch (RecordNotFound e) {
            throw new InvalidInput("ownerAgencyId", "Choose the agency that owns this barrier from the list.");
        }
        LocalDate opened = form.openedOn() == null ? today : form.openedOn();
        if (opened.isAfter(today)) {
            throw new InvalidInput("openedOn", "A barrier cannot be opened on a date in the future.");
        }
        if (opened.isBefore(today.minusYears(YEARS_BACK))) {
            throw new InvalidInput("openedOn", "Check the year: that is more than " + YEARS_BACK + " years ago.");
        }
        if (form.kind().sensitive() && owner != BarrierRepository.agency(viewer) && !access.maySeeSensitive(viewer, household)) {
            // Otherwise the caseworker would record something they could never see again.
            throw new InvalidInput("ownerAgencyId", "This family's release does not cover sensitive information: a "
                    + form.kind().label().toLowerCase() + " barrier you record stays with your agency.");
        }
        UUID id = UUID.randomUUID();
        repository.insert(household, id, form, owner, opened, viewer);
        touched(viewer, household, "BARRIER_OPENED", "barrier " + id);
        return find(viewer, household, id);
    }

    @Transactional
    public Barrier resolve(Viewer viewer, HouseholdId household, UUID barrier, BarrierForm.Resolution resolution) {
        access.requireEditable(viewer, household);
        Barrier resolved = find(viewer, household, barrier).resolve(resolution.resolvedOn(), resolution.resolution(), today());
        if (!repository.resolve(household, resolved, viewer)) {
            throw new ConcurrentChange("This barrier");
        }
        touched(viewer, household, "BARRIER_RESOLVED", "barrier " + barrier + " on " + resolved.resolvedOn());
        return find(viewer, household, barrier);
    }

    @Transactional
    public Barrier reopen(Viewer viewer, HouseholdId household, UUID barrier, BarrierForm.Reopening reopening) {
        access.requireEditable(viewer, household);
        find(viewer, household, barrier).reopen(reopening.reason());
        if (!repository.reopen(household, barrier, today(), reopening.reason().strip(), viewer)) {
            throw new ConcurrentChange("This barrier");
        }
        touched(viewer, household, "BARRIER_REOPENED", "barrier " + barrier);
        return find(viewer, household, barrier);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One barrier the viewer may see, locked for the change about to be made; otherwise 404. */
    private Barrier find(Viewer viewer, HouseholdId household, UUID id) {
        var row = repository.visible(household, id, viewer, access.maySeeSensitive(viewer, household))
                .orElseThrow(() -> new RecordNotFound("barrier"));
        return barrier(row, organisation.agencyNames(), history(List.of(id)));
    }

    private Map<UUID, List<Barrier.Event>> history(List<UUID> barriers) {
        Map<Long, String> staff = organisation.staffNames();
        return repository.events(barriers).stream().collect(Collectors.groupingBy(BarrierRepository.EventRow::barrierId,
                Collectors.mapping(e -> new Barrier.Event(e.what(), e.onDay(),
                        e.byUserId() == null ? null : staff.get(e.byUserId()), e.detail()), Collectors.toList())));
    }

    private static Barrier barrier(BarrierRepository.Row r, Map<Long, String> agencies, Map<UUID, List<Barrier.Event>> history) {
        return new Barrier(r.id(), r.kind(), r.otherText(), r.severity(), r.ownerAgencyId(), agencies.get(r.ownerAgencyId()),
                r.details(), r.openedOn(), r.resolvedOn(), r.resolution(), history.getOrDefault(r.id(), List.of()));
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
