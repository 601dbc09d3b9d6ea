package org.crosswalk.employment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.TimelineEntry;
import org.crosswalk.families.TimelineSource;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Jobs on the household's timeline: jobs started and ended, check-ins answered, training and
 * credentials. Overdue check-ins are dated now, so they stand at the top of the household page
 * until someone answers them. Nothing here is sensitive information.
 */
@Component
class JobsTimeline implements TimelineSource {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Clock clock;

    JobsTimeline(JdbcClient jdbc, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The agency of the staff member who recorded something, to show on the timeline. */
    private Map<Long, String> agencies() {
        Map<Long, String> agencies = new HashMap<>();
        organisation.staff().forEach(s -> agencies.put(s.id(), s.agencyName()));
        return agencies;
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        List<TimelineEntry> entries = new ArrayList<>();
        String jobs = "/households/" + household + "/jobs";
        Map<Long, String> agencies = agencies();
        jdbc.sql("""
                        select f.placement_id, f.start_date, f.end_date, f.monthly_earnings_cents, f.job_kind, p.occupation,
                               p.employer_name, p.reason_left, p.recorded_by, e.monthly_earnings_cents as at_enrollment_cents
                          from employment.placement_facts f
                          join employment.placement p on p.id = f.placement_id
                          left join employment.placement e on e.member_id = p.member_id and e.held_at_enrollment and e.id <> p.id
                         where f.household_id = :h
                        """)
                .param("h", household.value())
                .query((rs, n) -> {
                    JobKind kind = JobKind.valueOf(rs.getString("job_kind"));
                    String title = rs.getString("occupation") + " at " + rs.getString("employer_name");
                    String monthly = new Money(rs.getLong("monthly_earnings_cents")).format() + " a month";
                    Long before = (Long) rs.getObject("at_enrollment_cents");
                    String link = jobs + "#job-" + rs.getObject("placement_id", UUID.class);
                    String agency = agencies.get((Long) rs.getObject("recorded_by"));
                    entries.add(new TimelineEntry(at(rs.getObject("start_date", LocalDate.class)), "job",
                            kind == JobKind.HELD_AT_ENROLLMENT ? "Job held at enrollment: " + title
                                    : kind.label() + ": " + title,
                            kind == JobKind.BETTER_JOB && before != null
                                    ? monthly + ", " + new Money(rs.getLong("monthly_earnings_cents") - before).format() + " more than the job at enrollment"
                                    : monthly, agency, link));
                    LocalDate ended = rs.getObject("end_date", LocalDate.class);
                    if (ended != null) {
                        entries.add(new TimelineEntry(at(ended), "job-ended", "Job ended: " + title,
                                ReasonLeft.valueOf(rs.getString("reason_left")).label(), agency, link));
                    }
                    return null;
                }).list();
        checkIns(household, jobs, entries, agencies);
        learning(household, jobs, entries, agencies);
        return entries;
    }

    private void checkIns(HouseholdId household, String jobs, List<TimelineEntry> entries, Map<Long, String> agencies) {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        select c.days_after_start, c.due_on, c.answered_on, c.answered_by, c.still_employed, c.same_employer,
                               p.occupation, p.employer_name
                          from employment.checkin c join employment.placement p on p.id = c.placement_id
                         where c.household_id = :h and (c.answered_on is not null or c.due_on < :today)
                        """)
                .param("h", household.value()).param("today", today)
                .query((rs, n) -> {
                    String point = rs.getInt("days_after_start") + "-day check-in";
                    String job = rs.getString("occupation") + " at " + rs.getString("employer_name");
                    LocalDate answered = rs.getObject("answered_on", LocalDate.class);
                    if (answered == null) {
                        entries.add(new TimelineEntry(OffsetDateTime.now(clock), "alert", "Overdue: " + point + " for " + job,
                                "Due " + US.format(rs.getObject("due_on", LocalDate.class)) + " and not yet answered.", null,
                                jobs + "#overdue"));
                    } else {
                        boolean working = rs.getBoolean("still_employed");
                        entries.add(new TimelineEntry(at(answered), "checkin", point + ": " + (working
                                ? "working" + (rs.getBoolean("same_employer") ? "" : ", at another employer") : "not working"),
                                job, agencies.get((Long) rs.getObject("answered_by")), jobs));
                    }
                    return null;
                }).list();
    }

    private void learning(HouseholdId household, String jobs, List<TimelineEntry> entries, Map<Long, String> agencies) {
        jdbc.sql("select program, provider, started_on, ends_on, status, recorded_by from employment.training where household_id = :h")
                .param("h", household.value())
                .query((rs, n) -> {
                    String program = rs.getString("program");
                    String agency = agencies.get((Long) rs.getObject("recorded_by"));
                    entries.add(new TimelineEntry(at(rs.getObject("started_on", LocalDate.class)), "training",
                            "Training started: " + program, rs.getString("provider"), agency, jobs + "#training"));
                    TrainingStatus status = TrainingStatus.valueOf(rs.getString("status"));
                    if (status.finished()) {
                        entries.add(new TimelineEntry(at(rs.getObject("ends_on", LocalDate.class)), "training",
                                "Training " + status.label().toLowerCase() + ": " + program, rs.getString("provider"),
                                agency, jobs + "#training"));
                    }
                    return null;
                }).list();
        jdbc.sql("select name, issuer, earned_on, recorded_by from employment.credential where household_id = :h")
                .param("h", household.value())
                .query((rs, n) -> entries.add(new TimelineEntry(at(rs.getObject("earned_on", LocalDate.class)), "credential",
                        "Credential earned: " + rs.getString("name"), rs.getString("issuer"),
                        agencies.get((Long) rs.getObject("recorded_by")), jobs + "#credentials")))
                .list();
    }

    /** A dated event, placed at midday so it sorts after that morning's notes. */
    private OffsetDateTime at(LocalDate day) {
        return day.atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime();
    }
}
