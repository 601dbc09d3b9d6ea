package org.crosswalk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.TimelineEntry;
import org.crosswalk.families.TimelineSource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.stereotype.Component;

/**
 * Intake's events on the family's timeline. Living situations in psychiatric or substance use
 * facilities are already masked by {@link IntakeRecords#build} for viewers without sensitive access.
 */
@Component
class IntakeTimeline implements TimelineSource {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final IntakeRecords records;
    private final Clock clock;

    IntakeTimeline(IntakeRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        IntakeRecord record = records.build(viewer, household, null, false);
        String page = "/households/" + household + "/intake";
        List<TimelineEntry> entries = new ArrayList<>();
        for (IntakeRecord.ReferralView r : record.referrals()) {
            String link = page + "#referral-" + r.id();
            entries.add(new TimelineEntry(at(r.referredOn(), 9), "referral",
                    (r.status() == ReferralStatus.INELIGIBLE ? "Referral not eligible for " : "Referred to ") + r.program(),
                    "From " + r.sourceLabel() + "; living situation " + r.livingSituation().label()
                            + (r.referredBy() == null ? "" : ". By " + r.referredBy()) + ".",
                    r.referrerAgency(), link));
            for (IntakeRecord.ContactView c : r.contacts()) {
                entries.add(new TimelineEntry(at(c.on(), 10), "contact",
                        (c.reached() ? "Contacted: " : "Unable to reach: ") + c.method().label().toLowerCase(),
                        c.note(), null, link));
            }
            for (IntakeRecord.AssessmentView a : r.assessments()) {
                String detail = switch (a.decision()) {
                    case ENROLL -> "Decided to enroll.";
                    case NOT_NOW -> "Not now; follow up " + a.followUpOn().format(US) + ".";
                    case DECLINED -> "Declined: " + a.declineReason().label().toLowerCase()
                            + (a.declineDetail() == null ? "" : " (" + a.declineDetail() + ")") + ".";
                };
                entries.add(new TimelineEntry(at(a.on(), 11), "assessment", "Readiness assessment", detail, null, link));
            }
        }
        for (IntakeRecord.EnrollmentView e : record.enrollments()) {
            String link = page + "#enrollment-" + e.id();
            entries.add(new TimelineEntry(at(e.startDate(), 12), "enrollment", "Enrolled in " + e.program(),
                    "Navigator " + e.navigator() + ".", null, link));
            for (IntakeRecord.AssignmentView a : e.assignments().stream().skip(1).toList()) {
                entries.add(new TimelineEntry(at(a.from(), 13), "navigator", "Navigator changed to " + a.navigator(),
                        a.reason(), null, link));
            }
            if (!e.active()) {
                entries.add(new TimelineEntry(at(e.exitedOn(), 14), "exit", "Exited " + e.program(),
                        e.exitReason().label() + "; destination " + e.destination().label() + ".", null, link));
            }
        }
        return entries;
    }

    /** Business dates at fixed hours, so a day's steps sort in the order they happen. */
    private OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(clock.getZone()).toOffsetDateTime();
    }
}
