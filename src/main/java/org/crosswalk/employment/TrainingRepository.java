package org.crosswalk.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for training enrollments and credentials. */
@Repository
class TrainingRepository {

    private final JdbcClient jdbc;

    TrainingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record EnrollmentRow(UUID id, UUID memberId, String program, String provider, LocalDate startedOn, LocalDate endsOn,
                         TrainingStatus status) {}

    void insert(UUID id, HouseholdId household, TrainingForm t, long by) {
        jdbc.sql("""
                        insert into employment.training (id, household_id, member_id, program, provider, started_on, ends_on, status, recorded_by)
                        values (:id, :h, :member, :program, :provider, :start, :end, :status, :by)
                        """)
                .param("id", id).param("h", household.value()).param("member", t.memberId())
                .param("program", t.program().strip()).param("provider", t.provider().strip())
                .param("start", t.startedOn()).param("end", t.endsOn()).param("status", t.status().name())
                .param("by", by).update();
    }

    Optional<EnrollmentRow> enrollment(HouseholdId household, UUID id) {
        return jdbc.sql("select id, member_id, program, provider, started_on, ends_on, status from employment.training where household_id = :h and id = :id")
                .param("h", household.value()).param("id", id).query(EnrollmentRow.class).optional();
    }

    /** Changes the status of a training still under way; false when it had finished meanwhile. */
    boolean update(HouseholdId household, UUID id, TrainingStatus status, LocalDate endsOn) {
        return jdbc.sql("update employment.training set status = :status, ends_on = :end where household_id = :h and id = :id and status = 'ENROLLED'")
                .param("status", status.name()).param("end", endsOn).param("h", household.value()).param("id", id)
                .update() == 1;
    }

    List<Training.Enrollment> enrollments(HouseholdId household, Family family) {
        return jdbc.sql("select id, member_id, program, provider, started_on, ends_on, status from employment.training where household_id = :h order by started_on desc")
                .param("h", household.value()).query(EnrollmentRow.class).list().stream()
                .map(r -> new Training.Enrollment(r.id(), r.memberId(), family.nameOf(r.memberId()), r.program(),
                        r.provider(), r.startedOn(), r.endsOn(), r.status()))
                .toList();
    }

    void insertCredential(UUID id, HouseholdId household, CredentialForm c, long by) {
        jdbc.sql("""
                        insert into employment.credential (id, household_id, member_id, name, issuer, earned_on, recorded_by)
                        values (:id, :h, :member, :name, :issuer, :earned, :by)
                        """)
                .param("id", id).param("h", household.value()).param("member", c.memberId())
                .param("name", c.name().strip()).param("issuer", c.issuer().strip()).param("earned", c.earnedOn())
                .param("by", by).update();
    }

    List<Training.Credential> credentials(HouseholdId household, Family family) {
        return jdbc.sql("select id, member_id, name, issuer, earned_on from employment.credential where household_id = :h order by earned_on desc")
                .param("h", household.value())
                .query((rs, n) -> {
                    UUID member = rs.getObject("member_id", UUID.class);
                    return new Training.Credential(rs.getObject("id", UUID.class), member, family.nameOf(member),
                            rs.getString("name"), rs.getString("issuer"), rs.getObject("earned_on", LocalDate.class));
                })
                .list();
    }
}
