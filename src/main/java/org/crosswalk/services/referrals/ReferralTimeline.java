package org.crosswalk.services.referrals;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.TimelineEntry;
import org.crosswalk.families.TimelineSource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.stereotype.Component;

/** Each step of the family's referrals on its timeline; mental health referrals only for those who may see them. */
@Component
class ReferralTimeline implements TimelineSource {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final ReferralRepository repository;
    private final ReferralViews views;
    private final HouseholdAccess access;

    ReferralTimeline(ReferralRepository repository, ReferralViews views, HouseholdAccess access) {
        this.repository = repository;
        this.views = views;
        this.access = access;
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, HouseholdId household) {
        var rows = repository.ofHousehold(household);
        if (rows.isEmpty()) {
            return List.of();
        }
        boolean sensitive = access.maySeeSensitive(viewer, household);
        String link = "/households/" + household + "/referrals";
        List<TimelineEntry> entries = new ArrayList<>();
        for (ReferralView r : views.of(rows.stream().filter(row -> sensitive || !row.category().sensitive()).toList())) {
            String to = r.serviceName() + " (" + r.category().label().toLowerCase() + ")";
            entries.add(new TimelineEntry(r.sentAt(), "referral", "Referral sent to " + r.organizationName(),
                    to + ", by " + r.sentBy() + ". " + r.urgency().label() + ".", r.sendingAgency(), link));
            if (r.answeredAt() != null && r.declineReason() == null) {
                entries.add(new TimelineEntry(r.answeredAt(), "referral", r.organizationName() + " accepted the referral",
                        note(to, r.answerNote(), r.answeredBy()), r.receivingAgency(), link));
            }
            if (r.answeredAt() != null && r.declineReason() != null) {
                entries.add(new TimelineEntry(r.answeredAt(), "referral", r.organizationName() + " declined the referral",
                        note(to, r.declineReason(), r.answeredBy()), r.receivingAgency(), link));
            }
            if (r.deliveredAt() != null) {
                entries.add(new TimelineEntry(r.deliveredAt(), "referral", "Service delivered: " + r.serviceName(),
                        "Delivered " + US_DATE.format(r.deliveredOn()) + ", recorded by " + r.deliveredBy() + ".",
                        r.receivingAgency(), link));
            }
            if (r.withdrawnAt() != null) {
                entries.add(new TimelineEntry(r.withdrawnAt(), "referral", "Referral to " + r.organizationName() + " withdrawn",
                        note(to, r.withdrawReason(), r.withdrawnBy()), r.sendingAgency(), link));
            }
        }
        return entries;
    }

    private static String note(String to, String text, String by) {
        return to + (text == null ? "" : ": " + text) + (by == null ? "" : " (" + by + ")");
    }
}
