package org.crosswalk.employment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    private static final String AGENCY = null;

    private final JdbcClient jdbc;
    private final Clock clock;

    JobsTimeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        List<TimelineEntry> entries = new ArrayList<>();
        String jobs = "/households/" + household + "/jobs";
        jdbc.sql("""
                        select f.placement_id, f.start_date, f.end_date, f.monthly_earnings_cents, f.job_kind, p.occupation,
                               p.employer_name, p.reason_left, e.monthly_earnings_cents as at_enrollment_cents
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
                    entries.add(new TimelineEntry(at(rs.getObject("start_date", LocalDate.class)), "job",
                            kind == JobKind.HELD_AT_ENROLLMENT ? "Job held at enrollment: " + title
                                    : kind.label() + ": " + title,
                            kind == JobKind.BETTER_JOB && before != null
                                    ? monthly + ", " + new Money(rs.getLong("monthly_earnings_cents") - before).format() + " more than the job at enrollment"
                                    : monthly, AGENCY, link));
                    LocalDate ended = rs.getObject("end_date", LocalDate.class);
                    if (ended != null) {
                        entries.add(new TimelineEntry(at(ended), "job-ended", "Job ended: " + title,
                                ReasonLeft.valueOf(rs.getString("reason_left")).label(), AGENCY, link));
                    }
                    return null;
                }).list();
        checkIns(household, jobs, entries);
        learning(household, jobs, entries);
        return entries;
    }

    private void checkIns(HouseholdId household, String jobs, List<TimelineEntry> entries) {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        select c.id, c.days_after_start, c.due_on, c.answered_on, c.still_employed, c.same_employer,
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
                                "Due " + rs.getObject("due_on", LocalDate.class) + " and not yet answered.", AGENCY,
                                jobs + "/checkins/" + rs.getObject("id", UUID.class)));
                    } else {
                        boolean working = rs.getBoolean("still_employed");
                        entries.add(new TimelineEntry(at(answered), "checkin", point + ": " + (working
                                ? "working" + (rs.getBoolean("same_employer") ? "" : ", at another employer") : "not working"),
                                job, AGENCY, jobs));
                    }
                    return null;
                }).list();
    }

    private void learning(HouseholdId household, String jobs, List<TimelineEntry> entries) {
        jdbc.sql("select program, provider, started_on, ends_on, status from employment.training where household_id = :h")
                .param("h", household.value())
                .query((rs, n) -> {
                    String program = rs.getString("program");
                    entries.add(new TimelineEntry(at(rs.getObject("started_on", LocalDate.class)), "training",
                            "Training started: " + program, rs.getString("provider"), AGENCY, jobs + "#training"));
                    TrainingStatus status = TrainingStatus.valueOf(rs.getString("status"));
                    if (status.finished()) {
                        entries.add(new TimelineEntry(at(rs.getObject("ends_on", LocalDate.class)), "training",
                                "Training " + status.label().toLowerCase() + ": " + program, rs.getString("provider"),
                                AGENCY, jobs + "#training"));
                    }
                    return null;
                }).list();
        jdbc.sql("select name, issuer, earned_on from employment.credential where household_id = :h")
                .param("h", household.value())
                .query((rs, n) -> entries.add(new TimelineEntry(at(rs.getObject("earned_on", LocalDate.class)), "credential",
                        "Credential earned: " + rs.getString("name"), rs.getString("issuer"), AGENCY, jobs + "#credentials")))
                .list();
    }

    /** A dated event, placed at midday so it sorts after that morning's notes. */
    private OffsetDateTime at(LocalDate day) {
        return day.atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime();
    }
}
