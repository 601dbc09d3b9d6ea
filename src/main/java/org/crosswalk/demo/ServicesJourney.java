package org.crosswalk.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.services.directory.DirectoryBatch;
import org.crosswalk.services.referrals.ReferralBatch;
import org.crosswalk.services.referrals.ReferralBatch.PastReferral;
import org.crosswalk.services.referrals.ReferralStatus;
import org.crosswalk.services.referrals.Urgency;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Partner services in the demo: the directory (once), then referrals for enrolled families in
 * every state of the loop — waiting, stalled past seven days, accepted, declined, delivered,
 * withdrawn — mostly to partners their release names, a few still awaiting a release. Greater
 * Hartford's child care partner (paula) gets a living inbox; navigators get answers to read.
 */
@Component
@Order(30)
class ServicesJourney implements JourneyStep {

    /** How likely an enrolled family is referred to each kind of partner (child care only with children under 13). */
    private static final Map<AgencyKind, Double> CHANCE = Map.of(AgencyKind.CHILD_CARE, 0.7, AgencyKind.BENEFITS, 0.35,
            AgencyKind.CAREER_CENTER, 0.3, AgencyKind.MENTAL_HEALTH, 0.15, AgencyKind.VOCATIONAL_REHAB, 0.08,
            AgencyKind.CHILD_WELFARE, 0.05);

    private final DirectoryBatch directory;
    private final ReferralBatch referrals;
    private final Clock clock;

    ServicesJourney(DirectoryBatch directory, ReferralBatch referrals, Clock clock) {
        this.directory = directory;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** What one chunk's referrals are drawn from: the referable services and who answers for each agency. */
    private record Partners(Map<Long, List<DirectoryBatch.ReferableService>> services, Map<Long, Long> staff) {}

    @Override
    public void seed(List<JourneyFamily> families, Context context) {
        if (directory.empty()) {
            directory.load(ServicesDirectoryDemo.organizations(context.agencies()));
        }
        Map<Long, Long> answering = DemoStaff.all().stream().filter(s -> s.role() == Role.PARTNER_STAFF)
                .collect(Collectors.toMap(s -> context.agencies().get(s.region().agencyName(s.agency())),
                        s -> context.staff().get(s.username())));
        Partners partners = new Partners(directory.referableServices().stream()
                .collect(Collectors.groupingBy(DirectoryBatch.ReferableService::agencyId)), answering);
        List<PastReferral> past = new ArrayList<>();
        for (JourneyFamily family : families) {
            if (family.stage().enrolled() && family.workerUserId() != null) {
                past.addAll(referralsFor(family, context, partners));
            }
        }
        referrals.insert(past);
    }

    private List<PastReferral> referralsFor(JourneyFamily jf, Context context, Partners partners) {
        Random dice = jf.dice();
        LocalDate today = context.today();
        // A partner reads the family when an active release names it, and never a DV-restricted family.
        Set<AgencyKind> released = jf.family().dvRestricted() ? Set.of() : jf.family().consents().stream()
                .filter(c -> c.activeOn(today)).flatMap(c -> c.agencies().stream()).collect(Collectors.toSet());
        int youngest = jf.family().children().stream().mapToInt(c -> Period.between(c.birthDate(), today).getYears())
                .min().orElse(99);
        List<PastReferral> made = new ArrayList<>();
        Set<UUID> used = new HashSet<>();
        for (var chance : new EnumMap<>(CHANCE).entrySet()) {
            AgencyKind kind = chance.getKey();
            if (kind == AgencyKind.CHILD_CARE && youngest >= 13 || dice.nextDouble() >= chance.getValue()) {
                continue;
            }
            // Caseworkers mostly refer where the family's release already reaches; a few wait on one.
            if (!released.contains(kind) && dice.nextDouble() < 0.88) {
                continue;
            }
            Long agency = context.agencies().get(jf.family().region().agencyName(kind));
            List<DirectoryBatch.ReferableService> services = agency == null ? List.of()
                    : partners.services().getOrDefault(agency, List.of());
            List<DirectoryBatch.ReferableService> fitting = services.stream()
                    .filter(s -> kind != AgencyKind.CHILD_CARE || fitsChildCare(s.name(), youngest)).toList();
            if (fitting.isEmpty()) {
                continue;
            }
            var service = fitting.get(dice.nextInt(fitting.size()));
            if (used.add(service.id())) {
                made.add(referral(jf, service, partners.staff().get(service.agencyId()), released.contains(kind), youngest,
                        today, dice));
            }
        }
        return made;
    }

    private static boolean fitsChildCare(String service, int youngest) {
        return switch (service) {
            case "Infant and toddler care" -> youngest <= 3;
            case "School-day preschool" -> youngest >= 3 && youngest <= 5;
            case "Before- and after-school care" -> youngest >= 5;
            default -> true;
        };
    }

    private PastReferral referral(JourneyFamily jf, DirectoryBatch.ReferableService service, Long partner, boolean released,
                                  int youngest, LocalDate today, Random dice) {
        LocalDate earliest = jf.family().enrolledOn().plusDays(3);
        long span = Math.max(0, ChronoUnit.DAYS.between(earliest, today));
        // A third were sent in the last two weeks, so inboxes and Today pages have fresh work as well as history.
        LocalDate sentOn = dice.nextDouble() < 0.35 ? today.minusDays(dice.nextInt((int) Math.min(13, span) + 1))
                : earliest.plusDays(dice.nextInt((int) span + 1));
        if (sentOn.isAfter(today)) {
            sentOn = today;
        }
        OffsetDateTime sentAt = at(sentOn, 9 + dice.nextInt(7), dice);
        long age = ChronoUnit.DAYS.between(sentOn, today);
        Urgency urgency = dice.nextDouble() < 0.15 ? Urgency.URGENT : dice.nextDouble() < 0.35 ? Urgency.SOON : Urgency.ROUTINE;
        String reason = ServicesReferralStories.reason(service.category(), youngest, dice);
        var sent = new PastReferral(jf.id(), service.id(), jf.ownerAgencyId(), jf.workerUserId(), sentAt, reason, urgency,
                ReferralStatus.SENT, null, null, null, null, null, null, null, null, false);
        if (!released) {
            // The partner cannot answer until a release names it: still waiting, or given up on.
            return age > 30 && dice.nextDouble() < 0.5
                    ? withdrawn(sent, null, null, null, at(sentOn.plusDays(14 + dice.nextInt(10)), 11, dice),
                    "The family chose not to sign a release for this agency.")
                    : sent;
        }
        double waiting = age < 3 ? 1.0 : age < 14 ? 0.4 : 0.1;
        if (dice.nextDouble() < waiting) {
            return sent;
        }
        LocalDate answeredOn = sentOn.plusDays(Math.min(age, 1 + dice.nextInt(dice.nextDouble() < 0.2 ? 12 : 6)));
        OffsetDateTime answeredAt = at(answeredOn, 10 + dice.nextInt(6), dice);
        long sinceAnswer = ChronoUnit.DAYS.between(answeredOn, today);
        boolean seen = sinceAnswer > 5 || dice.nextDouble() < 0.3;
        double outcome = dice.nextDouble();
        if (outcome < 0.18) {
            return answered(sent, ReferralStatus.DECLINED, answeredAt, partner, null, ServicesReferralStories.declineReason(dice),
                    null, null, seen);
        }
        String note = ServicesReferralStories.acceptNote(service.category(), dice);
        if (outcome < 0.23 && sinceAnswer >= 10) {
            return withdrawn(sent, answeredAt, partner, note, at(answeredOn.plusDays(5 + dice.nextInt(5)), 14, dice),
                    ServicesReferralStories.withdrawReason(dice));
        }
        if (outcome < 0.55 || sinceAnswer < 5) {
            return answered(sent, ReferralStatus.ACCEPTED, answeredAt, partner, note, null, null, null, seen);
        }
        LocalDate deliveredOn = answeredOn.plusDays(Math.min(sinceAnswer, 2 + dice.nextInt(14)));
        boolean deliverySeen = ChronoUnit.DAYS.between(deliveredOn, today) > 5 || dice.nextDouble() < 0.5;
        return answered(sent, ReferralStatus.SERVICE_DELIVERED, answeredAt, partner, note, null, deliveredOn,
                at(deliveredOn, 15, dice), deliverySeen);
    }

    private static PastReferral answered(PastReferral sent, ReferralStatus status, OffsetDateTime answeredAt, Long partner,
                                         String note, String declineReason, LocalDate deliveredOn, OffsetDateTime deliveredAt,
                                         boolean seen) {
        return new PastReferral(sent.household(), sent.serviceId(), sent.sendingAgencyId(), sent.sentBy(), sent.sentAt(),
                sent.reason(), sent.urgency(), status, answeredAt, partner, note, declineReason, deliveredOn, deliveredAt,
                null, null, seen);
    }

    private static PastReferral withdrawn(PastReferral sent, OffsetDateTime answeredAt, Long partner, String note,
                                          OffsetDateTime withdrawnAt, String reason) {
        return new PastReferral(sent.household(), sent.serviceId(), sent.sendingAgencyId(), sent.sentBy(), sent.sentAt(),
                sent.reason(), sent.urgency(), ReferralStatus.WITHDRAWN, answeredAt, partner, note, null, null, null,
                withdrawnAt, reason, true);
    }

    /** During the working day, and never later than now. */
    private OffsetDateTime at(LocalDate day, int hour, Random dice) {
        OffsetDateTime at = day.atTime(Math.min(hour, 17), dice.nextInt(60)).atZone(clock.getZone()).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return at.isAfter(now) ? now.minusMinutes(5) : at;
    }
}
