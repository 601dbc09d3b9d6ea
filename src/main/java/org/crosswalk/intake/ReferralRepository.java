package org.crosswalk.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.intake.IntakeForms.Answer;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for referrals, contact attempts and assessments. */
@Repository
class ReferralRepository {

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ReferralRow(UUID id, long programId, LocalDate referredOn, ReferralSource source, String sourceOther,
                       int livingSituation, String note, long referredBy, Long referrerAgencyId, ReferralStatus status,
                       List<String> failedRules, LocalDate followUpOn, OffsetDateTime recordedAt) {}

    record ContactRow(UUID referralId, LocalDate attemptedOn, ContactMethod method, boolean reached, String note,
                      long recordedBy, OffsetDateTime recordedAt) {}

    record AssessmentRow(UUID id, UUID referralId, LocalDate assessedOn, Decision decision, LocalDate followUpOn,
                         DeclineReason declineReason, String declineDetail, long assessedBy, OffsetDateTime recordedAt) {}

    record AnswerRow(UUID assessmentId, ReadinessQuestion question, boolean answer, String comment) {}

    // ---- the aggregate, locked for a change

    Optional<Referral> lock(HouseholdId household, ReferralId id) {
        return jdbc.sql("""
                        select r.id, r.program_id, r.referred_on, r.source, r.living_situation, r.status, r.follow_up_on,
                               (select max(c.attempted_on) from intake.contact_attempt c where c.referral_id = r.id and c.reached) as last_reached_on,
                               (select max(a.assessed_on) from intake.assessment a where a.referral_id = r.id) as last_assessed_on
                          from intake.referral r
                         where r.id = :id and r.household_id = :h
                           for update of r
                        """)
                .param("id", id.value()).param("h", household.value())
                .query((rs, n) -> new Referral(id, household, rs.getLong("program_id"),
                        rs.getObject("referred_on", LocalDate.class), ReferralSource.valueOf(rs.getString("source")),
                        LivingSituation.of(rs.getInt("living_situation")).orElseThrow(),
                        ReferralStatus.valueOf(rs.getString("status")), rs.getObject("last_reached_on", LocalDate.class),
                        rs.getObject("last_assessed_on", LocalDate.class), rs.getObject("follow_up_on", LocalDate.class)))
                .optional();
    }

    /** The open referral of this household to this program, if any. */
    Optional<ReferralStatus> openReferralStatus(HouseholdId household, long programId) {
        return jdbc.sql("""
                        select status from intake.referral
                         where household_id = :h and program_id = :p
                           and status in ('REFERRED', 'CONTACTED', 'ASSESSED', 'NOT_NOW', 'UNREACHABLE')
                        """)
                .param("h", household.value()).param("p", programId)
                .query((rs, n) -> ReferralStatus.valueOf(rs.getString(1))).optional();
    }

    // ---- writing

    void insert(ReferralId id, HouseholdId household, IntakeForms.ReferralForm form, ReferralStatus status,
                List<String> failedRules, long by, Long agencyId) {
        jdbc.sql("""
                        insert into intake.referral (id, household_id, program_id, referred_on, source, source_other,
                                                     living_situation, note, referred_by, referrer_agency_id, status, failed_rules)
                        values (:id, :h, :program, :on, :source, :other, :situation, :note, :by, :agency, :status, :failed)
                        """)
                .param("id", id.value()).param("h", household.value()).param("program", form.programId())
                .param("on", form.referredOn()).param("source", form.source().name())
                .param("other", form.source() == ReferralSource.OTHER ? blankToNull(form.sourceOther()) : null)
                .param("situation", form.livingSituation()).param("note", blankToNull(form.note()))
                .param("by", by).param("agency", agencyId).param("status", status.name())
                .param("failed", failedRules.toArray(String[]::new))
                .update();
    }

    void insertContact(ReferralId id, IntakeForms.ContactForm form, long by) {
        jdbc.sql("""
                        insert into intake.contact_attempt (referral_id, attempted_on, method, reached, note, recorded_by)
                        values (:r, :on, :method, :reached, :note, :by)
                        """)
                .param("r", id.value()).param("on", form.attemptedOn()).param("method", form.method().name())
                .param("reached", form.reached()).param("note", blankToNull(form.note())).param("by", by)
                .update();
    }

    void insertAssessment(UUID assessmentId, ReferralId id, IntakeForms.AssessmentForm form, long by) {
        boolean declined = form.decision() == Decision.DECLINED;
        jdbc.sql("""
                        insert into intake.assessment (id, referral_id, assessed_on, decision, follow_up_on, decline_reason,
                                                       decline_detail, assessed_by)
                        values (:id, :r, :on, :decision, :followUp, :reason, :detail, :by)
                        """)
                .param("id", assessmentId).param("r", id.value()).param("on", form.assessedOn())
                .param("decision", form.decision().name())
                .param("followUp", form.decision() == Decision.NOT_NOW ? form.followUpOn() : null)
                .param("reason", declined ? form.declineReason().name() : null)
                .param("detail", declined ? blankToNull(form.declineDetail()) : null)
                .param("by", by)
                .update();
        for (Answer a : form.answers()) {
            jdbc.sql("insert into intake.readiness_answer (assessment_id, question, answer, comment) values (:a, :q, :yes, :comment)")
                    .param("a", assessmentId).param("q", a.question().name()).param("yes", a.yes())
                    .param("comment", blankToNull(a.comment())).update();
        }
    }

    void updateStatus(Referral referral) {
        jdbc.sql("update intake.referral set status = :status, follow_up_on = :followUp where id = :id")
                .param("status", referral.status().name()).param("followUp", referral.followUpOn())
                .param("id", referral.id().value()).update();
    }

    // ---- reading a household's history

    List<ReferralRow> referrals(HouseholdId household) {
        return jdbc.sql("""
                        select id, program_id, referred_on, source, source_other, living_situation, note, referred_by,
                               referrer_agency_id, status, failed_rules, follow_up_on, recorded_at
                          from intake.referral where household_id = :h
                         order by referred_on desc, recorded_at desc
                        """)
                .param("h", household.value()).query(ReferralRepository::referralRow).list();
    }

    List<ContactRow> contacts(Collection<UUID> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select referral_id, attempted_on, method, reached, note, recorded_by, recorded_at
                          from intake.contact_attempt where referral_id in (:ids) order by attempted_on, id
                        """)
                .param("ids", referrals)
                .query((rs, n) -> new ContactRow(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        ContactMethod.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getString(5), rs.getLong(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    List<AssessmentRow> assessments(Collection<UUID> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, referral_id, assessed_on, decision, follow_up_on, decline_reason, decline_detail,
                               assessed_by, recorded_at
                          from intake.assessment where referral_id in (:ids) order by assessed_on, recorded_at
                        """)
                .param("ids", referrals)
                .query((rs, n) -> new AssessmentRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), Decision.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getString(6) == null ? null : DeclineReason.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getLong(8), rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    List<AnswerRow> answers(Collection<UUID> assessments) {
        if (assessments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select assessment_id, question, answer, comment from intake.readiness_answer where assessment_id in (:ids)")
                .param("ids", assessments)
                .query((rs, n) -> new AnswerRow(rs.getObject(1, UUID.class), ReadinessQuestion.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    private static ReferralRow referralRow(ResultSet rs, int n) throws SQLException {
        return new ReferralRow(rs.getObject("id", UUID.class), rs.getLong("program_id"),
                rs.getObject("referred_on", LocalDate.class), ReferralSource.valueOf(rs.getString("source")),
                rs.getString("source_other"), rs.getInt("living_situation"), rs.getString("note"),
                rs.getLong("referred_by"), (Long) rs.getObject("referrer_agency_id"),
                ReferralStatus.valueOf(rs.getString("status")),
                Arrays.asList((String[]) rs.getArray("failed_rules").getArray()),
                rs.getObject("follow_up_on", LocalDate.class), rs.getObject("recorded_at", OffsetDateTime.class));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
