package org.crosswalk.employment;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many jobs at once (demo data, later imports): employers with openings, placements with
 * their check-ins (answered or not), training and credentials, in JDBC batches. Monthly earnings
 * and check-in due dates follow the same rules as {@link Jobs}. A system load publishes no audit
 * events: nobody viewed anything.
 */
@Service
public class JobBatch {

    static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    JobBatch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NewEmployer(String name, Industry industry, String contactName, String contactPhone, String addressLine1,
                              String city, String postalCode, String notes, List<NewOpening> openings) {}

    public record NewOpening(String title, Money wageMin, Money wageMax, BigDecimal hoursPerWeek, Schedule schedule,
                             LocalDate postedOn, LocalDate closedOn) {}

    /** A job; {@code answers} holds the check-ins already answered, by days after start. */
    public record NewJob(HouseholdId household, UUID memberId, Long employerId, String employerName, String occupation,
                         Money hourlyWage, BigDecimal hoursPerWeek, Schedule schedule, List<Benefit> benefits,
                         LocalDate startedOn, LocalDate endedOn, ReasonLeft reasonLeft, boolean heldAtEnrollment,
                         Long recordedBy, List<Answer> answers) {}

    public record Answer(int daysAfterStart, LocalDate answeredOn, boolean stillEmployed, Boolean sameEmployer,
                         BigDecimal hoursPerWeek, Money hourlyWage, Long answeredBy) {}

    public record NewTraining(HouseholdId household, UUID memberId, String program, String provider, LocalDate startedOn,
                              LocalDate endsOn, TrainingStatus status, Long recordedBy) {}

    public record NewCredential(HouseholdId household, UUID memberId, String name, String issuer, LocalDate earnedOn,
                                Long recordedBy) {}

    /** The region's employers by name, adding those not yet in the directory (so chunked loads may call it again). */
    @Transactional
    public Map<String, Long> employers(Long regionId, List<NewEmployer> employers) {
        Map<String, Long> ids = new HashMap<>();
        for (NewEmployer e : employers) {
            var existing = jdbc.queryForList("select id from employment.employer where lower(name) = lower(:name) and coalesce(region_id, 0) = coalesce(:region, 0)",
                    new MapSqlParameterSource("name", e.name()).addValue("region", regionId, Types.BIGINT), Long.class);
            if (!existing.isEmpty()) {
                ids.put(e.name(), existing.getFirst());
                continue;
            }
            Long id = jdbc.queryForObject("""
                    insert into employment.employer (region_id, name, industry, contact_name, contact_phone, address_line1,
                                                     city, state, postal_code, notes)
                    values (:region, :name, :industry, :contact, :phone, :address, :city, 'CT', :zip, :notes)
                    returning id
                    """, new MapSqlParameterSource("region", regionId).addValue("name", e.name())
                    .addValue("industry", e.industry().name()).addValue("contact", e.contactName())
                    .addValue("phone", e.contactPhone()).addValue("address", e.addressLine1())
                    .addValue("city", e.city()).addValue("zip", e.postalCode()).addValue("notes", e.notes()), Long.class);
            ids.put(e.name(), id);
            batch("""
                    insert into employment.opening (employer_id, title, wage_min_cents, wage_max_cents, hours_per_week,
                                                    schedule, posted_on, closed_on)
                    values (:employer, :title, :min, :max, :hours, :schedule, :posted, :closed)
                    """, e.openings(), o -> new MapSqlParameterSource("employer", id).addValue("title", o.title())
                    .addValue("min", o.wageMin().cents()).addValue("max", o.wageMax().cents())
                    .addValue("hours", o.hoursPerWeek(), Types.NUMERIC).addValue("schedule", o.schedule().name())
                    .addValue("posted", o.postedOn()).addValue("closed", o.closedOn(), Types.DATE));
        }
        return ids;
    }

    @Transactional
    public void jobs(List<NewJob> jobs) {
        List<MapSqlParameterSource> placements = new ArrayList<>();
        List<MapSqlParameterSource> checkIns = new ArrayList<>();
        for (NewJob job : jobs) {
            UUID id = UUID.randomUUID();
            placements.add(new MapSqlParameterSource("id", id).addValue("household", job.household().value())
                    .addValue("member", job.memberId()).addValue("employer", job.employerId(), Types.BIGINT)
                    .addValue("employerName", job.employerName()).addValue("occupation", job.occupation())
                    .addValue("wage", job.hourlyWage().cents()).addValue("hours", job.hoursPerWeek())
                    .addValue("monthly", Earnings.monthly(job.hourlyWage(), job.hoursPerWeek()).cents())
                    .addValue("schedule", job.schedule().name())
                    .addValue("benefits", PlacementRepository.textArray(job.benefits()))
                    .addValue("start", job.startedOn()).addValue("end", job.endedOn(), Types.DATE)
                    .addValue("reason", job.reasonLeft() == null ? null : job.reasonLeft().name(), Types.VARCHAR)
                    .addValue("held", job.heldAtEnrollment()).addValue("by", job.recordedBy(), Types.BIGINT)
                    .addValue("endedBy", job.endedOn() == null ? null : job.recordedBy(), Types.BIGINT));
            if (!job.heldAtEnrollment()) {
                Map<Integer, Answer> answers = new HashMap<>();
                job.answers().forEach(a -> answers.put(a.daysAfterStart(), a));
                for (int days : RetentionCheckIn.DAYS_AFTER_START) {
                    checkIns.add(checkIn(id, job, days, answers.get(days)));
                }
            }
        }
        batch("""
                insert into employment.placement (id, household_id, member_id, employer_id, employer_name, occupation,
                       hourly_wage_cents, hours_per_week, monthly_earnings_cents, schedule, benefits, started_on, ended_on,
                       reason_left, held_at_enrollment, recorded_by, ended_by)
                values (:id, :household, :member, :employer, :employerName, :occupation, :wage, :hours, :monthly,
                        :schedule, :benefits::text[], :start, :end, :reason, :held, :by, :endedBy)
                """, placements, p -> p);
        batch("""
                insert into employment.checkin (id, placement_id, household_id, days_after_start, due_on, answered_on,
                       answered_by, answered_at, still_employed, same_employer, hours_per_week, hourly_wage_cents,
                       monthly_earnings_cents)
                values (:id, :placement, :household, :days, :due, :answeredOn, :answeredBy,
                        :answeredAt, :employed, :same, :hours, :wage, :monthly)
                """, checkIns, c -> c);
    }

    private static MapSqlParameterSource checkIn(UUID placement, NewJob job, int days, Answer a) {
        boolean working = a != null && a.stillEmployed();
        return new MapSqlParameterSource("id", UUID.randomUUID()).addValue("placement", placement)
                .addValue("household", job.household().value()).addValue("days", days)
                .addValue("due", RetentionCheckIn.dueOn(job.startedOn(), days))
                .addValue("answeredOn", a == null ? null : a.answeredOn(), Types.DATE)
                .addValue("answeredBy", a == null ? null : a.answeredBy(), Types.BIGINT)
                .addValue("answeredAt", a == null ? null : a.answeredOn().atTime(15, 0), Types.TIMESTAMP)
                .addValue("employed", a == null ? null : a.stillEmployed(), Types.BOOLEAN)
                .addValue("same", working ? a.sameEmployer() : null, Types.BOOLEAN)
                .addValue("hours", working ? a.hoursPerWeek() : null, Types.NUMERIC)
                .addValue("wage", working ? a.hourlyWage().cents() : null, Types.BIGINT)
                .addValue("monthly", working ? Earnings.monthly(a.hourlyWage(), a.hoursPerWeek()).cents() : null, Types.BIGINT);
    }

    @Transactional
    public void training(List<NewTraining> training, List<NewCredential> credentials) {
        batch("""
                insert into employment.training (id, household_id, member_id, program, provider, started_on, ends_on, status, recorded_by)
                values (:id, :household, :member, :program, :provider, :start, :end, :status, :by)
                """, training, t -> new MapSqlParameterSource("id", UUID.randomUUID())
                .addValue("household", t.household().value()).addValue("member", t.memberId())
                .addValue("program", t.program()).addValue("provider", t.provider()).addValue("start", t.startedOn())
                .addValue("end", t.endsOn(), Types.DATE).addValue("status", t.status().name())
                .addValue("by", t.recordedBy(), Types.BIGINT));
        batch("""
                insert into employment.credential (id, household_id, member_id, name, issuer, earned_on, recorded_by)
                values (:id, :household, :member, :name, :issuer, :earned, :by)
                """, credentials, c -> new MapSqlParameterSource("id", UUID.randomUUID())
                .addValue("household", c.household().value()).addValue("member", c.memberId())
                .addValue("name", c.name()).addValue("issuer", c.issuer()).addValue("earned", c.earnedOn())
                .addValue("by", c.recordedBy(), Types.BIGINT));
    }

    private <T> void batch(String sql, List<T> rows, Function<T, SqlParameterSource> params) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)).stream()
                    .map(params).toArray(SqlParameterSource[]::new));
        }
    }
}
