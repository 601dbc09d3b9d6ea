package org.crosswalk.services.referrals;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch inserts of referrals with their history already lived, for loaders (the demo). The receiving
 * agency and category come from the directory as the referral is written; the database's
 * constraints still hold every rule of the loop. No audit: a load is not a person reading.
 */
@Service
public class ReferralBatch {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReferralBatch(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A referral and what happened to it. {@code answeredAt} and {@code answeredBy} for accepted,
     * declined and delivered ones; {@code deliveredOn} and {@code deliveredAt} for delivered ones;
     * {@code withdrawnAt} for withdrawn ones. {@code seenBySender}: the sender has read the answer.
     */
    public record PastReferral(HouseholdId household, UUID serviceId, long sendingAgencyId, long sentBy,
                               OffsetDateTime sentAt, String reason, Urgency urgency, ReferralStatus status,
                               OffsetDateTime answeredAt, Long answeredBy, String answerNote, String declineReason,
                               LocalDate deliveredOn, OffsetDateTime deliveredAt, OffsetDateTime withdrawnAt,
                               String withdrawReason, boolean seenBySender) {}

    @Transactional
    public void insert(List<PastReferral> referrals) {
        if (referrals.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] rows = referrals.stream().map(this::params).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into services.referral (id, household_id, service_id, receiving_agency_id, category, sending_agency_id,
                       sent_by, sent_at, sent_on, reason, urgency, status, answered_at, answered_on, answered_by, answer_note,
                       decline_reason, delivered_on, delivered_at, delivered_by, withdrawn_at, withdrawn_by, withdraw_reason,
                       replied_at, sender_seen_at)
                select :id, :household, s.id, o.agency_id, s.category, :sending, :sentBy, :sentAt, :sentOn, :reason, :urgency,
                       :status, :answeredAt, :answeredOn, :answeredBy, :note, :declineReason, :deliveredOn, :deliveredAt,
                       :deliveredBy, :withdrawnAt, :withdrawnBy, :withdrawReason, :repliedAt, :seenAt
                  from services.service s join services.organization o on o.id = s.organization_id
                 where s.id = :service and o.agency_id is not null
                """, rows);
    }

    private MapSqlParameterSource params(PastReferral r) {
        OffsetDateTime replied = r.deliveredAt() != null ? r.deliveredAt() : r.answeredAt();
        return new MapSqlParameterSource("id", UUID.randomUUID())
                .addValue("household", r.household().value())
                .addValue("service", r.serviceId())
                .addValue("sending", r.sendingAgencyId())
                .addValue("sentBy", r.sentBy())
                .addValue("sentAt", r.sentAt(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("sentOn", day(r.sentAt()), Types.DATE)
                .addValue("reason", r.reason())
                .addValue("urgency", r.urgency().name())
                .addValue("status", r.status().name())
                .addValue("answeredAt", r.answeredAt(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("answeredOn", day(r.answeredAt()), Types.DATE)
                .addValue("answeredBy", r.answeredBy(), Types.BIGINT)
                .addValue("note", r.answerNote(), Types.VARCHAR)
                .addValue("declineReason", r.declineReason(), Types.VARCHAR)
                .addValue("deliveredOn", r.deliveredOn(), Types.DATE)
                .addValue("deliveredAt", r.deliveredAt(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("deliveredBy", r.deliveredAt() == null ? null : r.answeredBy(), Types.BIGINT)
                .addValue("withdrawnAt", r.withdrawnAt(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("withdrawnBy", r.withdrawnAt() == null ? null : r.sentBy(), Types.BIGINT)
                .addValue("withdrawReason", r.withdrawReason(), Types.VARCHAR)
                .addValue("repliedAt", replied, Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("seenAt", r.seenBySender() && replied != null ? replied.plusHours(2) : null, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
