package org.crosswalk.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.Organisation;
import org.crosswalk.intake.eligibility.EligibilityRule;
import org.crosswalk.intake.eligibility.ProgramForm;
import org.crosswalk.intake.eligibility.Programs;
import org.crosswalk.intake.eligibility.ReferralFacts;
import org.crosswalk.shared.CopyIn;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many intake histories at once (the demo and the HMIS import), through COPY ({@link CopyIn}). Like
 * the other loaders it trusts its input beyond the database's constraints and publishes no audit
 * events; each referral's status follows from its steps, so it cannot contradict them.
 */
@Service
public class IntakeBatch {

    private final NamedParameterJdbcTemplate jdbc;
    private final Programs programs;
    private final Organisation organisation;

    IntakeBatch(NamedParameterJdbcTemplate jdbc, Programs programs, Organisation organisation) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.organisation = organisation;
    }

    public record Contact(LocalDate on, ContactMethod method, boolean reached) {}

    public record Assessment(LocalDate on, Map<ReadinessQuestion, Boolean> answers, Decision decision, LocalDate followUpOn,
                             DeclineReason declineReason, String declineDetail) {}

    /** A navigator from a day on; each assignment ends when the next begins, or at the exit. */
    public record Assignment(long navigatorUserId, LocalDate from) {}

    public record Exit(LocalDate on, ExitReason reason, LivingSituation destination) {}

    public record Enrollment(LocalDate startDate, List<Assignment> navigators, Exit exit) {}

    /**
     * One referral and what followed. {@code failedRules} non-empty makes it an ineligible referral;
     * {@code worker} recorded the contacts, assessments and enrollment.
     */
    public record Story(HouseholdId household, long programId, LocalDate referredOn, ReferralSource source,
                        LivingSituation situation, long referredBy, Long referrerAgencyId, List<String> failedRules,
                        long worker, List<Contact> contacts, List<Assessment> assessments, Enrollment enrollment,
                        String sourceOther) {

        /** A story whose OTHER source is named "Coordinated access network" (the demo's). */
        public Story(HouseholdId household, long programId, LocalDate referredOn, ReferralSource source,
                     LivingSituation situation, long referredBy, Long referrerAgencyId, List<String> failedRules,
                     long worker, List<Contact> contacts, List<Assessment> assessments, Enrollment enrollment) {
            this(household, programId, referredOn, source, situation, referredBy, referrerAgencyId, failedRules, worker,
                    contacts, assessments, enrollment, source == ReferralSource.OTHER ? "Coordinated access network" : null);
        }
    }

    /** Creates the programs not there yet (by name), each with the standard rules; returns all their IDs by name. */
    @Transactional
    public Map<String, Long> programsWithStandardRules(Map<String, String> regionByProgram) {
        Map<String, Long> regions = organisation.regions().stream()
                .collect(Collectors.toMap(Organisation.Region::name, Organisation.Region::id));
        Map<String, Long> existing = programs.all().stream()
                .collect(Collectors.toMap(Programs.Program::name, Programs.Program::id));
        regionByProgram.forEach((program, region) -> {
            if (!existing.containsKey(program)) {
                programs.create(new ProgramForm(program, regions.get(region), true, true), null);
            }
        });
        return programs.all().stream().collect(Collectors.toMap(Programs.Program::name, Programs.Program::id));
    }

    /** The standard rules a referral would fail, judged without a database (for loaders that build ineligible referrals). */
    public static List<String> standardRuleFailures(LocalDate on, LocalDate headBirthDate, List<LocalDate> othersBirthDates,
                                                    Long monthlyIncomeCents, LivingSituation situation, ReferralSource source) {
        var facts = new ReferralFacts(on, headBirthDate, othersBirthDates,
                monthlyIncomeCents == null ? null : new Money(monthlyIncomeCents), situation, source);
        List<String> failed = new ArrayList<>();
        for (EligibilityRule rule : Programs.standardRules()) {
            rule.failureFor(facts).ifPresent(reason -> failed.add(rule.describe()));
        }
        return failed;
    }

    @Transactional
    public void load(List<Story> stories) {
        List<Object[]> referrals = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> enrollments = new ArrayList<>();
        List<Object[]> assignments = new ArrayList<>();
        for (Story s : stories) {
            UUID referral = UUID.randomUUID();
            Assessment last = s.assessments().isEmpty() ? null : s.assessments().getLast();
            ReferralStatus status = statusOf(s);
            referrals.add(new Object[] {referral, s.household().value(), s.programId(), s.referredOn(), s.source().name(), s.sourceOther(),
                    s.situation().code(), s.referredBy(), s.referrerAgencyId(), status.name(), s.failedRules(),
                    status == ReferralStatus.NOT_NOW ? last.followUpOn() : null});
            for (Contact c : s.contacts()) {
                contacts.add(new Object[] {referral, c.on(), c.method().name(), c.reached(), s.worker()});
            }
            for (Assessment a : s.assessments()) {
                UUID id = UUID.randomUUID();
                assessments.add(new Object[] {id, referral, a.on(), a.decision().name(), a.followUpOn(),
                        a.declineReason() == null ? null : a.declineReason().name(), a.declineDetail(), s.worker()});
                a.answers().forEach((q, yes) -> answers.add(new Object[] {id, q.name(), yes}));
            }
            if (s.enrollment() != null) {
                enrollment(s, referral, enrollments, assignments);
            }
        }
        copy("intake.referral", "id, household_id, program_id, referred_on, source, source_other, living_situation, referred_by, "
                + "referrer_agency_id, status, failed_rules, follow_up_on", referrals);
        copy("intake.contact_attempt", "referral_id, attempted_on, method, reached, recorded_by", contacts);
        copy("intake.assessment", "id, referral_id, assessed_on, decision, follow_up_on, decline_reason, decline_detail, assessed_by",
                assessments);
        copy("intake.readiness_answer", "assessment_id, question, answer", answers);
        copy("intake.enrollment", "id, referral_id, household_id, program_id, start_date, navigator_user_id, enrolled_by, exited_on, "
                + "exit_reason, exit_destination, exited_by", enrollments);
        copy("intake.navigator_assignment", "enrollment_id, navigator_user_id, from_date, to_date, assigned_by", assignments);
    }

    private static void enrollment(Story s, UUID referral, List<Object[]> enrollments, List<Object[]> assignments) {
        UUID id = UUID.randomUUID();
        Enrollment e = s.enrollment();
        Exit exit = e.exit();
        enrollments.add(new Object[] {id, referral, s.household().value(), s.programId(), e.startDate(),
                e.navigators().getLast().navigatorUserId(), s.worker(), exit == null ? null : exit.on(),
                exit == null ? null : exit.reason().name(), exit == null ? null : exit.destination().code(), exit == null ? null : s.worker()});
        for (int i = 0; i < e.navigators().size(); i++) {
            Assignment a = e.navigators().get(i);
            LocalDate to = i + 1 < e.navigators().size() ? e.navigators().get(i + 1).from() : exit == null ? null : exit.on();
            assignments.add(new Object[] {id, a.navigatorUserId(), a.from(), to, s.worker()});
        }
    }

    /**
     * For an importer loading households again: removes the referrals it loaded for these households
     * (source OTHER with {@code sourceOther} as its name) with their contacts, assessments, enrollment
     * and navigator assignments. Referrals staff recorded stay.
     */
    @Transactional
    public void forget(List<HouseholdId> households, String sourceOther) {
        if (households.isEmpty()) {
            return;
        }
        Map<String, Object> p = Map.of("ids", households.stream().map(HouseholdId::value).toArray(UUID[]::new), "other", sourceOther);
        String referrals = "select id from intake.referral where household_id = any(:ids) and source = 'OTHER' and source_other = :other";
        jdbc.update("delete from intake.navigator_assignment where enrollment_id in (select id from intake.enrollment where referral_id in ("
                + referrals + "))", p);
        jdbc.update("delete from intake.enrollment where referral_id in (" + referrals + ")", p);
        jdbc.update("delete from intake.assessment where referral_id in (" + referrals + ")", p);
        jdbc.update("delete from intake.contact_attempt where referral_id in (" + referrals + ")", p);
        jdbc.update("delete from intake.referral where id in (" + referrals + ")", p);
    }

    /** An enrollment's referral: the prior living situation recorded at referral (HUD 3.917). */
    public record PriorSituation(HouseholdId household, long programId, LocalDate startDate, LivingSituation situation) {}

    /** For exporters (the HMIS CSV export's Enrollment.LivingSituation): the prior living situation of each enrollment of these households. */
    @Transactional(readOnly = true)
    public List<PriorSituation> priorSituations(java.util.Collection<HouseholdId> households) {
        if (households.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select e.household_id, e.program_id, e.start_date, r.living_situation
                  from intake.enrollment e join intake.referral r on r.id = e.referral_id
                 where e.household_id = any(:ids) order by e.household_id, e.start_date, e.program_id
                """, Map.of("ids", households.stream().map(HouseholdId::value).toArray(UUID[]::new)), (rs, n) -> new PriorSituation(
                new HouseholdId(rs.getObject(1, UUID.class)), rs.getLong(2), rs.getObject(3, LocalDate.class),
                LivingSituation.of(rs.getInt(4)).orElse(LivingSituation.NOT_COLLECTED)));
    }

    /** The status the steps lead to, by the same rules as {@link Referral}. */
    static ReferralStatus statusOf(Story s) {
        if (!s.failedRules().isEmpty()) {
            return ReferralStatus.INELIGIBLE;
        }
        if (s.enrollment() != null) {
            return ReferralStatus.ENROLLED;
        }
        if (!s.assessments().isEmpty()) {
            return switch (s.assessments().getLast().decision()) {
                case ENROLL -> ReferralStatus.ASSESSED;
                case NOT_NOW -> ReferralStatus.NOT_NOW;
                case DECLINED -> ReferralStatus.DECLINED;
            };
        }
        if (s.contacts().isEmpty()) {
            return ReferralStatus.REFERRED;
        }
        return s.contacts().stream().anyMatch(Contact::reached) ? ReferralStatus.CONTACTED : ReferralStatus.UNREACHABLE;
    }

    private void copy(String table, String columns, List<Object[]> rows) {
        CopyIn.rows(jdbc.getJdbcTemplate(), table, columns, rows, r -> r);
    }
}
