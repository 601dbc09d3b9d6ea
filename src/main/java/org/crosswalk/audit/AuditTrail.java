package org.crosswalk.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.PersonalDataTouched;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every {@link PersonalDataTouched} to audit.event, synchronously and in the publisher's
 * transaction: a change whose audit row cannot be written does not happen.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonalDataTouched event) {
        jdbc.sql("""
                        insert into audit.event (user_id, username, household_id, action, detail)
                        values (:user, :username, :household, :action, :detail)
                        """)
                .param("user", event.userId()).param("username", event.username())
                .param("household", event.household() == null ? null : event.household().value())
                .param("action", event.action()).param("detail", event.detail())
                .update();
    }

    public record Entry(long id, OffsetDateTime occurredAt, Long userId, String username, UUID householdId,
                        String action, String detail) {}

    /** Filters for the administrators' audit browser; every field is optional. */
    public record Filter(String username, UUID householdId, String action, LocalDate from, LocalDate to) {}

    public record Page(List<Entry> entries, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public Page browse(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        where.add("true");
        if (filter.username() != null && !filter.username().isBlank()) where.add("lower(username) = lower(:username)");
        if (filter.householdId() != null) where.add("household_id = :household");
        if (filter.action() != null && !filter.action().isBlank()) where.add("action = :action");
        if (filter.from() != null) where.add("occurred_at >= :from");
        if (filter.to() != null) where.add("occurred_at < :to");
        String condition = String.join(" and ", where);
        var params = new java.util.HashMap<String, Object>();
        params.put("username", filter.username() == null ? null : filter.username().strip());
        params.put("household", filter.householdId());
        params.put("action", filter.action());
        params.put("from", filter.from() == null ? null : filter.from().atStartOfDay(java.time.ZoneId.systemDefault()).toOffsetDateTime());
        params.put("to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()).toOffsetDateTime());
        params.put("limit", size);
        params.put("offset", (long) page * size);
        long total = jdbc.sql("select count(*) from audit.event where " + condition).params(params).query(Long.class).single();
        List<Entry> entries = jdbc.sql("select id, occurred_at, user_id, username, household_id, action, detail from audit.event where "
                        + condition + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params).query(Entry.class).list();
        return new Page(entries, page, size, total);
    }

    /** The actions recorded so far, for the filter's picker. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit.event order by action").query(String.class).list();
    }
}
