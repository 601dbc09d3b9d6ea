package org.crosswalk.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.employment.JobBatch;
import org.crosswalk.employment.ReasonLeft;
import org.crosswalk.employment.Schedule;
import org.crosswalk.families.FamilyBatch;
import org.crosswalk.families.Households;
import org.crosswalk.housing.HousingBatch;
import org.crosswalk.intake.ContactMethod;
import org.crosswalk.intake.Decision;
import org.crosswalk.intake.ExitReason;
import org.crosswalk.intake.IntakeBatch;
import org.crosswalk.intake.IntakeFixtures;
import org.crosswalk.intake.LivingSituation;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode;
import org.crosswalk.shared.HudRace;
import org.crosswalk.shared.Money;
import org.crosswalk.support.Fixtures;
import org.springframework.stereotype.Component;

/**
 * Hand-made family histories for the outcome measures, written through the other modules' own
 * loaders, each in a region of its own so nothing else is counted.
 */
@Component
class OutcomeHistories {

    private final Fixtures fixtures;
    private final IntakeFixtures intake;
    private final IntakeBatch intakeBatch;
    private final JobBatch jobBatch;
    private final HousingBatch housingBatch;
    private final Households households;
    private final FamilyBatch familyBatch;

    OutcomeHistories(Fixtures fixtures, IntakeFixtures intake, IntakeBatch intakeBatch, JobBatch jobBatch,
                     HousingBatch housingBatch, Households households, FamilyBatch familyBatch) {
        this.fixtures = fixtures;
        this.intake = intake;
        this.intakeBatch = intakeBatch;
        this.jobBatch = jobBatch;
        this.housingBatch = housingBatch;
        this.households = households;
        this.familyBatch = familyBatch;
    }

    /** A region with one agency, one navigator and one program, all named after {@code name}. */
    Region region(String name) {
        long region = fixtures.region("Outcomes " + name);
        long agency = fixtures.agency("Outcomes agency " + name, AgencyKind.HOUSING, region);
        StaffUser worker = fixtures.staff("out" + Integer.toHexString(name.hashCode()), Role.NAVIGATOR, agency, region);
        return new Region(region, intake.program("Outcomes program " + name, region, false), worker);
    }

    final class Region {
        final long id;
        final long program;
        final StaffUser worker;

        Region(long id, long program, StaffUser worker) {
            this.id = id;
            this.program = program;
            this.worker = worker;
        }

        Filter filter() {
            return Filter.region(id);
        }

        Family family(String last) {
            HouseholdId id = fixtures.singleMother(worker, "Ana", last, false);
            return new Family(this, id, households.open(worker.viewer(), id).head().id());
        }

        /** A one-parent household loaded with exactly these income reports (each {@code asOf} as given). */
        Family familyWithIncome(String last, FamilyBatch.Income... income) {
            HouseholdId household = new HouseholdId(UUID.randomUUID());
            UUID parent = UUID.randomUUID();
            familyBatch.insert(List.of(new FamilyBatch.Family(household, worker.viewer().agencyId(), worker.viewer().userId(),
                    false, OffsetDateTime.now(), new FamilyBatch.Address("12 Elm St", null, "Hartford", "CT", "06106"),
                    List.of(new FamilyBatch.Person(parent, HudCode.Relationship.SELF, "Ana", null, last,
                            LocalDate.of(1991, 4, 12), List.of(HudRace.WHITE), HudCode.Sex.FEMALE, HudCode.YesNo.NO,
                            null, null, null)),
                    List.of(income))));
            return new Family(this, household, parent);
        }
    }

    /**
     * A household whose head has these races and sex, with a partner and a child when asked: for
     * breakdowns by race, sex and household type.
     */
    Family familyOf(Region region, String last, List<HudRace> race, HudCode.Sex sex, boolean partner, boolean child) {
        HouseholdId household = new HouseholdId(UUID.randomUUID());
        UUID parent = UUID.randomUUID();
        List<FamilyBatch.Person> people = new java.util.ArrayList<>();
        people.add(new FamilyBatch.Person(parent, HudCode.Relationship.SELF, "Ana", null, last, LocalDate.of(1990, 3, 3),
                race, sex, HudCode.YesNo.NO, null, null, null));
        if (partner) {
            people.add(new FamilyBatch.Person(UUID.randomUUID(), HudCode.Relationship.SPOUSE_OR_PARTNER, "Sam", null, last,
                    LocalDate.of(1989, 5, 5), List.of(HudRace.NOT_COLLECTED), HudCode.Sex.NOT_COLLECTED, HudCode.YesNo.NO,
                    null, null, null));
        }
        if (child) {
            people.add(new FamilyBatch.Person(UUID.randomUUID(), HudCode.Relationship.CHILD, "Kit", null, last,
                    LocalDate.of(2018, 6, 6), race, HudCode.Sex.NOT_COLLECTED, HudCode.YesNo.NO, null, null, null));
        }
        familyBatch.insert(List.of(new FamilyBatch.Family(household, region.worker.viewer().agencyId(),
                region.worker.viewer().userId(), false, OffsetDateTime.now(),
                new FamilyBatch.Address("3 Oak St", null, "Hartford", "CT", "06106"), people, List.of())));
        return new Family(region, household, parent);
    }

    /** An income report: total and earned monthly income in cents, as of {@code on}. */
    static FamilyBatch.Income income(LocalDate on, long totalCents, long earnedCents) {
        return new FamilyBatch.Income(on, totalCents, earnedCents, null);
    }

    final class Family {
        private final Region region;
        final HouseholdId id;
        private final UUID parent;

        Family(Region region, HouseholdId id, UUID parent) {
            this.region = region;
            this.id = id;
            this.parent = parent;
        }

        private long worker() {
            return region.worker.viewer().userId();
        }

        /** The head of household's member id. */
        UUID parent() {
            return parent;
        }

        Family enrolled(LocalDate on) {
            return enrollment(on, null);
        }

        Family enrolledAndExited(LocalDate on, LocalDate exitedOn, LivingSituation destination) {
            return enrollment(on, new IntakeBatch.Exit(exitedOn, ExitReason.COMPLETED, destination));
        }

        /** Enrolled on a referral no housing agency made (the family came on its own), with no subsidy. */
        Family enrolledWithoutHousing(LocalDate on) {
            return enrollment(on, null, null);
        }

        private Family enrollment(LocalDate on, IntakeBatch.Exit exit) {
            return enrollment(on, exit, region.worker.viewer().agencyId());
        }

        private Family enrollment(LocalDate on, IntakeBatch.Exit exit, Long referrerAgency) {
            return referral(on, on, exit, referrerAgency);
        }

        /** Referred on {@code referred}, contacted and assessed then, enrolled on {@code enrolled}. */
        Family referredAndEnrolled(LocalDate referred, LocalDate enrolled) {
            return referral(referred, enrolled, null, region.worker.viewer().agencyId());
        }

        /** Referred on {@code referred} and not (yet) reached. */
        Family referredOnly(LocalDate referred) {
            intakeBatch.load(List.of(new IntakeBatch.Story(id, region.program, referred, ReferralSource.SHELTER,
                    LivingSituation.EMERGENCY_SHELTER, worker(), region.worker.viewer().agencyId(), List.of(), worker(),
                    List.of(), List.of(), null)));
            return this;
        }

        private Family referral(LocalDate referred, LocalDate on, IntakeBatch.Exit exit, Long referrerAgency) {
            intakeBatch.load(List.of(new IntakeBatch.Story(id, region.program, referred, ReferralSource.SHELTER,
                    LivingSituation.EMERGENCY_SHELTER, worker(), referrerAgency, List.of(), worker(),
                    List.of(new IntakeBatch.Contact(referred, ContactMethod.PHONE, true)),
                    List.of(new IntakeBatch.Assessment(referred, Map.of(), Decision.ENROLL, null, null, null)),
                    new IntakeBatch.Enrollment(on, List.of(new IntakeBatch.Assignment(worker(), on)), exit))));
            return this;
        }

        /** A job of the parent's: $20 an hour for {@code hours} a week, so $20 × hours × 52 / 12 a month. */
        Family job(LocalDate from, LocalDate to, int hours) {
            return job(from, to, 2000, hours, false);
        }

        Family jobHeldAtEnrollment(LocalDate from, long hourlyCents, int hours) {
            return job(from, null, hourlyCents, hours, true);
        }

        Family job(LocalDate from, LocalDate to, long hourlyCents, int hours, boolean heldAtEnrollment) {
            jobBatch.jobs(List.of(new JobBatch.NewJob(id, parent, null, "Harbor Grocers", "Cashier", new Money(hourlyCents),
                    BigDecimal.valueOf(hours), Schedule.REGULAR, List.of(), from, to, to == null ? null : ReasonLeft.QUIT,
                    heldAtEnrollment, worker(), List.of())));
            return this;
        }

        Family livingIn(org.crosswalk.housing.LivingSituation situation, LocalDate from) {
            housingBatch.insert(List.of(new HousingBatch.NewSituation(id, situation, from, worker())), List.of());
            return this;
        }
    }
}
