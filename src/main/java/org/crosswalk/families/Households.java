package org.crosswalk.families;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Ssn;
import org.crosswalk.access.SsnVault;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.PersonalDataTouched.Action;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households and the people in them. Every read goes through {@link HouseholdAccess}; every read
 * and change of personal data publishes {@link PersonalDataTouched} for the audit trail.
 */
@Service
public class Households {

    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final HouseholdRepository repository;
    private final HouseholdAccess access;
    private final Organisation organisation;
    private final SsnVault vault;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Households(HouseholdRepository repository, HouseholdAccess access, Organisation organisation, SsnVault vault,
               ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.organisation = organisation;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
    }

    public enum Sort { NAME, RECENT }

    public record Search(String name, LocalDate birthDate, String ssnLast4, boolean mineOnly, Sort sort, int page, int size) {}

    public record Summary(HouseholdId id, String headName, LocalDate headBirthDate, String headSsn, int members,
                          int children, String city, String ownerAgency, String worker, OffsetDateTime updatedAt) {}

    public record Member(UUID id, Relationship relationship, String firstName, String middleName, String lastName,
                         LocalDate birthDate, Integer age, List<HudRace> race, Sex sex, YesNo veteranStatus,
                         String preferredLanguage, String phone, String ssn, int version) {
        public String fullName() {
            return middleName == null || middleName.isBlank() ? firstName + " " + lastName
                    : firstName + " " + middleName + " " + lastName;
        }
    }

    public record Income(LocalDate asOf, Money total, Money earned, String recordedBy) {}

    public record Details(HouseholdId id, long ownerAgencyId, String ownerAgency, boolean dvRestricted,
                          Long workerUserId, String worker, String addressLine1, String addressLine2, String city,
                          String state, String postalCode, List<Member> members, List<Income> income,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
                          boolean viewerMayEdit, boolean viewerIsSteward) {
        public Member head() {
            return members.stream().filter(m -> m.relationship() == Relationship.SELF).findFirst().orElseThrow();
        }

        public String headName() {
            return head().fullName();
        }

        public Member member(UUID memberId) {
            return members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                    .orElseThrow(() -> new RecordNotFound("person"));
        }
    }

    // ---- reading

    @Transactional
    public PageOf<Summary> search(Viewer viewer, Search search) {
        requireFamilyRole(viewer);
        if (search.ssnLast4() != null && !search.ssnLast4().isBlank() && !search.ssnLast4().strip().matches("\\d{4}")) {
            throw new InvalidInput("last4", "Enter the last 4 digits of the SSN.");
        }
        int size = Math.clamp(search.size(), 1, 100);
        int page = Math.max(0, search.page());
        var rows = repository.search(viewer.userId(), search, page, size);
        long total = repository.count(viewer.userId(), search);
        Map<Long, String> agencies = organisation.agencyNames();
        Map<Long, String> staff = organisation.staffNames();
        var items = rows.stream().map(r -> new Summary(r.id(), r.headName(), r.birthDate(), Ssn.mask(r.ssnLast4()),
                r.members(), r.children(), r.city(), agencies.get(r.ownerAgencyId()),
                r.workerUserId() == null ? null : staff.get(r.workerUserId()), r.updatedAt())).toList();
        items.forEach(s -> touched(viewer, s.id(), Action.LISTED, null));
        return new PageOf<>(items, page, size, total);
    }

    @Transactional
    public Details open(Viewer viewer, HouseholdId id) {
        access.requireReadable(viewer, id);
        touched(viewer, id, Action.VIEWED, null);
        return details(viewer, id);
    }

    /**
     * The same record and access rule as {@link #open}, without the VIEWED audit row: for modules whose
     * own page about the family is audited under its own action (PLAN_VIEWED, JOBS_VIEWED...), and for
     * rules that read the family's facts (eligibility) rather than show them to a person.
     */
    @Transactional
    public Details read(Viewer viewer, HouseholdId id) {
        access.requireReadable(viewer, id);
        return details(viewer, id);
    }

    private Details details(Viewer viewer, HouseholdId id) {
        var row = repository.household(id).orElseThrow(() -> new RecordNotFound("household"));
        var stewardship = access.stewardship(id);
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> staff = organisation.staffNames();
        List<Member> members = repository.members(id).stream().map(m -> new Member(m.id(), m.relationship(),
                m.firstName(), m.middleName(), m.lastName(), m.birthDate(),
                m.birthDate() == null ? null : Period.between(m.birthDate(), today).getYears(), m.race(), m.sex(),
                m.veteranStatus(), m.preferredLanguage(), m.phone(), Ssn.mask(m.ssnLast4()), m.version())).toList();
        List<Income> income = repository.income(id).stream().map(i -> new Income(i.asOf(), new Money(i.totalCents()),
                new Money(i.earnedCents()), i.recordedBy() == null ? null : staff.get(i.recordedBy()))).toList();
        boolean steward = viewer.agencyId() != null && viewer.agencyId() == stewardship.ownerAgencyId();
        return new Details(id, stewardship.ownerAgencyId(), organisation.agency(stewardship.ownerAgencyId()).name(),
                stewardship.dvRestricted(), row.workerUserId(),
                row.workerUserId() == null ? null : staff.get(row.workerUserId()), row.addressLine1(),
                row.addressLine2(), row.city(), row.state(), row.postalCode(), members, income, row.createdAt(),
                row.updatedAt(), row.version(), viewer.mayEditFamilies(), steward && viewer.mayEditFamilies());
    }

    /** For edit forms: the same access rule as {@link #open}, without a second audit row. */
    @Transactional
    public Details forEditing(Viewer viewer, HouseholdId id) {
        access.requireEditable(viewer, id);
        touched(viewer, id, Action.VIEWED, "opened for editing");
        return details(viewer, id);
    }

    // ---- changing

    @Transactional
    public HouseholdId register(Viewer viewer, NewFamilyForm form) {
        if (!viewer.mayEditFamilies() || viewer.agencyId() == null) {
            throw new AccessDeniedException("Your role does not register families.");
        }
        PersonForm head = form.head();
        var person = checked(head, Relationship.SELF, "head.");
        var household = checked(form.household(), viewer.agencyId(), "household.");
        HouseholdId id = HouseholdId.random();
        access.registerSteward(id, viewer.agencyId(), Boolean.TRUE.equals(form.household().dvRestricted()));
        repository.insertHousehold(id, viewer.agencyId(),
                household.workerUserId() == null ? viewer.userId() : household.workerUserId(), household, viewer.userId());
        repository.insertMember(id, UUID.randomUUID(), person);
        recordIncome(viewer, id, household);
        touched(viewer, id, Action.CREATED, "head of household " + head.firstName().strip() + " " + head.lastName().strip());
        return id;
    }

    @Transactional
    public void update(Viewer viewer, HouseholdId id, HouseholdForm form) {
        access.requireEditable(viewer, id);
        var stewardship = access.stewardship(id);
        boolean steward = viewer.agencyId() != null && viewer.agencyId() == stewardship.ownerAgencyId();
        if (form.dvRestricted() != null && form.dvRestricted() != stewardship.dvRestricted()) {
            if (!steward) {
                throw new InvalidInput("dvRestricted", "Only the agency that holds this family's record can change the DV restriction.");
            }
            access.restrictForDomesticViolence(id, form.dvRestricted());
        }
        var household = checked(form, stewardship.ownerAgencyId(), "");
        if (!repository.updateHousehold(id, household, form.version() == null ? -1 : form.version())) {
            throw new org.crosswalk.shared.ConcurrentChange("This family's record");
        }
        recordIncome(viewer, id, household);
        touched(viewer, id, Action.UPDATED, "address, income or caseload");
    }

    @Transactional
    public UUID addMember(Viewer viewer, HouseholdId id, PersonForm form) {
        access.requireEditable(viewer, id);
        if (form.relationship() == null) {
            throw new InvalidInput("relationship", "Choose how this person is related to the head of household.");
        }
        if (form.relationship() == Relationship.SELF) {
            throw new InvalidInput("relationship", "This household already has a head of household.");
        }
        var person = checked(form, form.relationship(), "");
        UUID memberId = UUID.randomUUID();
        repository.insertMember(id, memberId, person);
        repository.touchHousehold(id);
        touched(viewer, id, Action.MEMBER_ADDED, person.firstName() + " (" + person.relationship().label + ")");
        return memberId;
    }

    @Transactional
    public void updateMember(Viewer viewer, HouseholdId id, UUID memberId, PersonForm form) {
        access.requireEditable(viewer, id);
        var current = repository.members(id).stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("person"));
        // The head stays the head; other members cannot become a second one.
        Relationship relationship = current.relationship() == Relationship.SELF ? Relationship.SELF
                : form.relationship() == null ? current.relationship() : form.relationship();
        if (current.relationship() != Relationship.SELF && relationship == Relationship.SELF) {
            throw new InvalidInput("relationship", "This household already has a head of household.");
        }
        var person = checked(form, relationship, "");
        if (!repository.updateMember(memberId, id, person, form.version() == null ? -1 : form.version())) {
            throw new org.crosswalk.shared.ConcurrentChange("This person's record");
        }
        repository.touchHousehold(id);
        touched(viewer, id, Action.MEMBER_UPDATED, person.firstName() + " " + person.lastName()
                + (person.ssnChange() != HouseholdRepository.SsnChange.KEEP ? " (SSN " + person.ssnChange().name().toLowerCase() + ")" : ""));
    }

    /**
     * Puts the household on a caseworker's caseload ("My families"). For modules that assign work,
     * such as enrollment assigning a navigator; the caller has checked the viewer may do so.
     */
    @Transactional
    public void assignCaseworker(Viewer viewer, HouseholdId id, long workerUserId) {
        access.requireEditable(viewer, id);
        repository.assignWorker(id, workerUserId);
        touched(viewer, id, "CASEWORKER_ASSIGNED", "caseworker " + workerUserId);
    }

    // ---- rules about input that annotations cannot state

    private HouseholdRepository.PersonRow checked(PersonForm form, Relationship relationship, String prefix) {
        if (form.birthDate() != null && form.birthDate().isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidInput(prefix + "birthDate", "Check the year: a birth date before 1900 is not plausible.");
        }
        if (form.birthDate() != null && form.birthDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInput(prefix + "birthDate", "A birth date cannot be in the future.");
        }
        String raceProblem = HudRace.problemWith(form.race());
        if (raceProblem != null) {
            throw new InvalidInput(prefix + "race", raceProblem);
        }
        String phone = PhoneNumber.normalise(form.phone(), prefix + "phone");
        HouseholdRepository.SsnChange ssnChange = HouseholdRepository.SsnChange.KEEP;
        SsnVault.Sealed sealed = null;
        if (form.ssn() != null && !form.ssn().isBlank()) {
            sealed = vault.seal(Ssn.parse(form.ssn(), prefix + "ssn"));
            ssnChange = HouseholdRepository.SsnChange.SET;
        } else if (Boolean.TRUE.equals(form.removeSsn())) {
            ssnChange = HouseholdRepository.SsnChange.REMOVE;
        }
        return new HouseholdRepository.PersonRow(relationship, form.firstName().strip(), blankToNull(form.middleName()),
                form.lastName().strip(), form.birthDate(), List.copyOf(form.race()), form.sex(), form.veteranStatus(),
                blankToNull(form.preferredLanguage()), phone, ssnChange, sealed);
    }

    private HouseholdRepository.HouseholdRow checked(HouseholdForm form, long ownerAgencyId, String prefix) {
        if (form.workerUserId() != null && organisation.caseworkersOf(ownerAgencyId).stream()
                .noneMatch(s -> s.id() == form.workerUserId())) {
            throw new InvalidInput(prefix + "workerUserId", "Choose a caseworker of the agency that holds this family's record.");
        }
        Money total = dollars(form.monthlyIncome());
        Money earned = dollars(form.earnedIncome());
        if (total != null && earned != null && earned.compareTo(total) > 0) {
            throw new InvalidInput(prefix + "earnedIncome", "Earned income cannot be more than the total monthly income.");
        }
        if (earned != null && total == null) {
            throw new InvalidInput(prefix + "monthlyIncome", "Enter the total monthly income too (earned plus all other sources).");
        }
        return new HouseholdRepository.HouseholdRow(blankToNull(form.addressLine1()), blankToNull(form.addressLine2()),
                blankToNull(form.city()), form.state() == null || form.state().isBlank() ? null : form.state().strip().toUpperCase(),
                blankToNull(form.postalCode()), form.workerUserId(), total, earned == null && total != null ? Money.ZERO : earned);
    }

    private void recordIncome(Viewer viewer, HouseholdId id, HouseholdRepository.HouseholdRow household) {
        if (household.totalIncome() == null) {
            return;
        }
        var latest = repository.income(id).stream().findFirst();
        boolean changed = latest.map(i -> i.totalCents() != household.totalIncome().cents()
                || i.earnedCents() != household.earnedIncome().cents()).orElse(true);
        if (changed) {
            repository.insertIncome(id, LocalDate.now(clock), household.totalIncome(), household.earnedIncome(), viewer.userId());
        }
    }

    private static Money dollars(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Money.ofDollars(new BigDecimal(text.strip().replace("$", "").replace(",", "")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireFamilyRole(Viewer viewer) {
        if (!viewer.mayOpenFamilies()) {
            throw new AccessDeniedException("Your role does not open families' records.");
        }
    }

    private void touched(Viewer viewer, HouseholdId id, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(id, viewer.userId(), viewer.username(), action, detail));
    }
}
