package org.crosswalk.services.referrals;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Sending a referral: the service, what the family needs, and how soon. Required fields are the facade's rules. */
record ReferralForm(UUID serviceId, @Size(max = 2000, message = "At most 2,000 characters.") String reason, Urgency urgency) {

    PartnerReferrals.NewReferral toCommand() {
        return new PartnerReferrals.NewReferral(serviceId, reason, urgency);
    }
}
