package org.crosswalk.services.referrals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.services.directory.Directory;
import org.crosswalk.services.directory.ServiceStatus;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals as the family's caseworker sees them: send one to a service in the directory, follow
 * it, withdraw it. The partner answers in its inbox ({@link PartnerInbox}).
 */
@Service
public class PartnerReferrals {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final ReferralRepository repository;
    private final ReferralViews views;
    private final Directory directory;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnerReferrals(ReferralRepository repository, ReferralViews views, Directory directory, HouseholdAccess access,
                     ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.views = views;
        this.directory = directory;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public record NewReferral(UUID serviceId, String reason, Urgency urgency) {}

    /** A sent referral, and a warning when the partner cannot see the family yet. */
    public record Sent(ReferralView referral, String warning) {}

    /** What the caseworker sees before sending: the service, and whether its partner can see the family. */
    public record Preparation(Directory.ReferralTarget target, boolean partnerSeesFamily, String warning) {}

    @Transactional(readOnly = true)
    public Preparation prepare(Viewer viewer, HouseholdId household, UUID serviceId) {
        access.requireEditable(viewer, household);
        var target = directory.referralTarget(serviceId).orElseThrow(() -> new RecordNotFound("service"));
        boolean sees = target.agencyId() != null && views.partnerSees(target.agencyId(), household);
        return new Preparation(target, sees, sees ? null : warning(target));
    }

    @Transactional
    public Sent send(Viewer viewer, HouseholdId household, NewReferral referral) {
        access.requireEditable(viewer, household);
        var target = referral.serviceId() == null ? null : directory.referralTarget(referral.serviceId()).orElse(null);
        if (target == null) {
            throw new InvalidInput("serviceId", "Choose a service from the partner directory.");
        }
        if (target.agencyId() == null) {
            throw new InvalidInput("serviceId", target.organizationName()
                    + " does not answer referrals in Crosswalk: contact them directly.");
        }
        if (target.status() != ServiceStatus.ACTIVE) {
            throw new InvalidInput("serviceId", target.serviceName() + " is " + target.status().label().toLowerCase()
                    + " and takes no referrals now.");
        }
        if (target.category().sensitive() && !access.maySeeSensitive(viewer, household)) {
            throw new InvalidInput("serviceId", "This family's release does not cover sensitive information, so a "
                    + target.category().label().toLowerCase() + " referral comes from the agency that holds the record.");
        }
        if (referral.reason() == null || referral.reason().isBlank()) {
            throw new InvalidInput("reason", "Say what the family needs from this service.");
        }
        if (referral.reason().strip().length() > Referral.MAX_TEXT) {
            throw new InvalidInput("reason", "At most 2,000 characters.");
        }
        if (referral.urgency() == null) {
            throw new InvalidInput("urgency", "Choose how soon the family needs it.");
        }
        repository.openTo(household, target.serviceId()).ifPresent(open -> {
            throw new InvalidInput("serviceId", "This family already has an open referral to this service, sent "
                    + US_DATE.format(open.sentOn()) + ".");
        });
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID id = UUID.randomUUID();
        repository.insert(new ReferralRepository.Row(id, household, target.serviceId(), target.serviceName(),
                target.organizationName(), target.category(), target.agencyId(), viewer.agencyId(), viewer.userId(), now,
                now.atZoneSameInstant(clock.getZone()).toLocalDate(), referral.reason().strip(), referral.urgency(),
                ReferralStatus.SENT, null, null, null, null, null, null, null, null, null, null, null, null, null, 0));
        touched(viewer, household, "PARTNER_REFERRAL_SENT", target.serviceName() + " (" + target.organizationName() + "), "
                + referral.urgency().name().toLowerCase());
        boolean sees = views.partnerSees(target.agencyId(), household);
        var view = views.of(repository.find(id).orElseThrow(), views.names()).seenByPartner(sees);
        return new Sent(view, sees ? null : warning(target));
    }

    /**
     * The family's referrals the viewer may see (mental health ones need consent that covers
     * sensitive information). The sender opening them marks the partner's answers seen.
     */
    @Transactional
    public List<ReferralView> ofHousehold(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        boolean sensitive = access.maySeeSensitive(viewer, household);
        var rows = repository.ofHousehold(household).stream().filter(r -> sensitive || !r.category().sensitive()).toList();
        var names = views.names();
        Map<Long, Boolean> partnerSees = new HashMap<>();
        var referrals = rows.stream().map(r -> views.of(r, names).seenByPartner(partnerSees.computeIfAbsent(
                r.receivingAgencyId(), agency -> views.partnerSees(agency, household)))).toList();
        repository.markRepliesSeen(household, viewer.userId());
        touched(viewer, household, "PARTNER_REFERRALS_VIEWED", referrals.size() + " referrals");
        return referrals;
    }

    /** The agency that sent a referral may withdraw it until the service is delivered. */
    @Transactional
    public void withdraw(Viewer viewer, HouseholdId household, UUID referralId, String reason) {
        access.requireEditable(viewer, household);
        var row = repository.find(referralId).filter(r -> r.household().equals(household))
                .orElseThrow(() -> new RecordNotFound("referral"));
        if (!Long.valueOf(row.sendingAgencyId()).equals(viewer.agencyId())) {
            throw new AccessDeniedException("Only the agency that sent a referral withdraws it.");
        }
        Referral referral = row.referral();
        OffsetDateTime now = OffsetDateTime.now(clock);
        referral.withdraw(viewer.userId(), now, reason);
        if (!repository.save(referral, false, now)) {
            throw new ConcurrentChange("This referral");
        }
        touched(viewer, household, "PARTNER_REFERRAL_WITHDRAWN", row.serviceName() + ": " + reason.strip());
    }

    private static String warning(Directory.ReferralTarget target) {
        return target.organizationName() + " cannot see this family until the family signs a release of information"
                + " naming them. The referral waits in their inbox as \"awaiting release of information\", without the"
                + " family's name.";
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
