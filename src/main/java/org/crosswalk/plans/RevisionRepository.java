package org.crosswalk.plans;

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

/** Revisions: snapshots of the whole plan, written once when it is saved and only ever read after. */
@Repository
class RevisionRepository {

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record RevisionRow(int number, OffsetDateTime savedAt, long savedBy, Long savedByAgencyId, String summary,
                       UUID participantMemberId, String shortTermGoals, String longTermGoals, PlanTrack track) {}

    /** Records the plan as it now stands as revision {@code number}, activities and milestones included. */
    void snapshot(HouseholdId household, int number, Viewer author, String summary) {
        jdbc.sql("""
                        insert into plans.revision (household_id, number, saved_by, saved_by_agency_id, summary, participant_member_id,
                                                    short_term_goals, long_term_goals, track)
                        select household_id, :n, :by, :agency, :summary, participant_member_id, short_term_goals, long_term_goals, track
                          from plans.plan where household_id = :h
                        """)
                .param("h", household.value()).param("n", number).param("by", author.userId())
                .param("agency", author.agencyId(), Types.BIGINT).param("summary", summary).update();
        jdbc.sql("""
                        insert into plans.revision_activity (household_id, revision, activity_id, position, what, due_on, owner_user_id, status)
                        select household_id, :n, id, position, what, due_on, owner_user_id, status from plans.activity where household_id = :h
                        """)
                .param("h", household.value()).param("n", number).update();
        jdbc.sql("""
                        insert into plans.revision_milestone (household_id, revision, milestone_id, position, what, target_on, reached_on)
                        select household_id, :n, id, position, what, target_on, reached_on from plans.milestone where household_id = :h
                        """)
                .param("h", household.value()).param("n", number).update();
    }

    private static final String REVISION_SELECT = """
            select number, saved_at, saved_by, saved_by_agency_id, summary, participant_member_id, short_term_goals,
                   long_term_goals, track
              from plans.revision
            """;

    List<RevisionRow> revisions(HouseholdId household, int limit, long offset) {
        return jdbc.sql(REVISION_SELECT + " where household_id = :h order by number desc limit :limit offset :offset")
                .param("h", household.value()).param("limit", limit).param("offset", offset)
                .query(RevisionRow.class).list();
    }

    Optional<RevisionRow> revision(HouseholdId household, int number) {
        return jdbc.sql(REVISION_SELECT + " where household_id = :h and number = :n")
                .param("h", household.value()).param("n", number).query(RevisionRow.class).optional();
    }

    List<Plans.SnapshotActivity> activitiesAt(HouseholdId household, int number, Map<Long, String> staff) {
        return jdbc.sql("""
                        select activity_id, what, due_on, owner_user_id, status from plans.revision_activity
                         where household_id = :h and revision = :n order by position
                        """)
                .param("h", household.value()).param("n", number)
                .query((rs, i) -> {
                    Long owner = (Long) rs.getObject("owner_user_id");
                    return new Plans.SnapshotActivity(rs.getObject("activity_id", UUID.class), rs.getString("what"),
                            rs.getObject("due_on", LocalDate.class), owner, PlanRepository.ownerName(owner, staff),
                            ActivityStatus.valueOf(rs.getString("status")));
                }).list();
    }

    List<Plans.SnapshotMilestone> milestonesAt(HouseholdId household, int number) {
        return jdbc.sql("""
                        select milestone_id as id, what, target_on, reached_on from plans.revision_milestone
                         where household_id = :h and revision = :n order by position
                        """)
                .param("h", household.value()).param("n", number).query(Plans.SnapshotMilestone.class).list();
    }
}
