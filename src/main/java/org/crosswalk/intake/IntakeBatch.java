package org.crosswalk.intake;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosswalk.access.Organisation;
import org.crosswalk.intake.eligibility.EligibilityRule;
import org.crosswalk.intake.eligibility.ProgramForm;
import org.crosswalk.intake.eligibility.Programs;
import org.crosswalk.intake.eligibility.ReferralFacts;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many intake histories at once (the demo now, an HMIS import later), in JDBC batches. Like
 * the other loaders it trusts its input beyond the database's constraints and publishes no audit
 * events; each referral's status follows from its steps, so it cannot contradict them.
 */
@Service
public class IntakeBatch {

    static final int BATCH = 1000;

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
        List<MapSqlParameterSource> referrals = new ArrayList<>();
        List<MapSqlParameterSource> contacts = new ArrayList<>();
        List<MapSqlParameterSource> assessments = new ArrayList<>();
        List<MapSqlParameterSource> answers = new ArrayList<>();
        List<MapSqlParameterSource> enrollments = new ArrayList<>();
        List<MapSqlParameterSource> assignments = new ArrayList<>();
        for (Story s : stories) {
            UUID referral = UUID.randomUUID();
            Assessment last = s.assessments().isEmpty() ? null : s.assessments().getLast();
            ReferralStatus status = statusOf(s);
            referrals.add(new MapSqlParameterSource("id", referral).addValue("h", s.household().value())
                    .addValue("program", s.programId()).addValue("on", s.referredOn()).addValue("source", s.source().name())
                    .addValue("other", s.sourceOther(), Types.VARCHAR)
                    .addValue("situation", s.situation().code()).addValue("by", s.referredBy())
                    .addValue("agency", s.referrerAgencyId(), Types.BIGINT).addValue("status", status.name())
                    .addValue("failed", s.failedRules().toArray(String[]::new))
                    .addValue("followUp", status == ReferralStatus.NOT_NOW ? last.followUpOn() : null, Types.DATE));
            for (Contact c : s.contacts()) {
                contacts.add(new MapSqlParameterSource("r", referral).addValue("on", c.on()).addValue("method", c.method().name())
                        .addValue("reached", c.reached()).addValue("by", s.worker()));
            }
            for (Assessment a : s.assessments()) {
                UUID id = UUID.randomUUID();
                assessments.add(new MapSqlParameterSource("id", id).addValue("r", referral).addValue("on", a.on())
                        .addValue("decision", a.decision().name()).addValue("followUp", a.followUpOn(), Types.DATE)
                        .addValue("reason", a.declineReason() == null ? null : a.declineReason().name(), Types.VARCHAR)
                        .addValue("detail", a.declineDetail(), Types.VARCHAR).addValue("by", s.worker()));
                a.answers().forEach((q, yes) -> answers.add(new MapSqlParameterSource("a", id).addValue("q", q.name())
                        .addValue("yes", yes)));
            }
            if (s.enrollment() != null) {
                enrollment(s, referral, enrollments, assignments);
            }
        }
        batch("""
                insert into intake.referral (id, household_id, program_id, referred_on, source, source_other, living_situation,
                                             referred_by, referrer_agency_id, status, failed_rules, follow_up_on)
                values (:id, :h, :program, :on, :source, :other, :situation, :by, :agency, :status, :failed, :followUp)
                """, referrals);
        batch("""
                insert into intake.contact_attempt (referral_id, attempted_on, method, reached, recorded_by)
                values (:r, :on, :method, :reached, :by)
                """, contacts);
        batch("""
                insert into intake.assessment (id, referral_id, assessed_on, decision, follow_up_on, decline_reason, decline_detail, assessed_by)
                values (:id, :r, :on, :decision, :followUp, :reason, :detail, :by)
                """, assessments);
        batch("insert into intake.readiness_answer (assessment_id, question, answer) values (:a, :q, :yes)", answers);
        batch("""
                insert into intake.enrollment (id, referral_id, household_id, program_id, start_date, navigator_user_id, enrolled_by,
                                               exited_on, exit_reason, exit_destination, exited_by)
                values (:id, :r, :h, :program, :start, :navigator, :by, :exitedOn, :reason, :destination, :exitedBy)
                """, enrollments);
        batch("""
                insert into intake.navigator_assignment (enrollment_id, navigator_user_id, from_date, to_date, assigned_by)
                values (:e, :n, :from, :to, :by)
                """, assignments);
    }

    private static void enrollment(Story s, UUID referral, List<MapSqlParameterSource> enrollments,
                                   List<MapSqlParameterSource> assignments) {
        UUID id = UUID.randomUUID();
        Enrollment e = s.enrollment();
        Exit exit = e.exit();
        enrollments.add(new MapSqlParameterSource("id", id).addValue("r", referral).addValue("h", s.household().value())
                .addValue("program", s.programId()).addValue("start", e.startDate())
                .addValue("navigator", e.navigators().getLast().navigatorUserId()).addValue("by", s.worker())
                .addValue("exitedOn", exit == null ? null : exit.on(), Types.DATE)
                .addValue("reason", exit == null ? null : exit.reason().name(), Types.VARCHAR)
                .addValue("destination", exit == null ? null : exit.destination().code(), Types.SMALLINT)
                .addValue("exitedBy", exit == null ? null : s.worker(), Types.BIGINT));
        for (int i = 0; i < e.navigators().size(); i++) {
            Assignment a = e.navigators().get(i);
            LocalDate to = i + 1 < e.navigators().size() ? e.navigators().get(i + 1).from() : exit == null ? null : exit.on();
            assignments.add(new MapSqlParameterSource("e", id).addValue("n", a.navigatorUserId()).addValue("from", a.from())
                    .addValue("to", to, Types.DATE).addValue("by", s.worker()));
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
        Map<String, Object> p = Map.of("ids", households.stream().map(HouseholdId::value).toList(), "other", sourceOther);
        String referrals = "select id from intake.referral where household_id in (:ids) and source = 'OTHER' and source_other = :other";
        jdbc.update("delete from intake.navigator_assignment where enrollment_id in (select id from intake.enrollment where referral_id in ("
                + referrals + "))", p);
        jdbc.update("delete from intake.enrollment where referral_id in (" + referrals + ")", p);
        jdbc.update("delete from intake.assessment where referral_id in (" + referrals + ")", p);
        jdbc.update("delete from intake.contact_attempt where referral_id in (" + referrals + ")", p);
        jdbc.update("delete from intake.referral where id in (" + referrals + ")", p);
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

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        Function<MapSqlParameterSource, SqlParameterSource> same = p -> p;
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)).stream().map(same)
                    .toArray(SqlParameterSource[]::new));
        }
    }
}
