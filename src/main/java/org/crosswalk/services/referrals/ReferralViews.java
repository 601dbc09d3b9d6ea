package org.crosswalk.services.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.springframework.stereotype.Component;

/** Turns stored referrals into what people read, and asks whether a partner agency can see a family. */
@Component
class ReferralViews {

    private final Organisation organisation;
    private final HouseholdAccess access;
    private final Clock clock;

    ReferralViews(Organisation organisation, HouseholdAccess access, Clock clock) {
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Names are looked up once per list. */
    Names names() {
        return new Names(organisation.staffNames(), organisation.agencyNames());
    }

    record Names(Map<Long, String> staff, Map<Long, String> agencies) {}

    ReferralView of(ReferralRepository.Row r, Names names) {
        LocalDate today = today();
        LocalDate withdrawnOn = r.withdrawnAt() == null ? null : r.withdrawnAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        return new ReferralView(r.id(), r.household(), r.serviceId(), r.serviceName(), r.organizationName(), r.category(),
                r.receivingAgencyId(), names.agencies().get(r.receivingAgencyId()), r.sendingAgencyId(),
                names.agencies().get(r.sendingAgencyId()), names.staff().get(r.sentBy()), r.sentAt(), r.sentOn(), r.reason(),
                r.urgency(), r.status(), Referral.daysPending(r.sentOn(), r.answeredOn(), withdrawnOn, today),
                Referral.stalled(r.status(), r.sentOn(), today), r.answeredAt(), r.answeredOn(), name(names, r.answeredBy()),
                r.answerNote(), r.declineReason(), r.deliveredOn(), r.deliveredAt(), name(names, r.deliveredBy()),
                r.withdrawnAt(), name(names, r.withdrawnBy()), r.withdrawReason(), r.unseenReply(), null);
    }

    List<ReferralView> of(List<ReferralRepository.Row> rows) {
        Names names = names();
        return rows.stream().map(r -> of(r, names)).toList();
    }

    /**
     * Whether the receiving agency's partner staff can read the family: the same access rule, asked
     * for one of them (it depends only on their agency). An agency with no partner staff sees no one.
     */
    boolean partnerSees(long agency, HouseholdId household) {
        return partnerOf(agency).map(partner -> access.mayRead(partner, household)).orElse(false);
    }

    private Optional<Viewer> partnerOf(long agency) {
        return organisation.staff().stream()
                .filter(s -> s.enabled() && s.role() == Role.PARTNER_STAFF && Long.valueOf(agency).equals(s.agencyId()))
                .findFirst()
                .map(s -> new Viewer(s.id(), s.username(), s.displayName(), s.role(), s.agencyId(), s.regionId()));
    }

    private static String name(Names names, Long user) {
        return user == null ? null : names.staff().get(user);
    }
}
