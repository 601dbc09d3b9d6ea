package org.crosswalk.plans;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many plans at once (demo data, later an import), each with its revision history, in JDBC
 * batches. Each revision's snapshot shows activities and milestones as they stood on the day it
 * was saved. A load is not a person viewing data, so it publishes no audit events.
 */
@Service
public class PlanBatch {

    static final int BATCH = 1000;

    /** A whole plan: revisions in order (the last is current), and everything added along the way. */
    public record LoadedPlan(HouseholdId household, UUID participantMemberId, long authorUserId, Long authorAgencyId,
                             List<LoadedRevision> revisions, List<LoadedActivity> activities,
                             List<LoadedMilestone> milestones, List<LoadedWords> words) {}

    public record LoadedRevision(OffsetDateTime savedAt, String summary, String shortTermGoals, String longTermGoals,
                                 PlanTrack track) {}

    /** {@code addedInRevision} counts from 1; the status follows from the dates given. */
    public record LoadedActivity(int addedInRevision, String what, LocalDate dueOn, Long ownerUserId, LocalDate startedOn,
                                 LocalDate completedOn, LocalDate droppedOn, String droppedReason) {
        ActivityStatus statusOn(LocalDate day) {
            if (completedOn != null && !completedOn.isAfter(day)) return ActivityStatus.DONE;
            if (droppedOn != null && !droppedOn.isAfter(day)) return ActivityStatus.DROPPED;
            if (startedOn != null && !startedOn.isAfter(day)) return ActivityStatus.IN_PROGRESS;
            return ActivityStatus.PLANNED;
        }
    }

    public record LoadedMilestone(int addedInRevision, String what, LocalDate targetOn, LocalDate reachedOn) {}

    public record LoadedWords(String words, LocalDate saidOn) {}

    private final NamedParameterJdbcTemplate jdbc;

    PlanBatch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void insert(List<LoadedPlan> plans) {
        List<SqlParameterSource> planRows = new ArrayList<>();
        List<SqlParameterSource> revisions = new ArrayList<>();
        List<SqlParameterSource> activities = new ArrayList<>();
        List<SqlParameterSource> milestones = new ArrayList<>();
        List<SqlParameterSource> revisionActivities = new ArrayList<>();
        List<SqlParameterSource> revisionMilestones = new ArrayList<>();
        List<SqlParameterSource> words = new ArrayList<>();
        for (LoadedPlan plan : plans) {
            UUID h = plan.household().value();
            LoadedRevision last = plan.revisions().getLast();
            planRows.add(new MapSqlParameterSource("h", h).addValue("participant", plan.participantMemberId(), Types.OTHER)
                    .addValue("short", last.shortTermGoals()).addValue("long", last.longTermGoals())
                    .addValue("track", name(last.track()), Types.VARCHAR).addValue("revision", plan.revisions().size())
                    .addValue("created", plan.revisions().getFirst().savedAt()).addValue("updated", last.savedAt()));
            for (int r = 0; r < plan.revisions().size(); r++) {
                LoadedRevision revision = plan.revisions().get(r);
                int number = r + 1;
                LocalDate day = revision.savedAt().toLocalDate();
                revisions.add(new MapSqlParameterSource("h", h).addValue("n", number).addValue("at", revision.savedAt())
                        .addValue("by", plan.authorUserId()).addValue("agency", plan.authorAgencyId(), Types.BIGINT)
                        .addValue("summary", revision.summary()).addValue("participant", plan.participantMemberId(), Types.OTHER)
                        .addValue("short", revision.shortTermGoals()).addValue("long", revision.longTermGoals())
                        .addValue("track", name(revision.track()), Types.VARCHAR));
                for (int a = 0; a < plan.activities().size(); a++) {
                    LoadedActivity activity = plan.activities().get(a);
                    if (activity.addedInRevision() <= number) {
                        revisionActivities.add(new MapSqlParameterSource("h", h).addValue("n", number)
                                .addValue("id", id(h, "activity", a)).addValue("position", a + 1).addValue("what", activity.what())
                                .addValue("due", activity.dueOn()).addValue("owner", activity.ownerUserId(), Types.BIGINT)
                                .addValue("status", activity.statusOn(day).name()));
                    }
                }
                for (int m = 0; m < plan.milestones().size(); m++) {
                    LoadedMilestone milestone = plan.milestones().get(m);
                    if (milestone.addedInRevision() <= number) {
                        boolean reached = milestone.reachedOn() != null && !milestone.reachedOn().isAfter(day);
                        revisionMilestones.add(new MapSqlParameterSource("h", h).addValue("n", number)
                                .addValue("id", id(h, "milestone", m)).addValue("position", m + 1).addValue("what", milestone.what())
                                .addValue("target", milestone.targetOn())
                                .addValue("reached", reached ? milestone.reachedOn() : null, Types.DATE));
                    }
                }
            }
            for (int a = 0; a < plan.activities().size(); a++) {
                LoadedActivity activity = plan.activities().get(a);
                LocalDate changed = activity.completedOn() != null ? activity.completedOn()
                        : activity.droppedOn() != null ? activity.droppedOn() : activity.startedOn();
                activities.add(new MapSqlParameterSource("id", id(h, "activity", a)).addValue("h", h).addValue("position", a + 1)
                        .addValue("what", activity.what()).addValue("due", activity.dueOn())
                        .addValue("owner", activity.ownerUserId(), Types.BIGINT)
                        .addValue("status", activity.statusOn(LocalDate.MAX).name())
                        .addValue("started", activity.startedOn(), Types.DATE).addValue("completed", activity.completedOn(), Types.DATE)
                        .addValue("dropped", activity.droppedOn(), Types.DATE).addValue("reason", activity.droppedReason(), Types.VARCHAR)
                        .addValue("changedAt", noon(changed, plan), Types.TIMESTAMP_WITH_TIMEZONE)
                        .addValue("by", changed == null ? null : plan.authorUserId(), Types.BIGINT)
                        .addValue("agency", changed == null ? null : plan.authorAgencyId(), Types.BIGINT)
                        .addValue("revision", activity.addedInRevision()));
            }
            for (int m = 0; m < plan.milestones().size(); m++) {
                LoadedMilestone milestone = plan.milestones().get(m);
                boolean reached = milestone.reachedOn() != null;
                milestones.add(new MapSqlParameterSource("id", id(h, "milestone", m)).addValue("h", h).addValue("position", m + 1)
                        .addValue("what", milestone.what()).addValue("target", milestone.targetOn())
                        .addValue("reached", milestone.reachedOn(), Types.DATE)
                        .addValue("by", reached ? plan.authorUserId() : null, Types.BIGINT)
                        .addValue("agency", reached ? plan.authorAgencyId() : null, Types.BIGINT)
                        .addValue("at", noon(milestone.reachedOn(), plan), Types.TIMESTAMP_WITH_TIMEZONE)
                        .addValue("revision", milestone.addedInRevision()));
            }
            for (int w = 0; w < plan.words().size(); w++) {
                LoadedWords said = plan.words().get(w);
                words.add(new MapSqlParameterSource("id", id(h, "words", w)).addValue("h", h).addValue("words", said.words())
                        .addValue("said", said.saidOn()).addValue("by", plan.authorUserId())
                        .addValue("agency", plan.authorAgencyId(), Types.BIGINT)
                        .addValue("at", noon(said.saidOn(), plan)));
            }
        }
        batch("""
                insert into plans.plan (household_id, participant_member_id, short_term_goals, long_term_goals, track, current_revision, created_at, updated_at)
                values (:h, :participant, :short, :long, :track, :revision, :created, :updated)
                """, planRows);
        batch("""
                insert into plans.activity (id, household_id, position, what, due_on, owner_user_id, status, started_on, completed_on,
                                            dropped_on, dropped_reason, status_changed_at, status_changed_by, status_changed_agency_id, added_in_revision)
                values (:id, :h, :position, :what, :due, :owner, :status, :started, :completed, :dropped, :reason, :changedAt, :by, :agency, :revision)
                """, activities);
        batch("""
                insert into plans.milestone (id, household_id, position, what, target_on, reached_on, reached_recorded_by, reached_agency_id,
                                             reached_recorded_at, added_in_revision)
                values (:id, :h, :position, :what, :target, :reached, :by, :agency, :at, :revision)
                """, milestones);
        batch("""
                insert into plans.revision (household_id, number, saved_at, saved_by, saved_by_agency_id, summary, participant_member_id,
                                            short_term_goals, long_term_goals, track)
                values (:h, :n, :at, :by, :agency, :summary, :participant, :short, :long, :track)
                """, revisions);
        batch("""
                insert into plans.revision_activity (household_id, revision, activity_id, position, what, due_on, owner_user_id, status)
                values (:h, :n, :id, :position, :what, :due, :owner, :status)
                """, revisionActivities);
        batch("""
                insert into plans.revision_milestone (household_id, revision, milestone_id, position, what, target_on, reached_on)
                values (:h, :n, :id, :position, :what, :target, :reached)
                """, revisionMilestones);
        batch("""
                insert into plans.parent_words (id, household_id, words, said_on, written_down_by, written_down_agency_id, recorded_at)
                values (:id, :h, :words, :said, :by, :agency, :at)
                """, words);
    }

    /** The same household and position give the same ID, so a seeded load repeats exactly. */
    private static UUID id(UUID household, String kind, int index) {
        return UUID.nameUUIDFromBytes((household + "/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static String name(PlanTrack track) {
        return track == null ? null : track.name();
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)).toArray(SqlParameterSource[]::new));
        }
    }

    /** Midday on the day, in the zone the plan was written in: when a status change would have been recorded. */
    private static OffsetDateTime noon(LocalDate day, LoadedPlan plan) {
        return day == null ? null : day.atTime(12, 0).atOffset(plan.revisions().getFirst().savedAt().getOffset());
    }
}
