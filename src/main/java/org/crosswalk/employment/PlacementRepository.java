package org.crosswalk.employment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for placements and their retention check-ins. */
@Repository
class PlacementRepository {

    private static final String PLACEMENT = """
            select id, household_id, member_id, employer_id, employer_name, occupation, hourly_wage_cents, hours_per_week,
                   monthly_earnings_cents, schedule, benefits, started_on, ended_on, reason_left, held_at_enrollment,
                   recorded_by, recorded_at
              from employment.placement
            """;
    private static final String CHECKIN = """
            select id, placement_id, days_after_start, due_on, answered_on, answered_by, still_employed, same_employer,
                   hours_per_week, hourly_wage_cents, monthly_earnings_cents, note
              from employment.checkin
            """;

    private final JdbcClient jdbc;

    PlacementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PlacementRow(UUID id, HouseholdId household, UUID memberId, Long employerId, String employerName,
                        String occupation, Money hourlyWage, BigDecimal hoursPerWeek, Money monthlyEarnings,
                        Schedule schedule, List<Benefit> benefits, LocalDate startedOn, LocalDate endedOn,
                        ReasonLeft reasonLeft, boolean heldAtEnrollment, Long recordedBy, OffsetDateTime recordedAt) {}

    void insert(UUID id, HouseholdId household, NewPlacement p, long recordedBy) {
        jdbc.sql("""
                        insert into employment.placement (id, household_id, member_id, employer_id, employer_name, occupation,
                               hourly_wage_cents, hours_per_week, monthly_earnings_cents, schedule, benefits, started_on,
                               ended_on, reason_left, held_at_enrollment, recorded_by, ended_by)
                        values (:id, :household, :member, :employer, :employerName, :occupation, :wage, :hours, :monthly,
                                :schedule, :benefits::text[], :start, :end, :reason, :held, :by, :endedBy)
                        """)
                .param("id", id).param("household", household.value()).param("member", p.memberId())
                .param("employer", p.employerId()).param("employerName", p.employerName())
                .param("occupation", p.occupation()).param("wage", p.hourlyWage().cents())
                .param("hours", p.hoursPerWeek()).param("monthly", p.monthlyEarnings().cents())
                .param("schedule", p.schedule().name()).param("benefits", textArray(p.benefits()))
                .param("start", p.startedOn()).param("end", p.endedOn())
                .param("reason", p.reasonLeft() == null ? null : p.reasonLeft().name())
                .param("held", p.heldAtEnrollment()).param("by", recordedBy)
                .param("endedBy", p.endedOn() == null ? null : recordedBy)
                .update();
        if (!p.heldAtEnrollment()) {
            insertCheckIns(id, household, p.startedOn());
        }
    }

    /** The 30-, 90-, 180- and 365-day check-ins of a job that started on {@code startedOn}. */
    void insertCheckIns(UUID placement, HouseholdId household, LocalDate startedOn) {
        for (int days : RetentionCheckIn.DAYS_AFTER_START) {
            jdbc.sql("""
                            insert into employment.checkin (id, placement_id, household_id, days_after_start, due_on)
                            values (:id, :placement, :household, :days, :due)
                            """)
                    .param("id", UUID.randomUUID()).param("placement", placement).param("household", household.value())
                    .param("days", days).param("due", RetentionCheckIn.dueOn(startedOn, days))
                    .update();
        }
    }

    List<PlacementRow> placements(HouseholdId household) {
        return jdbc.sql(PLACEMENT + " where household_id = :h order by started_on desc, recorded_at desc")
                .param("h", household.value()).query(this::placementRow).list();
    }

    Optional<PlacementRow> placement(HouseholdId household, UUID id) {
        return jdbc.sql(PLACEMENT + " where household_id = :h and id = :id")
                .param("h", household.value()).param("id", id).query(this::placementRow).optional();
    }

    Optional<PlacementRow> heldAtEnrollment(UUID member) {
        return jdbc.sql(PLACEMENT + " where member_id = :m and held_at_enrollment")
                .param("m", member).query(this::placementRow).optional();
    }

    /** Ends a current job; false when it had already ended. */
    boolean end(HouseholdId household, UUID id, Placement.Ending ending, long by) {
        return jdbc.sql("""
                        update employment.placement set ended_on = :end, reason_left = :reason, ended_by = :by
                         where id = :id and household_id = :h and ended_on is null
                        """)
                .param("end", ending.endedOn()).param("reason", ending.reasonLeft().name()).param("by", by)
                .param("id", id).param("h", household.value()).update() == 1;
    }

    List<RetentionCheckIn> checkIns(HouseholdId household, Map<Long, String> staff) {
        return jdbc.sql(CHECKIN + " where household_id = :h order by due_on, days_after_start")
                .param("h", household.value()).query((rs, n) -> checkIn(rs, staff)).list();
    }

    Optional<RetentionCheckIn> checkIn(HouseholdId household, UUID id, Map<Long, String> staff) {
        return jdbc.sql(CHECKIN + " where household_id = :h and id = :id")
                .param("h", household.value()).param("id", id).query((rs, n) -> checkIn(rs, staff)).optional();
    }

    /** Keeps an answer; false when the check-in was answered meanwhile (answered once, never twice). */
    boolean answer(UUID id, RetentionCheckIn.Answer a, long by) {
        return jdbc.sql("""
                        update employment.checkin
                           set answered_on = :on, answered_by = :by, answered_at = now(), still_employed = :employed,
                               same_employer = :same, hours_per_week = :hours, hourly_wage_cents = :wage,
                               monthly_earnings_cents = :monthly, note = :note
                         where id = :id and answered_on is null
                        """)
                .param("on", a.answeredOn()).param("by", by).param("employed", a.stillEmployed())
                .param("same", a.sameEmployer()).param("hours", a.hoursPerWeek())
                .param("wage", a.hourlyWage() == null ? null : a.hourlyWage().cents())
                .param("monthly", a.monthlyEarnings() == null ? null : a.monthlyEarnings().cents())
                .param("note", a.note()).param("id", id)
                .update() == 1;
    }

    static String textArray(List<? extends Enum<?>> values) {
        return "{" + String.join(",", values.stream().map(Enum::name).toList()) + "}";
    }

    private PlacementRow placementRow(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("reason_left");
        return new PlacementRow(rs.getObject("id", UUID.class), new HouseholdId(rs.getObject("household_id", UUID.class)),
                rs.getObject("member_id", UUID.class), (Long) rs.getObject("employer_id"), rs.getString("employer_name"),
                rs.getString("occupation"), new Money(rs.getLong("hourly_wage_cents")), rs.getBigDecimal("hours_per_week"),
                new Money(rs.getLong("monthly_earnings_cents")), Schedule.valueOf(rs.getString("schedule")),
                Arrays.stream((String[]) rs.getArray("benefits").getArray()).map(Benefit::valueOf).toList(),
                rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                reason == null ? null : ReasonLeft.valueOf(reason), rs.getBoolean("held_at_enrollment"),
                (Long) rs.getObject("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static RetentionCheckIn checkIn(ResultSet rs, Map<Long, String> staff) throws SQLException {
        LocalDate answeredOn = rs.getObject("answered_on", LocalDate.class);
        RetentionCheckIn.Answer answer = null;
        if (answeredOn != null) {
            Long wage = (Long) rs.getObject("hourly_wage_cents");
            Long monthly = (Long) rs.getObject("monthly_earnings_cents");
            Long by = (Long) rs.getObject("answered_by");
            answer = new RetentionCheckIn.Answer(answeredOn, rs.getBoolean("still_employed"),
                    (Boolean) rs.getObject("same_employer"), rs.getBigDecimal("hours_per_week"),
                    wage == null ? null : new Money(wage), monthly == null ? null : new Money(monthly),
                    rs.getString("note"), by == null ? null : staff.get(by));
        }
        return new RetentionCheckIn(rs.getObject("id", UUID.class), rs.getObject("placement_id", UUID.class),
                rs.getInt("days_after_start"), rs.getObject("due_on", LocalDate.class), answer);
    }
}
