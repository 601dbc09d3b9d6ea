package org.crosswalk.conferences;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.flexfunds.Category;
import org.crosswalk.housing.SubsidyType;
import org.crosswalk.plans.barriers.BarrierKind;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agenda's reasons, each read from the owning module's published view for the families of one
 * region, as of a day. Each definition is in docs/conferences.md; the numbers live here.
 * These queries see every family of the region: {@link Agendas} keeps what a viewer may read.
 */
@Component
class AgendaQueries {

    static final int SUBSIDY_WITHIN_DAYS = 90;
    /** The employment module answers a check-in from 7 days before it is due: then it is due. */
    static final int CHECKIN_DUE_WITHIN_DAYS = 7;
    /** The services module's stalled referral: still unanswered 7 days after sending. */
    static final int REFERRAL_STALLED_AFTER_DAYS = 7;
    /** With no earlier conference, "since the last conference" means the last 30 days. */
    static final int FIRST_CONFERENCE_LOOKBACK_DAYS = 30;

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /**
     * Families of the region: held by one of its agencies, and not gone from the program (a family
     * whose every enrollment has exited leaves the agenda, unless an action item is still open).
     */
    private static final String FAMILIES = """
            select c.household_id
              from families.caseload c
              join access.agency_directory a on a.agency_id = c.owner_agency_id
             where a.region_id = :region
               and (not exists (select 1 from intake.enrollment_facts e where e.household_id = c.household_id)
                    or exists (select 1 from intake.enrollment_facts e where e.household_id = c.household_id
                                  and e.enrolled_on <= :asOf and (e.exited_on is null or e.exited_on > :asOf))
                    or exists (select 1 from intake.enrollment_facts e where e.household_id = c.household_id
                                  and e.enrolled_on > :asOf)
                    or exists (select 1 from conferences.action_item ai where ai.household_id = c.household_id
                                  and ai.closed_at is null))
            """;

    private final JdbcClient jdbc;
    private final java.time.ZoneId zone;

    AgendaQueries(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** What the agenda is computed over: the region, the day, and the day of the last conference. */
    record Window(long region, LocalDate asOf, LocalDate since, UUID conference) {}

    List<HouseholdId> families(Window w) {
        return jdbc.sql(FAMILIES).param("region", w.region()).param("asOf", w.asOf())
                .query((rs, n) -> new HouseholdId(rs.getObject(1, UUID.class))).list();
    }

    List<Reason> reasons(Window w, Map<Long, String> agencies, Map<Long, String> staff) {
        List<Reason> reasons = new ArrayList<>();
        reasons.addAll(openBarriers(w));
        reasons.addAll(subsidiesEnding(w));
        reasons.addAll(checkIns(w));
        reasons.addAll(jobs(w));
        reasons.addAll(stalledReferrals(w, agencies));
        reasons.addAll(openActionItems(w, staff));
        reasons.addAll(flexSpending(w));
        return reasons;
    }

    /** Open on the day: opened on or before it, not resolved by then. Oldest first. */
    List<Reason> openBarriers(Window w) {
        return jdbc.sql("with fam as (" + FAMILIES + """
                        )
                        select b.household_id, b.kind, b.severity, b.sensitive, b.opened_on
                          from plans.barrier_facts b
                          join fam on fam.household_id = b.household_id
                         where b.opened_on <= :asOf and (b.resolved_on is null or b.resolved_on > :asOf)
                        """)
                .param("region", w.region()).param("asOf", w.asOf())
                .query((rs, n) -> {
                    LocalDate opened = rs.getObject("opened_on", LocalDate.class);
                    long days = ChronoUnit.DAYS.between(opened, w.asOf());
                    return new Reason(household(rs.getObject("household_id", UUID.class)), ReasonKind.OPEN_BARRIER,
                            rs.getBoolean("sensitive"), opened,
                            BarrierKind.valueOf(rs.getString("kind")).label() + " (" + rs.getString("severity").toLowerCase()
                                    + "), open since " + US.format(opened) + " (" + days + (days == 1 ? " day)" : " days)"));
                }).list();
    }

    /** A subsidy in effect on the day whose last day is within the next 90 days (the day itself included). */
    List<Reason> subsidiesEnding(Window w) {
        return jdbc.sql("with fam as (" + FAMILIES + """
                        )
                        select s.household_id, s.subsidy_type, s.ended_on
                          from housing.subsidy_facts s
                          join fam on fam.household_id = s.household_id
                         where s.started_on <= :asOf and s.ended_on >= :asOf and s.ended_on <= :until
                        """)
                .param("region", w.region()).param("asOf", w.asOf()).param("until", w.asOf().plusDays(SUBSIDY_WITHIN_DAYS))
                .query((rs, n) -> {
                    LocalDate ends = rs.getObject("ended_on", LocalDate.class);
                    long days = ChronoUnit.DAYS.between(w.asOf(), ends);
                    String type = SubsidyType.of(rs.getInt("subsidy_type")).map(SubsidyType::shortName).orElse("Rental");
                    return new Reason(household(rs.getObject("household_id", UUID.class)), ReasonKind.SUBSIDY_ENDING, false, ends,
                            type + " subsidy ends " + US.format(ends) + (days == 0 ? " (today)" : " (in " + days + " days)"));
                }).list();
    }

    /**
     * Unanswered on the day: missed when its due date has passed, due when it falls due within 7
     * days (the employment module's answering window).
     */
    List<Reason> checkIns(Window w) {
        return jdbc.sql("with fam as (" + FAMILIES + """
                        )
                        select c.household_id, c.days_after_start, c.due_on
                          from employment.checkin_facts c
                          join fam on fam.household_id = c.household_id
                         where (c.answered_on is null or c.answered_on > :asOf) and c.due_on <= :until
                        """)
                .param("region", w.region()).param("asOf", w.asOf()).param("until", w.asOf().plusDays(CHECKIN_DUE_WITHIN_DAYS))
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    boolean missed = due.isBefore(w.asOf());
                    String label = rs.getInt("days_after_start") + "-day retention check-in";
                    return new Reason(household(rs.getObject("household_id", UUID.class)),
                            missed ? ReasonKind.CHECKIN_MISSED : ReasonKind.CHECKIN_DUE, false, due,
                            missed ? label + " missed: due " + US.format(due) + ", not answered"
                                    : label + " due " + US.format(due));
                }).list();
    }

    /** A new job or a better job (employment's job kinds) that started after the last conference, up to the day. */
    List<Reason> jobs(Window w) {
        return jdbc.sql("with fam as (" + FAMILIES + """
                        )
                        select p.household_id, p.job_kind, p.start_date, p.monthly_earnings_cents
                          from employment.placement_facts p
                          join fam on fam.household_id = p.household_id
                         where p.job_kind in ('NEW_JOB', 'BETTER_JOB') and p.start_date > :since and p.start_date <= :asOf
                        """)
                .param("region", w.region()).param("asOf", w.asOf()).param("since", w.since())
                .query((rs, n) -> {
                    boolean better = rs.getString("job_kind").equals("BETTER_JOB");
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    return new Reason(household(rs.getObject("household_id", UUID.class)),
                            better ? ReasonKind.BETTER_JOB : ReasonKind.NEW_JOB, false, start,
                            (better ? "Better job" : "New job") + " from " + US.format(start) + ", "
                                    + new Money(rs.getLong("monthly_earnings_cents")).format() + " a month");
                }).list();
    }

    /** Sent at least 7 days before the day and not answered by then. A mental-health referral is sensitive. */
    List<Reason> stalledReferrals(Window w, Map<Long, String> agencies) {
        return jdbc.sql("with fam as (" + FAMILIES + """
                        )
                        select r.household_id, r.service_category, r.receiving_agency_id, r.sent_on
                          from services.referral_facts r
                          join fam on fam.household_id = r.household_id
                         where r.sent_on <= :stalledOn
                           and ((r.status = 'SENT' and r.answered_on is null) or r.answered_on > :asOf)
                        """)
                .param("region", w.region()).param("asOf", w.asOf())
                .param("stalledOn", w.asOf().minusDays(REFERRAL_STALLED_AFTER_DAYS))
                .query((rs, n) -> {
                    ServiceCategory category = ServiceCategory.valueOf(rs.getString("service_category"));
                    LocalDate sent = rs.getObject("sent_on", LocalDate.class);
                    long days = ChronoUnit.DAYS.between(sent, w.asOf());
                    String to = agencies.getOrDefault(rs.getLong("receiving_agency_id"), "the partner");
                    return new Reason(household(rs.getObject("household_id", UUID.class)), ReasonKind.REFERRAL_STALLED,
                            category.sensitive(), sent, category.label() + " referral to " + to + ": no answer in " + days
                                    + " days (sent " + US.format(sent) + ")");
                }).list();
    }

    /** Action items from earlier conferences still open on the day, whatever their due date. */
    List<Reason> openActionItems(Window w, Map<Long, String> staff) {
        return jdbc.sql("with fam as (" + FAMILIES + """
                        )
                        select a.household_id, a.what, a.owner_user_id, a.due_on, c.held_on
                          from conferences.action_item a
                          join conferences.conference c on c.id = a.conference_id
                          join fam on fam.household_id = a.household_id
                         where a.conference_id is distinct from :conference
                           and c.held_on <= :asOf
                           and (a.closed_on is null or a.closed_on > :asOf)
                        """)
                .param("region", w.region()).param("asOf", w.asOf()).param("conference", w.conference())
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new Reason(household(rs.getObject("household_id", UUID.class)), ReasonKind.ACTION_ITEM, false, due,
                            rs.getString("what") + " (" + staff.getOrDefault(rs.getLong("owner_user_id"), "owner") + ", due "
                                    + US.format(due) + (due.isBefore(w.asOf()) ? ", overdue" : "") + "; from the "
                                    + US.format(rs.getObject("held_on", LocalDate.class)) + " conference)");
                }).list();
    }

    /**
     * Flexible funds paid to or for the family after the day of the last conference, up to the day:
     * one line per request with money still paid out (a reversed payment nets to nothing and drops off).
     */
    List<Reason> flexSpending(Window w) {
        return jdbc.sql("with fam as (" + FAMILIES + """
                        )
                        select f.household_id, f.category, f.paid_cents, f.paid_at
                          from flexfunds.request_facts f
                          join fam on fam.household_id = f.household_id
                         where f.paid_at >= :after and f.paid_at < :until and f.paid_cents > 0
                        """)
                .param("region", w.region()).param("asOf", w.asOf())
                .param("after", w.since().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .param("until", w.asOf().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query((rs, n) -> {
                    LocalDate paid = rs.getObject("paid_at", java.time.OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
                    String category = Category.of(rs.getString("category")).map(Category::label).orElse("Other");
                    return new Reason(household(rs.getObject("household_id", UUID.class)), ReasonKind.FLEX_SPENDING, false, paid,
                            category + ": " + new Money(rs.getLong("paid_cents")).format() + " paid " + US.format(paid));
                }).list();
    }

    private static HouseholdId household(UUID id) {
        return new HouseholdId(id);
    }
}
