package org.crosswalk.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for enrollments, navigator assignments and exits. */
@Repository
class EnrollmentRepository {

    private final JdbcClient jdbc;

    EnrollmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record EnrollmentRow(UUID id, UUID referralId, long programId, LocalDate startDate, long navigatorUserId,
                         long enrolledBy, LocalDate exitedOn, ExitReason exitReason, String exitNote, Integer destination,
                         Long exitedBy, OffsetDateTime recordedAt) {}

    record AssignmentRow(UUID enrollmentId, long navigatorUserId, LocalDate fromDate, LocalDate toDate, long assignedBy,
                         String reason) {}

    Optional<Enrollment> lock(HouseholdId household, EnrollmentId id) {
        return jdbc.sql("""
                        select e.program_id, e.start_date, e.navigator_user_id, e.exited_on,
                               (select max(a.from_date) from intake.navigator_assignment a
                                 where a.enrollment_id = e.id and a.to_date is null) as assigned_since
                          from intake.enrollment e
                         where e.id = :id and e.household_id = :h
                           for update of e
                        """)
                .param("id", id.value()).param("h", household.value())
                .query((rs, n) -> {
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    LocalDate since = rs.getObject("assigned_since", LocalDate.class);
                    return new Enrollment(id, household, rs.getLong("program_id"), start, rs.getLong("navigator_user_id"),
                            since == null ? start : since, rs.getObject("exited_on", LocalDate.class));
                })
                .optional();
    }

    boolean activeIn(HouseholdId household, long programId) {
        return jdbc.sql("select exists (select 1 from intake.enrollment where household_id = :h and program_id = :p and exited_on is null)")
                .param("h", household.value()).param("p", programId).query(Boolean.class).single();
    }

    void insert(EnrollmentId id, Referral referral, LocalDate startDate, long navigator, long by) {
        jdbc.sql("""
                        insert into intake.enrollment (id, referral_id, household_id, program_id, start_date, navigator_user_id, enrolled_by)
                        values (:id, :referral, :h, :program, :start, :navigator, :by)
                        """)
                .param("id", id.value()).param("referral", referral.id().value()).param("h", referral.household().value())
                .param("program", referral.programId()).param("start", startDate).param("navigator", navigator)
                .param("by", by).update();
        startAssignment(id, navigator, startDate, by, null);
    }

    /** Ends the current assignment on {@code on} and starts the new one the same day. */
    void reassign(Enrollment enrollment, LocalDate on, long by, String reason) {
        endAssignment(enrollment.id(), on);
        startAssignment(enrollment.id(), enrollment.navigatorUserId(), on, by, reason);
        jdbc.sql("update intake.enrollment set navigator_user_id = :n where id = :id")
                .param("n", enrollment.navigatorUserId()).param("id", enrollment.id().value()).update();
    }

    void exit(Enrollment enrollment, ExitReason reason, String note, int destination, long by) {
        jdbc.sql("""
                        update intake.enrollment
                           set exited_on = :on, exit_reason = :reason, exit_note = :note, exit_destination = :destination, exited_by = :by
                         where id = :id
                        """)
                .param("on", enrollment.exitedOn()).param("reason", reason.name()).param("note", note)
                .param("destination", destination).param("by", by).param("id", enrollment.id().value()).update();
        endAssignment(enrollment.id(), enrollment.exitedOn());
    }

    private void startAssignment(EnrollmentId id, long navigator, LocalDate from, long by, String reason) {
        jdbc.sql("""
                        insert into intake.navigator_assignment (enrollment_id, navigator_user_id, from_date, assigned_by, reason)
                        values (:e, :n, :from, :by, :reason)
                        """)
                .param("e", id.value()).param("n", navigator).param("from", from).param("by", by).param("reason", reason)
                .update();
    }

    private void endAssignment(EnrollmentId id, LocalDate on) {
        jdbc.sql("update intake.navigator_assignment set to_date = :on where enrollment_id = :e and to_date is null")
                .param("on", on).param("e", id.value()).update();
    }

    /** Active enrollments per navigator: the caseload the navigator picker shows. */
    Map<Long, Long> caseloads(Collection<Long> navigators) {
        if (navigators.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select navigator_user_id, count(*) from intake.enrollment
                         where exited_on is null and navigator_user_id in (:ids)
                         group by navigator_user_id
                        """)
                .param("ids", navigators)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    // ---- reading a household's history

    List<EnrollmentRow> enrollments(HouseholdId household) {
        return jdbc.sql("""
                        select id, referral_id, program_id, start_date, navigator_user_id, enrolled_by, exited_on, exit_reason,
                               exit_note, exit_destination, exited_by, recorded_at
                          from intake.enrollment where household_id = :h
                         order by (exited_on is null) desc, start_date desc
                        """)
                .param("h", household.value())
                .query((rs, n) -> new EnrollmentRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getLong(6), rs.getObject(7, LocalDate.class),
                        rs.getString(8) == null ? null : ExitReason.valueOf(rs.getString(8)), rs.getString(9),
                        (Integer) rs.getObject(10, Integer.class), (Long) rs.getObject(11, Long.class),
                        rs.getObject(12, OffsetDateTime.class)))
                .list();
    }

    List<AssignmentRow> assignments(Collection<UUID> enrollments) {
        if (enrollments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select enrollment_id, navigator_user_id, from_date, to_date, assigned_by, reason
                          from intake.navigator_assignment where enrollment_id in (:ids)
                         order by from_date, id
                        """)
                .param("ids", enrollments)
                .query((rs, n) -> new AssignmentRow(rs.getObject(1, UUID.class), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6)))
                .list();
    }
}
