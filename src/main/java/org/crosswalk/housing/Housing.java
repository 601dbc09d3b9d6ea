package org.crosswalk.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's housing: where it has lived, its rental subsidies, rent burden, alerts before a
 * subsidy ends and the income cliff. Every read and change is access-checked and audited.
 */
@Service
public class Housing {

    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    /** A voucher or RRH lease may be recorded this many days before it starts. */
    static final int DAYS_AHEAD = 90;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final HousingRepository repository;
    private final Households households;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Housing(HousingRepository repository, Households households, HouseholdAccess access, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.households = households;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public record Overview(Family family, Situation current, List<Situation> situations, List<Subsidy> subsidies,
                           org.crosswalk.shared.Money monthlyIncome, org.crosswalk.shared.Money earnedIncome, LocalDate today) {}

    public record SubsidyOf(Family family, Subsidy subsidy) {}

    @Transactional
    public Overview overview(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        var details = households.read(viewer, household);
        Family family = new Family(household, details.headName(), details.viewerMayEdit());
        LocalDate today = LocalDate.now(clock);
        var income = repository.income(household);
        List<Situation> situations = repository.situations(household);
        List<Subsidy> subsidies = repository.subsidies(household).stream().map(s -> subsidy(s, income, today)).toList();
        touched(viewer, household, "HOUSING_VIEWED", null);
        return new Overview(family, situations.stream().filter(s -> !s.startedOn().isAfter(today)).findFirst().orElse(null),
                situations, subsidies, income.total(), income.earned(), today);
    }

    @Transactional
    public Family familyForEditing(Viewer viewer, HouseholdId household) {
        access.requireEditable(viewer, household);
        var details = households.forEditing(viewer, household);
        return new Family(household, details.headName(), true);
    }

    @Transactional
    public UUID recordSituation(Viewer viewer, HouseholdId household, SituationForm form) {
        access.requireEditable(viewer, household);
        LivingSituation situation = LivingSituation.of(form.code())
                .orElseThrow(() -> new InvalidInput("code", "Choose the living situation from the list."));
        LocalDate start = form.startedOn();
        if (start == null) {
            throw new InvalidInput("startedOn", "Enter the day the family started living there.");
        }
        if (start.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("startedOn", "Record a move once it has happened: the date cannot be in the future.");
        }
        if (start.isBefore(EARLIEST)) {
            throw new InvalidInput("startedOn", "Check the year: before 1970 is not plausible.");
        }
        // The situation in effect the day before (history is newest first): moving "into" it again is no move.
        repository.situations(household).stream().filter(s -> s.startedOn().isBefore(start)).findFirst()
                .filter(before -> before.situation() == situation)
                .ifPresent(before -> {
                    throw new InvalidInput("code", "The family has been living there since " + US.format(before.startedOn()) + " already.");
                });
        UUID id = UUID.randomUUID();
        try {
            repository.insertSituation(id, household, situation, start, viewer.userId());
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("startedOn", "Another living situation starts on " + US.format(start) + "; a family lives in one place a day.");
        }
        touched(viewer, household, "LIVING_SITUATION_RECORDED", situation.code() + " from " + start);
        return id;
    }

    @Transactional
    public UUID recordSubsidy(Viewer viewer, HouseholdId household, SubsidyForm form) {
        access.requireEditable(viewer, household);
        var subsidy = checked(form, LocalDate.now(clock));
        repository.subsidies(household).stream().filter(other -> overlaps(other.startedOn(), other.endsOn(), subsidy.startedOn(), subsidy.endsOn()))
                .findFirst().ifPresent(other -> {
                    throw new InvalidInput("startedOn", "This family already has a " + other.type().shortName() + " subsidy from "
                            + US.format(other.startedOn()) + (other.endsOn() == null ? " with no end" : " to " + US.format(other.endsOn()))
                            + ". End it first, or start this one after it.");
                });
        UUID id = UUID.randomUUID();
        repository.insertSubsidy(id, household, subsidy, viewer.userId());
        touched(viewer, household, "SUBSIDY_RECORDED", subsidy.type().code() + " from " + subsidy.startedOn()
                + (subsidy.endsOn() == null ? "" : " to " + subsidy.endsOn()));
        return id;
    }

    @Transactional
    public SubsidyOf subsidy(Viewer viewer, HouseholdId household, UUID subsidy) {
        Family family = familyForEditing(viewer, household);
        var row = repository.subsidy(household, subsidy).orElseThrow(() -> new RecordNotFound("subsidy"));
        return new SubsidyOf(family, subsidy(row, repository.income(household), LocalDate.now(clock)));
    }

    /** Sets the subsidy's last day: when it ended, or a new planned end. A subsidy that has ended stays ended. */
    @Transactional
    public void endSubsidy(Viewer viewer, HouseholdId household, UUID subsidy, EndSubsidyForm form) {
        access.requireEditable(viewer, household);
        var row = repository.subsidy(household, subsidy).orElseThrow(() -> new RecordNotFound("subsidy"));
        LocalDate today = LocalDate.now(clock);
        if (row.endsOn() != null && row.endsOn().isBefore(today)) {
            throw new InvalidInput("endsOn", "This subsidy already ended on " + US.format(row.endsOn()) + ".");
        }
        if (form.endsOn() == null) {
            throw new InvalidInput("endsOn", "Enter the subsidy's last day.");
        }
        if (form.endsOn().isBefore(row.startedOn())) {
            throw new InvalidInput("endsOn", "A subsidy cannot end before it started (" + US.format(row.startedOn()) + ").");
        }
        repository.subsidies(household).stream().filter(other -> !other.id().equals(subsidy))
                .filter(other -> overlaps(other.startedOn(), other.endsOn(), row.startedOn(), form.endsOn())).findFirst()
                .ifPresent(other -> {
                    throw new InvalidInput("endsOn", "That end runs into the " + other.type().shortName() + " subsidy starting "
                            + US.format(other.startedOn()) + ".");
                });
        repository.changeEnd(household, subsidy, form.endsOn(), viewer.userId());
        touched(viewer, household, "SUBSIDY_END_SET", row.type().code() + " ends " + form.endsOn());
    }

    private static HousingRepository.SubsidyRow checked(SubsidyForm form, LocalDate today) {
        SubsidyType type = SubsidyType.of(form.subsidyType())
                .orElseThrow(() -> new InvalidInput("subsidyType", "Choose the subsidy type from the list."));
        if (form.startedOn() == null) {
            throw new InvalidInput("startedOn", "Enter the day the subsidy starts.");
        }
        if (form.startedOn().isBefore(EARLIEST)) {
            throw new InvalidInput("startedOn", "Check the year: before 1970 is not plausible.");
        }
        if (form.startedOn().isAfter(today.plusDays(DAYS_AHEAD))) {
            throw new InvalidInput("startedOn", "Record a subsidy at most " + DAYS_AHEAD + " days before it starts.");
        }
        if (form.endsOn() != null && form.endsOn().isBefore(form.startedOn())) {
            throw new InvalidInput("endsOn", "The end cannot be before the start.");
        }
        var rent = Dollars.required(form.monthlyRent(), "monthlyRent", "monthly contract rent", 1);
        var share = Dollars.required(form.tenantShare(), "tenantShare", "tenant's share", 0);
        if (share.compareTo(rent) > 0) {
            throw new InvalidInput("tenantShare", "The tenant's share cannot be more than the rent (" + rent.format() + ").");
        }
        var limit = Dollars.optional(form.incomeLimit(), "incomeLimit", "income limit", 1);
        return new HousingRepository.SubsidyRow(null, type, form.startedOn(), form.endsOn(), rent, share, limit);
    }

    static boolean overlaps(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd) {
        return (end == null || !end.isBefore(otherStart)) && (otherEnd == null || !otherEnd.isBefore(start));
    }

    static Subsidy subsidy(HousingRepository.SubsidyRow s, HousingRepository.Income income, LocalDate today) {
        Subsidy.Status status = s.startedOn().isAfter(today) ? Subsidy.Status.UPCOMING
                : s.endsOn() != null && s.endsOn().isBefore(today) ? Subsidy.Status.ENDED : Subsidy.Status.ACTIVE;
        boolean active = status == Subsidy.Status.ACTIVE;
        return new Subsidy(s.id(), s.type(), s.startedOn(), s.endsOn(), s.monthlyRent(), s.tenantShare(), s.incomeLimit(),
                status, active ? SubsidyAlert.of(s.endsOn(), today).orElse(null) : null,
                s.endsOn() == null || status == Subsidy.Status.ENDED ? null : ChronoUnit.DAYS.between(today, s.endsOn()),
                RentBurden.of(s.tenantShare(), s.monthlyRent(), income.total()),
                active && IncomeCliff.applies(income.earned(), s.incomeLimit(), s.monthlyRent(), income.total()));
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
