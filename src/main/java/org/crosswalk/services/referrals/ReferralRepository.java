package org.crosswalk.services.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals as SQL. Rows carry the service's and organization's names, which belong to this module too. */
@Repository
class ReferralRepository {

    static final String SELECT = """
            select r.*, s.name as service_name, o.name as organization_name
              from services.referral r
              join services.service s on s.id = r.service_id
              join services.organization o on o.id = s.organization_id
            """;

    /** The inbox groups, as SQL conditions on the status. */
    enum Group {
        AWAITING("r.status = 'SENT'"),
        ACCEPTED("r.status = 'ACCEPTED'"),
        CLOSED("r.status in ('DECLINED', 'SERVICE_DELIVERED', 'WITHDRAWN')"),
        ALL("true");

        final String condition;

        Group(String condition) {
            this.condition = condition;
        }
    }

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, HouseholdId household, UUID serviceId, String serviceName, String organizationName,
               ServiceCategory category, long receivingAgencyId, long sendingAgencyId, long sentBy, OffsetDateTime sentAt,
               LocalDate sentOn, String reason, Urgency urgency, ReferralStatus status, OffsetDateTime answeredAt,
               LocalDate answeredOn, Long answeredBy, String answerNote, String declineReason, LocalDate deliveredOn,
               OffsetDateTime deliveredAt, Long deliveredBy, OffsetDateTime withdrawnAt, Long withdrawnBy,
               String withdrawReason, OffsetDateTime repliedAt, OffsetDateTime senderSeenAt, int version) {

        Referral referral() {
            return new Referral(id, sentOn, sendingAgencyId, receivingAgencyId, status, answeredAt, answeredOn, answeredBy,
                    answerNote, declineReason, deliveredOn, deliveredAt, deliveredBy, withdrawnAt, withdrawnBy,
                    withdrawReason, version);
        }

        /** A partner answered after the sender last looked. */
        boolean unseenReply() {
            return repliedAt != null && (senderSeenAt == null || senderSeenAt.isBefore(repliedAt));
        }
    }

    void insert(Row r) {
        jdbc.sql("""
                        insert into services.referral (id, household_id, service_id, receiving_agency_id, category, sending_agency_id,
                               sent_by, sent_at, sent_on, reason, urgency, status)
                        values (:id, :household, :service, :receiving, :category, :sending, :sentBy, :sentAt, :sentOn, :reason,
                                :urgency, 'SENT')
                        """)
                .param("id", r.id()).param("household", r.household().value()).param("service", r.serviceId())
                .param("receiving", r.receivingAgencyId()).param("category", r.category().name())
                .param("sending", r.sendingAgencyId()).param("sentBy", r.sentBy()).param("sentAt", r.sentAt())
                .param("sentOn", r.sentOn()).param("reason", r.reason()).param("urgency", r.urgency().name())
                .update();
    }

    /**
     * Writes a referral's state after a change; false when someone else changed it first. A
     * partner's answer (by the receiving side) sets {@code replied_at} for the sender's Today list.
     */
    boolean save(Referral r, boolean partnerReplied, OffsetDateTime at) {
        return jdbc.sql("""
                        update services.referral
                           set status = :status, answered_at = :answeredAt, answered_on = :answeredOn, answered_by = :answeredBy,
                               answer_note = :note, decline_reason = :declineReason, delivered_on = :deliveredOn,
                               delivered_at = :deliveredAt, delivered_by = :deliveredBy, withdrawn_at = :withdrawnAt,
                               withdrawn_by = :withdrawnBy, withdraw_reason = :withdrawReason,
                               replied_at = case when :replied then :at else replied_at end,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("status", r.status().name()).param("answeredAt", r.answeredAt()).param("answeredOn", r.answeredOn())
                .param("answeredBy", r.answeredBy()).param("note", r.answerNote()).param("declineReason", r.declineReason())
                .param("deliveredOn", r.deliveredOn()).param("deliveredAt", r.deliveredAt())
                .param("deliveredBy", r.deliveredBy()).param("withdrawnAt", r.withdrawnAt())
                .param("withdrawnBy", r.withdrawnBy()).param("withdrawReason", r.withdrawReason())
                .param("replied", partnerReplied).param("at", at).param("id", r.id()).param("version", r.version())
                .update() == 1;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(this::row).optional();
    }

    List<Row> ofHousehold(HouseholdId household) {
        return jdbc.sql(SELECT + " where r.household_id = :h order by r.sent_at desc").param("h", household.value())
                .query(this::row).list();
    }

    /** An open referral of the family to the same service, if any. */
    Optional<Row> openTo(HouseholdId household, UUID service) {
        return jdbc.sql(SELECT + " where r.household_id = :h and r.service_id = :s and r.status in ('SENT', 'ACCEPTED') limit 1")
                .param("h", household.value()).param("s", service).query(this::row).optional();
    }

    /** The sender opened the family's referrals: the partner's answers are seen. */
    void markRepliesSeen(HouseholdId household, long sender) {
        jdbc.sql("""
                        update services.referral set sender_seen_at = now()
                         where household_id = :h and sent_by = :u and replied_at is not null
                           and (sender_seen_at is null or sender_seen_at < replied_at)
                        """)
                .param("h", household.value()).param("u", sender).update();
    }

    /** Rows of an agency's inbox, each with whether the viewer may read the family ({@code released}). */
    record InboxRow(Row referral, boolean released) {}

    List<InboxRow> inbox(long agency, long viewer, Group group, int page, int size) {
        String order = group == Group.AWAITING
                ? "case r.urgency when 'URGENT' then 0 when 'SOON' then 1 else 2 end, r.sent_on, r.sent_at"
                : "r.sent_at desc";
        return jdbc.sql("""
                        select r.*, s.name as service_name, o.name as organization_name, (rh.household_id is not null) as released
                          from services.referral r
                          join services.service s on s.id = r.service_id
                          join services.organization o on o.id = s.organization_id
                          left join %s rh on rh.household_id = r.household_id
                         where r.receiving_agency_id = :agency and %s
                         order by %s
                         limit :size offset :offset
                        """.formatted(HouseholdAccess.READABLE, group.condition, order))
                .param("agency", agency).param("viewer", viewer).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new InboxRow(row(rs, n), rs.getBoolean("released"))).list();
    }

    long inboxCount(long agency, Group group) {
        return jdbc.sql("select count(*) from services.referral r where r.receiving_agency_id = :agency and " + group.condition)
                .param("agency", agency).query(Long.class).single();
    }

    Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), new HouseholdId(rs.getObject("household_id", UUID.class)),
                rs.getObject("service_id", UUID.class), rs.getString("service_name"), rs.getString("organization_name"),
                ServiceCategory.valueOf(rs.getString("category")), rs.getLong("receiving_agency_id"),
                rs.getLong("sending_agency_id"), rs.getLong("sent_by"), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getObject("sent_on", LocalDate.class), rs.getString("reason"), Urgency.valueOf(rs.getString("urgency")),
                ReferralStatus.valueOf(rs.getString("status")), rs.getObject("answered_at", OffsetDateTime.class),
                rs.getObject("answered_on", LocalDate.class), rs.getObject("answered_by", Long.class),
                rs.getString("answer_note"), rs.getString("decline_reason"), rs.getObject("delivered_on", LocalDate.class),
                rs.getObject("delivered_at", OffsetDateTime.class), rs.getObject("delivered_by", Long.class),
                rs.getObject("withdrawn_at", OffsetDateTime.class), rs.getObject("withdrawn_by", Long.class),
                rs.getString("withdraw_reason"), rs.getObject("replied_at", OffsetDateTime.class),
                rs.getObject("sender_seen_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
