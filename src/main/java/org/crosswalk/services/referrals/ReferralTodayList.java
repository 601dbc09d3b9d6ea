package org.crosswalk.services.referrals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.ActionItem;
import org.crosswalk.families.TodaySource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referral work for the Today page. For the sender and the family's caseworker: stalled referrals
 * (no answer in {@value Referral#STALLED_AFTER_DAYS} days) and partner answers not yet seen. For
 * partner staff: referrals in their agency's inbox waiting for an answer, due
 * {@value Referral#STALLED_AFTER_DAYS} days after sending. Only families the viewer may read;
 * mental health referrals only where the viewer may see sensitive information.
 */
@Component
class ReferralTodayList implements TodaySource {

    private static final String SENSITIVE_FILTER = " and (r.category <> 'MENTAL_HEALTH' or r.household_id in (select household_id from "
            + HouseholdAccess.SENSITIVE_READABLE + "))";

    private final JdbcClient jdbc;

    ReferralTodayList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Item(UUID id, UUID householdId, String status, LocalDate sentOn, String serviceName,
                        String organizationName, boolean unseenReply) {}

    @Override
    public List<ActionItem> actionsFor(Viewer viewer, LocalDate today) {
        List<ActionItem> items = new ArrayList<>();
        if (viewer.role() == Role.PARTNER_STAFF && viewer.agencyId() != null) {
            for (Item i : query("r.receiving_agency_id = :agency and r.status = 'SENT'", viewer, today)) {
                items.add(new ActionItem("Referral to answer", new HouseholdId(i.householdId()),
                        "Answer the referral to " + i.serviceName(), i.sentOn().plusDays(Referral.STALLED_AFTER_DAYS),
                        "/inbox/" + i.id()));
            }
        }
        String mine = "(r.sent_by = :viewer or exists (select 1 from families.caseload c where c.household_id = r.household_id"
                + " and c.worker_user_id = :viewer))";
        String work = mine + " and ((r.status = 'SENT' and r.sent_on <= :stalledOn)"
                + " or (r.sent_by = :viewer and r.replied_at is not null and (r.sender_seen_at is null or r.sender_seen_at < r.replied_at)))";
        for (Item i : query(work, viewer, today)) {
            String link = "/households/" + i.householdId() + "/referrals";
            HouseholdId household = new HouseholdId(i.householdId());
            if (i.unseenReply()) {
                items.add(new ActionItem("Partner answered", household, i.organizationName() + " "
                        + answer(i.status()) + " the referral to " + i.serviceName(), null, link));
            } else {
                long days = ChronoUnit.DAYS.between(i.sentOn(), today);
                items.add(new ActionItem("Stalled referral", household, "No answer from " + i.organizationName() + " in "
                        + days + " days: follow up on " + i.serviceName(), i.sentOn().plusDays(Referral.STALLED_AFTER_DAYS), link));
            }
        }
        return items;
    }

    private List<Item> query(String condition, Viewer viewer, LocalDate today) {
        return jdbc.sql("""
                        select r.id, r.household_id, r.status, r.sent_on, s.name as service_name, o.name as organization_name,
                               (r.replied_at is not null and r.sent_by = :viewer
                                and (r.sender_seen_at is null or r.sender_seen_at < r.replied_at)) as unseen_reply
                          from services.referral r
                          join services.service s on s.id = r.service_id
                          join services.organization o on o.id = s.organization_id
                          join %s rh on rh.household_id = r.household_id
                         where %s %s
                         order by r.sent_on
                         limit 200
                        """.formatted(HouseholdAccess.READABLE, condition, SENSITIVE_FILTER))
                .param("viewer", viewer.userId())
                .param("agency", viewer.agencyId() == null ? -1L : viewer.agencyId())
                .param("stalledOn", today.minusDays(Referral.STALLED_AFTER_DAYS))
                .query((rs, n) -> new Item(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
                        rs.getString("status"), rs.getObject("sent_on", LocalDate.class), rs.getString("service_name"),
                        rs.getString("organization_name"), rs.getBoolean("unseen_reply")))
                .list();
    }

    private static String answer(String status) {
        return switch (ReferralStatus.valueOf(status)) {
            case ACCEPTED -> "accepted";
            case DECLINED -> "declined";
            case SERVICE_DELIVERED -> "delivered the service for";
            default -> "answered";
        };
    }
}
