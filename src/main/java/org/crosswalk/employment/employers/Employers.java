package org.crosswalk.employment.employers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.employment.Industry;
import org.crosswalk.employment.ReasonLeft;
import org.crosswalk.families.Households;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer directory for job development: employers by region, the jobs they are hiring for,
 * and the parents they hired. Every family worker reads it; navigators, housing case managers and
 * team leads keep it current. Hires show only families the viewer may read.
 */
@Service
public class Employers {

    static final Money HIGHEST_WAGE = new Money(200_00);

    private final EmployerRepository repository;
    private final Organisation organisation;
    private final Households households;
    private final Clock clock;

    Employers(EmployerRepository repository, Organisation organisation, Households households, Clock clock) {
        this.repository = repository;
        this.organisation = organisation;
        this.households = households;
        this.clock = clock;
    }

    public enum Sort { NAME, OPENINGS, HIRES }

    public record Search(String q, Industry industry, Long regionId, boolean hiringOnly, Sort sort, int page, int size) {}

    public record Summary(long id, String name, Industry industry, String region, String city, int openOpenings, int hires) {}

    public record Opening(long id, String title, Money wageMin, Money wageMax, BigDecimal hoursPerWeek,
                          org.crosswalk.employment.Schedule schedule, LocalDate postedOn, LocalDate closedOn) {
        public boolean open() {
            return closedOn == null;
        }

        public String wageRange() {
            return wageMin.equals(wageMax) ? wageMin.format() : wageMin.format() + "–" + wageMax.format();
        }
    }

    public record Employer(long id, EmployerForm details, String region, List<Opening> openings, boolean viewerMayEdit) {}

    public record Hire(UUID placementId, HouseholdId household, String person, String occupation, Money hourlyWage,
                       BigDecimal hoursPerWeek, LocalDate startedOn, LocalDate endedOn, ReasonLeft reasonLeft) {}

    public record Choice(long id, String name, Long regionId) {}

    @Transactional(readOnly = true)
    public PageOf<Summary> search(Viewer viewer, Search search) {
        requireFamilyWorker(viewer);
        int size = Math.clamp(search.size(), 1, 100);
        int page = Math.max(0, search.page());
        Search bounded = new Search(search.q(), search.industry(), search.regionId(), search.hiringOnly(),
                search.sort() == null ? Sort.NAME : search.sort(), page, size);
        Map<Long, String> regions = regionNames();
        var items = repository.search(bounded, page, size).stream().map(r -> new Summary(r.id(), r.name(), r.industry(),
                r.regionId() == null ? "Statewide" : regions.get(r.regionId()), r.city(), r.openOpenings(), r.hires())).toList();
        return new PageOf<>(items, page, size, repository.count(bounded));
    }

    @Transactional(readOnly = true)
    public Employer employer(Viewer viewer, long id) {
        requireFamilyWorker(viewer);
        EmployerForm details = repository.employer(id).orElseThrow(() -> new RecordNotFound("employer"));
        return new Employer(id, details, details.regionId() == null ? "Statewide" : regionNames().get(details.regionId()),
                repository.openings(id), viewer.mayEditFamilies());
    }

    /** Hires at the employer in families the viewer may read; reading each family's name is audited by families. */
    @Transactional
    public PageOf<Hire> hires(Viewer viewer, long employer, int page, int size) {
        requireFamilyWorker(viewer);
        repository.name(employer).orElseThrow(() -> new RecordNotFound("employer"));
        int bounded = Math.clamp(size, 1, 50);
        int from = Math.max(0, page);
        Map<HouseholdId, Households.Details> seen = new HashMap<>();
        var items = repository.hires(employer, viewer.userId(), from, bounded).stream().map(h -> {
            var family = seen.computeIfAbsent(h.household(), id -> households.open(viewer, id));
            String person = family.members().stream().filter(m -> m.id().equals(h.memberId())).findFirst()
                    .map(Households.Member::fullName).orElse(family.headName());
            return new Hire(h.placementId(), h.household(), person, h.occupation(), h.hourlyWage(), h.hoursPerWeek(),
                    h.startedOn(), h.endedOn(), h.reasonLeft());
        }).toList();
        return new PageOf<>(items, from, bounded, repository.countHires(employer, viewer.userId()));
    }

    @Transactional
    public long create(Viewer viewer, EmployerForm form) {
        requireEditor(viewer);
        try {
            return repository.insert(checked(form), viewer.userId());
        } catch (DuplicateKeyException e) {
            throw duplicate(form);
        }
    }

    @Transactional
    public void update(Viewer viewer, long id, EmployerForm form) {
        requireEditor(viewer);
        repository.employer(id).orElseThrow(() -> new RecordNotFound("employer"));
        try {
            if (!repository.update(id, checked(form), form.version() == null ? -1 : form.version())) {
                throw new ConcurrentChange("This employer");
            }
        } catch (DuplicateKeyException e) {
            throw duplicate(form);
        }
    }

    @Transactional
    public long addOpening(Viewer viewer, long employer, OpeningForm form) {
        requireEditor(viewer);
        repository.name(employer).orElseThrow(() -> new RecordNotFound("employer"));
        var opening = form.checked(HIGHEST_WAGE, LocalDate.now(clock));
        return repository.insertOpening(employer, opening.title(), opening.wageMin(), opening.wageMax(),
                opening.hoursPerWeek(), opening.schedule(), opening.postedOn(), null, viewer.userId());
    }

    @Transactional
    public void closeOpening(Viewer viewer, long employer, long opening, LocalDate closedOn) {
        requireEditor(viewer);
        Opening current = repository.opening(employer, opening).orElseThrow(() -> new RecordNotFound("opening"));
        LocalDate on = closedOn == null ? LocalDate.now(clock) : closedOn;
        if (!current.open()) {
            throw new InvalidInput("closedOn", "This opening already closed on " + current.closedOn() + ".");
        }
        if (on.isBefore(current.postedOn())) {
            throw new InvalidInput("closedOn", "An opening cannot close before it was posted (" + current.postedOn() + ").");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("closedOn", "Close an opening on the day it closes, not ahead.");
        }
        if (!repository.closeOpening(employer, opening, on)) {
            throw new InvalidInput("closedOn", "Someone else closed this opening meanwhile.");
        }
    }

    /** Employers to choose from when recording a job, the viewer's region first. */
    @Transactional(readOnly = true)
    public List<Choice> choices(Viewer viewer) {
        Long region = regionOf(viewer);
        return repository.choices().stream()
                .sorted((a, b) -> Boolean.compare(!java.util.Objects.equals(a.regionId(), region), !java.util.Objects.equals(b.regionId(), region)))
                .toList();
    }

    public Optional<String> nameOf(long id) {
        return repository.name(id);
    }

    /** The region the viewer works in: a team lead's own, else their agency's. */
    public Long regionOf(Viewer viewer) {
        if (viewer.regionId() != null) {
            return viewer.regionId();
        }
        return viewer.agencyId() == null ? null : organisation.agency(viewer.agencyId()).regionId();
    }

    public Map<Long, String> regionNames() {
        Map<Long, String> names = new HashMap<>();
        organisation.regions().forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    private EmployerForm checked(EmployerForm f) {
        if (f.regionId() != null && !regionNames().containsKey(f.regionId())) {
            throw new InvalidInput("regionId", "Choose a region from the list.");
        }
        return f.normalised();
    }

    private static InvalidInput duplicate(EmployerForm form) {
        return new InvalidInput("name", "There is already an employer called " + form.name().strip() + " in that region.");
    }

    private static void requireFamilyWorker(Viewer viewer) {
        if (!viewer.mayOpenFamilies()) {
            throw new AccessDeniedException("The employer directory is for staff who work with families.");
        }
    }

    private static void requireEditor(Viewer viewer) {
        requireFamilyWorker(viewer);
        if (!viewer.mayEditFamilies()) {
            throw new AccessDeniedException("Partner staff can read the employer directory but not change it.");
        }
    }
}
