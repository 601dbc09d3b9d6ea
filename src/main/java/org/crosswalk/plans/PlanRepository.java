package org.crosswalk.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans schema's SQL for the live plan, its activities and milestones, and the parent's words. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PlanRow(UUID participantMemberId, String shortTermGoals, String longTermGoals, PlanTrack track, int currentRevision) {}

    record WordsRow(UUID id, String words, LocalDate saidOn, long writtenDownBy, Long agencyId, OffsetDateTime recordedAt) {}

    // ---- the live plan

    Optional<PlanRow> plan(HouseholdId household) {
        return jdbc.sql("select participant_member_id, short_term_goals, long_term_goals, track, current_revision from plans.plan where household_id = :h")
                .param("h", household.value()).query(PlanRow.class).optional();
    }

    List<Activity> activities(HouseholdId household, Map<Long, String> staff) {
        return jdbc.sql("""
                        select id, position, what, due_on, owner_user_id, status, started_on, completed_on, dropped_on, dropped_reason
                          from plans.activity where household_id = :h order by position
                        """)
                .param("h", household.value()).query((rs, n) -> activity(rs, staff)).list();
    }

    List<Milestone> milestones(HouseholdId household) {
        return jdbc.sql("select id, position, what, target_on, reached_on from plans.milestone where household_id = :h order by position")
                .param("h", household.value()).query(Milestone.class).list();
    }

    boolean insertPlan(HouseholdId household, PlanDraft draft) {
        return jdbc.sql("""
                        insert into plans.plan (household_id, participant_member_id, short_term_goals, long_term_goals, track, current_revision)
                        values (:h, :participant, :short, :long, :track, 1)
                        on conflict (household_id) do nothing
                        """)
                .params(planParams(household, draft)).update() == 1;
    }

    /** Moves the plan to the next revision, unless someone else saved since {@code basedOn}. */
    boolean advancePlan(HouseholdId household, int basedOn, PlanDraft draft) {
        return jdbc.sql("""
                        update plans.plan
                           set participant_member_id = :participant, short_term_goals = :short, long_term_goals = :long,
                               track = :track, current_revision = current_revision + 1, updated_at = now()
                         where household_id = :h and current_revision = :basedOn
                        """)
                .params(planParams(household, draft)).param("basedOn", basedOn).update() == 1;
    }

    private static Map<String, Object> planParams(HouseholdId household, PlanDraft draft) {
        var params = new java.util.HashMap<String, Object>();
        params.put("h", household.value());
        params.put("participant", draft.participantMemberId());
        params.put("short", draft.shortTermGoals());
        params.put("long", draft.longTermGoals());
        params.put("track", draft.track() == null ? null : draft.track().name());
        return params;
    }

    void insertActivity(HouseholdId household, UUID id, int position, PlanDraft.ActivityLine line, int revision) {
        jdbc.sql("""
                        insert into plans.activity (id, household_id, position, what, due_on, owner_user_id, added_in_revision)
                        values (:id, :h, :position, :what, :due, :owner, :revision)
                        """)
                .param("id", id).param("h", household.value()).param("position", position).param("what", line.what())
                .param("due", line.dueOn()).param("owner", line.ownerUserId(), Types.BIGINT).param("revision", revision)
                .update();
    }

    void updateActivity(HouseholdId household, PlanDraft.ActivityLine line) {
        jdbc.sql("update plans.activity set what = :what, due_on = :due, owner_user_id = :owner where id = :id and household_id = :h")
                .param("what", line.what()).param("due", line.dueOn()).param("owner", line.ownerUserId(), Types.BIGINT)
                .param("id", line.id()).param("h", household.value()).update();
    }

    void insertMilestone(HouseholdId household, UUID id, int position, PlanDraft.MilestoneLine line, int revision) {
        jdbc.sql("""
                        insert into plans.milestone (id, household_id, position, what, target_on, added_in_revision)
                        values (:id, :h, :position, :what, :target, :revision)
                        """)
                .param("id", id).param("h", household.value()).param("position", position).param("what", line.what())
                .param("target", line.targetOn()).param("revision", revision).update();
    }

    void updateMilestone(HouseholdId household, PlanDraft.MilestoneLine line) {
        jdbc.sql("update plans.milestone set what = :what, target_on = :target where id = :id and household_id = :h")
                .param("what", line.what()).param("target", line.targetOn()).param("id", line.id())
                .param("h", household.value()).update();
    }

    /** Applies a status change, unless the activity changed status since it was read. */
    boolean changeStatus(HouseholdId household, ActivityStatus from, Activity to, Viewer by) {
        return jdbc.sql("""
                        update plans.activity
                           set status = :status, started_on = :started, completed_on = :completed, dropped_on = :dropped,
                               dropped_reason = :reason, status_changed_at = now(), status_changed_by = :by,
                               status_changed_agency_id = :agency
                         where id = :id and household_id = :h and status = :from
                        """)
                .param("status", to.status().name()).param("started", to.startedOn(), Types.DATE)
                .param("completed", to.completedOn(), Types.DATE).param("dropped", to.droppedOn(), Types.DATE)
                .param("reason", to.droppedReason(), Types.VARCHAR).param("by", by.userId())
                .param("agency", by.agencyId(), Types.BIGINT).param("id", to.id()).param("h", household.value())
                .param("from", from.name()).update() == 1;
    }

    boolean reach(HouseholdId household, Milestone reached, Viewer by) {
        return jdbc.sql("""
                        update plans.milestone set reached_on = :on, reached_recorded_by = :by, reached_agency_id = :agency,
                               reached_recorded_at = now()
                         where id = :id and household_id = :h and reached_on is null
                        """)
                .param("on", reached.reachedOn()).param("by", by.userId()).param("agency", by.agencyId(), Types.BIGINT)
                .param("id", reached.id()).param("h", household.value()).update() == 1;
    }

    // ---- the parent's words

    void insertWords(HouseholdId household, UUID id, String words, LocalDate saidOn, Viewer by) {
        jdbc.sql("""
                        insert into plans.parent_words (id, household_id, words, said_on, written_down_by, written_down_agency_id)
                        values (:id, :h, :words, :said, :by, :agency)
                        """)
                .param("id", id).param("h", household.value()).param("words", words).param("said", saidOn)
                .param("by", by.userId()).param("agency", by.agencyId(), Types.BIGINT).update();
    }

    List<WordsRow> words(HouseholdId household) {
        return jdbc.sql("""
                        select id, words, said_on, written_down_by, written_down_agency_id as agency_id, recorded_at
                          from plans.parent_words where household_id = :h order by said_on desc, recorded_at desc
                        """)
                .param("h", household.value()).query(WordsRow.class).list();
    }

    static String ownerName(Long owner, Map<Long, String> staff) {
        return owner == null ? "The parent" : staff.getOrDefault(owner, "A former staff member");
    }

    private static Activity activity(ResultSet rs, Map<Long, String> staff) throws SQLException {
        Long owner = (Long) rs.getObject("owner_user_id");
        return new Activity(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("what"),
                rs.getObject("due_on", LocalDate.class), owner, ownerName(owner, staff),
                ActivityStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
                rs.getObject("completed_on", LocalDate.class), rs.getObject("dropped_on", LocalDate.class),
                rs.getString("dropped_reason"));
    }
}
