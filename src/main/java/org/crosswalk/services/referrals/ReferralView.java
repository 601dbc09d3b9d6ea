package org.crosswalk.services.referrals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.shared.HouseholdId;

/**
 * A referral as people read it: names instead of IDs, days pending, whether it is stalled (no
 * answer {@value Referral#STALLED_AFTER_DAYS} days after sending), and each step with who and when.
 * {@code household} and {@code reason} are null in a partner's inbox until the family's release
 * names the partner; {@code partnerSeesFamily} is null where it was not asked.
 */
public record ReferralView(UUID id, HouseholdId household, UUID serviceId, String serviceName, String organizationName,
                           ServiceCategory category, long receivingAgencyId, String receivingAgency, long sendingAgencyId,
                           String sendingAgency, String sentBy, OffsetDateTime sentAt, LocalDate sentOn, String reason,
                           Urgency urgency, ReferralStatus status, long daysPending, boolean stalled,
                           OffsetDateTime answeredAt, LocalDate answeredOn, String answeredBy, String answerNote,
                           String declineReason, LocalDate deliveredOn, OffsetDateTime deliveredAt, String deliveredBy,
                           OffsetDateTime withdrawnAt, String withdrawnBy, String withdrawReason, boolean newReply,
                           Boolean partnerSeesFamily) {

    /** Without what identifies the family, for a partner the family has not yet released it to. */
    ReferralView withheld() {
        return new ReferralView(id, null, serviceId, serviceName, organizationName, category, receivingAgencyId,
                receivingAgency, sendingAgencyId, sendingAgency, sentBy, sentAt, sentOn, null, urgency, status,
                daysPending, stalled, answeredAt, answeredOn, answeredBy, null, null, deliveredOn, deliveredAt,
                deliveredBy, withdrawnAt, withdrawnBy, null, false, false);
    }

    ReferralView seenByPartner(boolean sees) {
        return new ReferralView(id, household, serviceId, serviceName, organizationName, category, receivingAgencyId,
                receivingAgency, sendingAgencyId, sendingAgency, sentBy, sentAt, sentOn, reason, urgency, status,
                daysPending, stalled, answeredAt, answeredOn, answeredBy, answerNote, declineReason, deliveredOn,
                deliveredAt, deliveredBy, withdrawnAt, withdrawnBy, withdrawReason, newReply, sees);
    }
}
