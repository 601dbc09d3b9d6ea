package org.crosswalk.services.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.services.referrals.ReferralRepository.Group;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner agency's inbox: the referrals addressed to it, answered by its partner staff. A
 * referral for a family whose release does not name the agency shows no personal data and cannot
 * be answered until the family signs one ("awaiting release of information").
 */
@Service
class PartnerInbox {

    private final ReferralRepository repository;
    private final ReferralViews views;
    private final HouseholdAccess access;
    private final Households households;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnerInbox(ReferralRepository repository, ReferralViews views, HouseholdAccess access, Households households,
                 ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.views = views;
        this.access = access;
        this.households = households;
        this.events = events;
        this.clock = clock;
    }

    /** How the partner reaches the family; null when the family has not released its record to them. */
    record Family(String name, String phone, String preferredLanguage, String city, int people, int children) {}

    record Entry(ReferralView referral, boolean released, Family family) {}

    @Transactional
    PageOf<Entry> inbox(Viewer viewer, Group group, int page, int size) {
        long agency = requirePartner(viewer);
        int shown = Math.clamp(size, 1, 100);
        int at = Math.max(0, page);
        var names = views.names();
        var entries = repository.inbox(agency, viewer.userId(), group, at, shown).stream()
                .map(row -> entry(viewer, views.of(row.referral(), names), row.released())).toList();
        return new PageOf<>(entries, at, shown, repository.inboxCount(agency, group));
    }

    Map<Group, Long> counts(Viewer viewer) {
        long agency = requirePartner(viewer);
        Map<Group, Long> counts = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            counts.put(group, repository.inboxCount(agency, group));
        }
        return counts;
    }

    @Transactional
    Entry open(Viewer viewer, UUID referralId) {
        var row = addressedTo(viewer, referralId);
        boolean released = access.mayRead(viewer, row.household());
        if (released) {
            touched(viewer, row, "PARTNER_REFERRAL_OPENED", row.serviceName());
        }
        return entry(viewer, views.of(row, views.names()), released);
    }

    @Transactional
    void accept(Viewer viewer, UUID referralId, String note) {
        answer(viewer, referralId, "PARTNER_REFERRAL_ACCEPTED", (referral, now, today) ->
                referral.accept(viewer.userId(), now, today, note));
    }

    @Transactional
    void decline(Viewer viewer, UUID referralId, String reason) {
        answer(viewer, referralId, "PARTNER_REFERRAL_DECLINED", (referral, now, today) ->
                referral.decline(viewer.userId(), now, today, reason));
    }

    @Transactional
    void deliver(Viewer viewer, UUID referralId, LocalDate deliveredOn) {
        answer(viewer, referralId, "PARTNER_SERVICE_DELIVERED", (referral, now, today) ->
                referral.deliver(viewer.userId(), now, deliveredOn, today));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private interface Answer {
        void apply(Referral referral, OffsetDateTime now, LocalDate today);
    }

    private void answer(Viewer viewer, UUID referralId, String action, Answer answer) {
        var row = addressedTo(viewer, referralId);
        if (!access.mayRead(viewer, row.household())) {
            throw new AccessDeniedException("This referral is awaiting a release of information naming your agency;"
                    + " you can answer it once the family signs one.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Referral referral = row.referral();
        answer.apply(referral, now, now.atZoneSameInstant(clock.getZone()).toLocalDate());
        if (!repository.save(referral, true, now)) {
            throw new ConcurrentChange("This referral");
        }
        touched(viewer, row, action, row.serviceName());
    }

    /** Only partner staff answer referrals, and only those sent to their own agency: another's answers 404. */
    private ReferralRepository.Row addressedTo(Viewer viewer, UUID referralId) {
        long agency = requirePartner(viewer);
        return repository.find(referralId).filter(r -> r.receivingAgencyId() == agency)
                .orElseThrow(() -> new RecordNotFound("referral"));
    }

    private static long requirePartner(Viewer viewer) {
        if (viewer.role() != Role.PARTNER_STAFF || viewer.agencyId() == null) {
            throw new AccessDeniedException("The referral inbox is for partner agencies' staff.");
        }
        return viewer.agencyId();
    }

    private Entry entry(Viewer viewer, ReferralView referral, boolean released) {
        if (!released) {
            return new Entry(referral.withheld(), false, null);
        }
        var details = households.open(viewer, referral.household());
        var head = details.head();
        int children = (int) details.members().stream()
                .filter(m -> m.relationship() == Relationship.CHILD).count();
        return new Entry(referral, true, new Family(details.headName(), head.phone(), head.preferredLanguage(),
                details.city(), details.members().size(), children));
    }

    private void touched(Viewer viewer, ReferralRepository.Row row, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(row.household(), viewer.userId(), viewer.username(), action, detail));
    }
}
