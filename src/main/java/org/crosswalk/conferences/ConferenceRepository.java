package org.crosswalk.conferences;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for conferences, their invitations, frozen agendas, attendance, minutes and action items. */
@Repository
class ConferenceRepository {

    private static final String CONFERENCE = """
            select id, region_id, held_on, scheduled_by, started_at, ended_at, since_on from conferences.conference
            """;
    private static final String ACTION = """
            select a.id, a.conference_id, c.held_on, a.household_id, a.what, a.owner_user_id, a.due_on, a.created_by,
                   a.created_at, a.closed_on, a.closed_by, a.closing_note, c.region_id
              from conferences.action_item a join conferences.conference c on c.id = a.conference_id
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ConferenceRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record Row(UUID id, long regionId, LocalDate heldOn, long scheduledBy, OffsetDateTime startedAt, OffsetDateTime endedAt,
               LocalDate sinceOn) {}

    record Invitation(long agencyId, Integer hiddenFamilies) {}

    record AttendeeRow(UUID id, long agencyId, Long staffUserId, String personName) {}

    record MinutesRow(UUID conferenceId, LocalDate heldOn, HouseholdId household, String body, long writtenBy,
                      OffsetDateTime writtenAt) {}

    record ActionRow(UUID id, UUID conferenceId, LocalDate heldOn, HouseholdId household, String what, long ownerUserId,
                     LocalDate dueOn, long createdBy, OffsetDateTime createdAt, LocalDate closedOn, Long closedBy,
                     String closingNote, long regionId) {

        boolean open() {
            return closedOn == null;
        }
    }

    void insert(UUID id, long region, LocalDate heldOn, long by, List<Long> agencies) {
        jdbc.sql("insert into conferences.conference (id, region_id, held_on, scheduled_by) values (:id, :region, :heldOn, :by)")
                .param("id", id).param("region", region).param("heldOn", heldOn).param("by", by).update();
        for (long agency : agencies) {
            jdbc.sql("insert into conferences.invitation (conference_id, agency_id) values (:id, :agency)")
                    .param("id", id).param("agency", agency).update();
        }
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(CONFERENCE + " where id = :id").param("id", id).query(Row.class).optional();
    }

    /** Locks the conference row so starting, ending and editing happen one at a time. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql(CONFERENCE + " where id = :id for update").param("id", id).query(Row.class).optional();
    }

    /** Upcoming (on or after {@code today}, soonest first) or past (latest first), for a region or an invited agency. */
    List<Row> page(Long region, Long agency, boolean upcoming, LocalDate today, int page, int size) {
        return jdbc.sql(CONFERENCE + where(region, agency, upcoming)
                        + (upcoming ? " order by held_on, scheduled_at" : " order by held_on desc, scheduled_at desc")
                        + " limit :size offset :offset")
                .param("region", region).param("agency", agency).param("today", today)
                .param("size", size).param("offset", page * size).query(Row.class).list();
    }

    long count(Long region, Long agency, boolean upcoming, LocalDate today) {
        return jdbc.sql("select count(*) from conferences.conference" + where(region, agency, upcoming))
                .param("region", region).param("agency", agency).param("today", today).query(Long.class).single();
    }

    private static String where(Long region, Long agency, boolean upcoming) {
        String when = upcoming ? "held_on >= :today and ended_at is null" : "(held_on < :today or ended_at is not null)";
        String who = region != null ? "region_id = :region"
                : "id in (select i.conference_id from conferences.invitation i where i.agency_id = :agency)";
        return " where " + who + " and " + when;
    }

    /** The day of the region's latest conference that met (was started) before {@code heldOn}. */
    Optional<LocalDate> lastMetBefore(long region, LocalDate heldOn, UUID except) {
        return jdbc.sql("""
                        select max(held_on) from conferences.conference
                         where region_id = :region and started_at is not null and held_on < :heldOn and id <> :except
                        """)
                .param("region", region).param("heldOn", heldOn).param("except", except)
                .query(LocalDate.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    void markStarted(UUID id, long by, LocalDate since) {
        jdbc.sql("update conferences.conference set started_at = now(), started_by = :by, since_on = :since where id = :id")
                .param("id", id).param("by", by).param("since", since).update();
    }

    void markEnded(UUID id, long by) {
        jdbc.sql("update conferences.conference set ended_at = now(), ended_by = :by where id = :id")
                .param("id", id).param("by", by).update();
    }

    List<Invitation> invitations(UUID id) {
        return jdbc.sql("select agency_id, hidden_families from conferences.invitation where conference_id = :id")
                .param("id", id).query(Invitation.class).list();
    }

    void freeze(UUID id, List<HouseholdId> families, List<Reason> reasons, List<Invitation> hidden) {
        batch.batchUpdate("insert into conferences.agenda_family (conference_id, household_id) values (:c, :h)",
                families.stream().map(h -> new MapSqlParameterSource("c", id).addValue("h", h.value()))
                        .toArray(SqlParameterSource[]::new));
        SqlParameterSource[] rows = new SqlParameterSource[reasons.size()];
        for (int i = 0; i < reasons.size(); i++) {
            Reason r = reasons.get(i);
            rows[i] = new MapSqlParameterSource("c", id).addValue("h", r.household().value()).addValue("p", i)
                    .addValue("kind", r.kind().name()).addValue("sensitive", r.sensitive())
                    .addValue("on", r.on(), java.sql.Types.DATE).addValue("detail", r.detail());
        }
        batch.batchUpdate("""
                insert into conferences.agenda_reason (conference_id, household_id, position, kind, sensitive, on_date, detail)
                values (:c, :h, :p, :kind, :sensitive, :on, :detail)
                """, rows);
        for (Invitation i : hidden) {
            jdbc.sql("update conferences.invitation set hidden_families = :n where conference_id = :c and agency_id = :a")
                    .param("n", i.hiddenFamilies()).param("c", id).param("a", i.agencyId()).update();
        }
    }

    List<HouseholdId> frozenFamilies(UUID id) {
        return jdbc.sql("select household_id from conferences.agenda_family where conference_id = :id")
                .param("id", id).query((rs, n) -> new HouseholdId(rs.getObject(1, UUID.class))).list();
    }

    List<Reason> frozenReasons(UUID id) {
        return jdbc.sql("""
                        select household_id, kind, sensitive, on_date, detail from conferences.agenda_reason
                         where conference_id = :id order by position
                        """)
                .param("id", id)
                .query((rs, n) -> new Reason(new HouseholdId(rs.getObject("household_id", UUID.class)),
                        ReasonKind.valueOf(rs.getString("kind")), rs.getBoolean("sensitive"),
                        rs.getObject("on_date", LocalDate.class), rs.getString("detail")))
                .list();
    }

    List<AttendeeRow> attendees(UUID id) {
        return jdbc.sql("""
                        select id, agency_id, staff_user_id, person_name from conferences.attendee
                         where conference_id = :id order by recorded_at, person_name
                        """)
                .param("id", id).query(AttendeeRow.class).list();
    }

    boolean attends(UUID conference, long staffUserId) {
        return jdbc.sql("select exists (select 1 from conferences.attendee where conference_id = :c and staff_user_id = :u)")
                .param("c", conference).param("u", staffUserId).query(Boolean.class).single();
    }

    void insertAttendee(UUID id, UUID conference, long agency, Long staffUserId, String name, long by) {
        jdbc.sql("""
                        insert into conferences.attendee (id, conference_id, agency_id, staff_user_id, person_name, recorded_by)
                        values (:id, :c, :agency, :staff, :name, :by)
                        """)
                .param("id", id).param("c", conference).param("agency", agency).param("staff", staffUserId)
                .param("name", name).param("by", by).update();
    }

    int deleteAttendee(UUID conference, UUID attendee) {
        return jdbc.sql("delete from conferences.attendee where conference_id = :c and id = :id")
                .param("c", conference).param("id", attendee).update();
    }

    List<MinutesRow> minutes(UUID conference) {
        return jdbc.sql("""
                        select m.conference_id, c.held_on, m.household_id, m.body, m.written_by, m.written_at
                          from conferences.minutes m join conferences.conference c on c.id = m.conference_id
                         where m.conference_id = :c
                        """)
                .param("c", conference).query(ConferenceRepository::minutesRow).list();
    }

    List<MinutesRow> minutesOf(HouseholdId household) {
        return jdbc.sql("""
                        select m.conference_id, c.held_on, m.household_id, m.body, m.written_by, m.written_at
                          from conferences.minutes m join conferences.conference c on c.id = m.conference_id
                         where m.household_id = :h order by c.held_on desc
                        """)
                .param("h", household.value()).query(ConferenceRepository::minutesRow).list();
    }

    void saveMinutes(UUID conference, HouseholdId household, String body, long by) {
        jdbc.sql("""
                        insert into conferences.minutes (conference_id, household_id, body, written_by)
                        values (:c, :h, :body, :by)
                        on conflict (conference_id, household_id)
                        do update set body = excluded.body, written_by = excluded.written_by, written_at = now()
                        """)
                .param("c", conference).param("h", household.value()).param("body", body).param("by", by).update();
    }

    List<ActionRow> actionItems(UUID conference) {
        return jdbc.sql(ACTION + " where a.conference_id = :c order by a.due_on, a.created_at")
                .param("c", conference).query(ConferenceRepository::actionRow).list();
    }

    List<ActionRow> actionItemsOf(HouseholdId household) {
        return jdbc.sql(ACTION + " where a.household_id = :h order by a.closed_on nulls first, a.due_on, a.created_at")
                .param("h", household.value()).query(ConferenceRepository::actionRow).list();
    }

    Optional<ActionRow> actionItem(HouseholdId household, UUID id) {
        return jdbc.sql(ACTION + " where a.household_id = :h and a.id = :id for update of a")
                .param("h", household.value()).param("id", id).query(ConferenceRepository::actionRow).optional();
    }

    void insertActionItem(UUID id, UUID conference, HouseholdId household, String what, long owner, LocalDate due, long by) {
        jdbc.sql("""
                        insert into conferences.action_item (id, conference_id, household_id, what, owner_user_id, due_on, created_by)
                        values (:id, :c, :h, :what, :owner, :due, :by)
                        """)
                .param("id", id).param("c", conference).param("h", household.value()).param("what", what)
                .param("owner", owner).param("due", due).param("by", by).update();
    }

    void closeActionItem(UUID id, LocalDate on, long by, String note) {
        jdbc.sql("""
                        update conferences.action_item set closed_at = now(), closed_on = :on, closed_by = :by, closing_note = :note
                         where id = :id and closed_at is null
                        """)
                .param("id", id).param("on", on).param("by", by).param("note", note).update();
    }

    private static MinutesRow minutesRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MinutesRow(rs.getObject("conference_id", UUID.class), rs.getObject("held_on", LocalDate.class),
                new HouseholdId(rs.getObject("household_id", UUID.class)), rs.getString("body"), rs.getLong("written_by"),
                rs.getObject("written_at", OffsetDateTime.class));
    }

    private static ActionRow actionRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ActionRow(rs.getObject("id", UUID.class), rs.getObject("conference_id", UUID.class),
                rs.getObject("held_on", LocalDate.class), new HouseholdId(rs.getObject("household_id", UUID.class)),
                rs.getString("what"), rs.getLong("owner_user_id"), rs.getObject("due_on", LocalDate.class),
                rs.getLong("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("closed_on", LocalDate.class), (Long) rs.getObject("closed_by"), rs.getString("closing_note"),
                rs.getLong("region_id"));
    }
}
