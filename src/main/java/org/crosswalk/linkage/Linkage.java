package org.crosswalk.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Record linkage in the application: link, never merge. Who may do what:
 * <ul>
 *   <li>review pairs, accept / reject / not sure, unlink, split: navigators, housing case managers
 *       and team leads (roles that change family records), and only for pairs whose two households
 *       they may both read (otherwise 404);</li>
 *   <li>thresholds, the automatic-linking switch and batch runs: team leads and administrators
 *       (administrators see counts, never a name);</li>
 *   <li>partner staff and state analysts: none (403).</li>
 * </ul>
 */
@Service
public class Linkage {

    static final int PAGE_SIZE = 10;
    static final List<String> FIELD_ORDER = List.of("given name", "surname", "date of birth", "SSN", "sex", "street number",
            "street", "locality", "suburb", "postcode", "state");

    private final LinkageRepository repository;
    private final MemberMatching matching;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "linkage-batch");
        t.setDaemon(true);
        return t;
    });

    Linkage(LinkageRepository repository, MemberMatching matching, HouseholdAccess access, ApplicationEventPublisher events) {
        this.repository = repository;
        this.matching = matching;
        this.access = access;
        this.events = events;
    }

    /** One side of a pair as a caseworker sees it. */
    public record Side(UUID memberId, HouseholdId household, String agency, String name, String given, String surname,
            String birthDate, String sex, String ssn, String address, String street, String city, String zip, String state) {

        /** What this side holds for a compared field. */
        public String value(String field) {
            String v = switch (field) {
                case "given name" -> given;
                case "surname" -> surname;
                case "date of birth" -> birthDate;
                case "SSN" -> ssn;
                case "sex" -> sex;
                case "street" -> street;
                case "suburb" -> city;
                case "postcode" -> zip;
                case "state" -> state;
                default -> address;
            };
            return v == null || v.isBlank() ? "—" : v;
        }
    }

    /** One compared field: its label, the agreement level, and how it reads (agree, partial, disagree, missing). */
    public record FieldComparison(String field, String level, String verdict) {

        /** The field as a US caseworker calls it (the matcher's names come from the FEBRL benchmark). */
        public String label() {
            return switch (field) {
                case "suburb" -> "city";
                case "postcode" -> "ZIP code";
                default -> field;
            };
        }
    }

    public record Pair(long id, Side left, Side right, double probability, double weight, List<FieldComparison> fields,
            LinkStatus status, String madeBy, String madeAt, String decidedBy) {}

    public record Overview(LinkageSettings settings, Map<String, Integer> counts, List<LinkageRun> runs,
            boolean mayReview, boolean mayConfigure, int waiting) {}

    public record HouseholdLinks(HouseholdId household, String name, List<Pair> pairs, Map<UUID, List<Side>> persons,
            List<Side> members) {}

    static boolean mayReview(Viewer viewer) {
        return viewer.mayEditFamilies();
    }

    static boolean mayConfigure(Viewer viewer) {
        return viewer.role() == Role.TEAM_LEAD || viewer.role() == Role.ADMINISTRATOR;
    }

    private static void requireReviewer(Viewer viewer) {
        if (!mayReview(viewer)) throw new AccessDeniedException("Your role does not link families' records.");
    }

    private static void requireConfigurer(Viewer viewer) {
        if (!mayConfigure(viewer)) throw new AccessDeniedException("Only team leads and administrators set up record linkage.");
    }

    @Transactional(readOnly = true)
    public Overview overview(Viewer viewer) {
        if (!mayReview(viewer) && !mayConfigure(viewer)) throw new AccessDeniedException("Your role does not use record linkage.");
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (LinkStatus s : LinkStatus.values()) counts.put(s.name(), 0);
        repository.counts().forEach(c -> counts.put(c.status(), c.count()));
        return new Overview(repository.settings(), counts, repository.recentRuns(), mayReview(viewer), mayConfigure(viewer),
                mayReview(viewer) ? repository.reviewCount(viewer.userId()) : 0);
    }

    public record SettingsForm(String autoLinkAbove, String reviewAbove, boolean automatic) {}

    @Transactional
    public void updateSettings(Viewer viewer, SettingsForm form) {
        requireConfigurer(viewer);
        double auto = probability("autoLinkAbove", form.autoLinkAbove());
        double review = probability("reviewAbove", form.reviewAbove());
        if (review > auto) throw new InvalidInput("reviewAbove", "The review threshold cannot be above the auto-link threshold.");
        repository.saveSettings(auto, review, form.automatic(), viewer.username());
    }

    private static double probability(String field, String text) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.strip());
            if (v <= 0 || v > 1) throw new InvalidInput(field, "Enter a probability above 0 and at most 1, such as 0.9.");
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "Enter a probability above 0 and at most 1, such as 0.9.");
        }
    }

    /** Starts a batch run over every member in the background; returns its id for the progress bar. */
    public long startBatch(Viewer viewer) {
        requireConfigurer(viewer);
        if (repository.runInProgress()) throw new InvalidInput("run", "A matching run is already in progress.");
        long run = repository.startRun(viewer.username());
        runner.submit(() -> runBatch(run));
        return run;
    }

    /** Runs a batch now, in this thread (the background job and tests). */
    public long runBatchNow(String by) {
        long run = repository.startRun(by);
        runBatch(run);
        return run;
    }

    private void runBatch(long run) {
        try {
            MemberMatching.Outcome o = matching.batch(run);
            repository.finish(run, "DONE", o.linked() + " linked, " + o.forReview() + " for review");
        } catch (RuntimeException e) {
            repository.finish(run, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Transactional(readOnly = true)
    public LinkageRun run(Viewer viewer, long id) {
        requireConfigurer(viewer);
        return repository.run(id).orElseThrow(() -> new RecordNotFound("run"));
    }

    /** A household just registered or a member added: match its members against everyone, now. */
    public void matchArrivals(HouseholdId household) {
        if (matching.household(household) == null) runBatchNow(MemberMatching.MATCHER);
    }

    /**
     * Matches the members no batch or arrival has matched yet — those an HMIS import or the demo
     * load wrote — against everyone; a batch instead when some are waiting and no batch ran since
     * start. Returns how many members it matched.
     */
    public int matchUnmatched() {
        MemberMatching.Outcome o = matching.unmatched();
        if (o != null) return o.records();
        long run = runBatchNow(MemberMatching.MATCHER);
        return repository.run(run).map(LinkageRun::records).orElse(0);
    }

    /** As {@link #matchUnmatched}, queued on the background thread unless a catch-up is already waiting there. */
    void matchUnmatchedLater() {
        if (!catchUpQueued.compareAndSet(false, true)) return;
        runner.submit(() -> {
            catchUpQueued.set(false);
            try {
                matchUnmatched();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Linkage.class).warn("Matching unmatched members failed; the next catch-up retries", e);
            }
        });
    }

    private final java.util.concurrent.atomic.AtomicBoolean catchUpQueued = new java.util.concurrent.atomic.AtomicBoolean();

    /** As {@link #matchArrivals}, on the background thread, outside the registering transaction. */
    void matchArrivalsLater(HouseholdId household) {
        runner.submit(() -> {
            try {
                matchArrivals(household);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Linkage.class).warn("Matching the members of {} failed; the next batch run catches up", household, e);
            }
        });
    }

    @Transactional
    public PageOf<Pair> reviewQueue(Viewer viewer, int page) {
        requireReviewer(viewer);
        int p = Math.max(0, page);
        List<LinkageRepository.Link> links = repository.reviewQueue(viewer.userId(), PAGE_SIZE, p * PAGE_SIZE);
        List<Pair> pairs = pairs(links);
        Set<HouseholdId> shown = new java.util.LinkedHashSet<>();
        pairs.forEach(x -> {
            shown.add(x.left().household());
            shown.add(x.right().household());
        });
        shown.forEach(h -> touched(viewer, h, "LINKAGE_REVIEW_LISTED", "shown in the record-linkage review queue"));
        return new PageOf<>(pairs, p, PAGE_SIZE, repository.reviewCount(viewer.userId()));
    }

    public enum Decision { ACCEPT, REJECT, UNSURE }

    /** As {@link #decide(Viewer, long, Decision)} with the decision as a form sends it. */
    @Transactional
    public Decision decide(Viewer viewer, long linkId, String decision) {
        readablePair(viewer, linkId);
        Decision d;
        try {
            d = Decision.valueOf(decision == null ? "" : decision);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("decision", "Choose same person, different people, or not sure.");
        }
        decide(viewer, linkId, d);
        return d;
    }

    @Transactional
    public void decide(Viewer viewer, long linkId, Decision decision) {
        LinkageRepository.Link link = readablePair(viewer, linkId);
        if (link.status() == LinkStatus.REJECTED || link.status() == LinkStatus.UNLINKED)
            throw new InvalidInput("decision", "This pair was already ruled out.");
        switch (decision) {
            case ACCEPT -> repository.decide(linkId, LinkStatus.LINKED, viewer.username());
            case REJECT -> {
                repository.decide(linkId, LinkStatus.REJECTED, viewer.username());
                repository.forbid(link.memberA(), link.memberB(), viewer.username());
            }
            case UNSURE -> repository.decide(linkId, LinkStatus.UNSURE, viewer.username());
        }
        String action = switch (decision) {
            case ACCEPT -> "LINK_ACCEPTED";
            case REJECT -> "LINK_REJECTED";
            case UNSURE -> "LINK_UNSURE";
        };
        bothTouched(viewer, link, action, "pair " + linkId);
    }

    /** Unlinks a pair: the person splits where this link held it together; the matcher never re-links it. */
    @Transactional
    public void unlink(Viewer viewer, long linkId) {
        LinkageRepository.Link link = readablePair(viewer, linkId);
        if (link.status() != LinkStatus.LINKED) throw new InvalidInput("link", "Only a linked pair can be unlinked.");
        repository.decide(linkId, LinkStatus.UNLINKED, viewer.username());
        repository.forbid(link.memberA(), link.memberB(), viewer.username());
        bothTouched(viewer, link, "LINK_UNLINKED", "pair " + linkId);
    }

    /** Takes one member out of the person they were linked into: every link of theirs the viewer may read is undone. */
    @Transactional
    public int split(Viewer viewer, HouseholdId household, UUID member) {
        access.requireEditable(viewer, household);
        requireReviewer(viewer);
        if (repository.members(Set.of(member)).stream().noneMatch(m -> m.householdId().equals(household.value())))
            throw new RecordNotFound("member");
        int undone = 0;
        for (LinkageRepository.Link link : repository.linkedOfMember(member)) {
            if (!access.mayRead(viewer, new HouseholdId(link.householdA())) || !access.mayRead(viewer, new HouseholdId(link.householdB())))
                continue;
            repository.decide(link.id(), LinkStatus.UNLINKED, viewer.username());
            repository.forbid(link.memberA(), link.memberB(), viewer.username());
            bothTouched(viewer, link, "MEMBER_SPLIT", "pair " + link.id());
            undone++;
        }
        return undone;
    }

    @Transactional
    public HouseholdLinks household(Viewer viewer, HouseholdId household) {
        access.requireEditable(viewer, household);
        List<Pair> pairs = pairs(repository.ofHousehold(viewer.userId(), household.value()));
        List<Member> members = repository.membersOf(Set.of(household.value()));
        Map<UUID, List<Side>> persons = new java.util.LinkedHashMap<>();
        for (Member m : members) {
            List<UUID> ids = repository.personOf(m.memberId());
            List<Side> others = new ArrayList<>();
            for (Member o : repository.members(ids)) {
                if (o.memberId().equals(m.memberId())) continue;
                if (!access.mayRead(viewer, new HouseholdId(o.householdId()))) continue;
                others.add(side(o));
            }
            persons.put(m.memberId(), others);
        }
        touched(viewer, household, "LINKAGE_VIEWED", "record-linkage page");
        String name = members.stream().findFirst().map(m -> m.firstName() + " " + m.lastName()).orElse("Family");
        return new HouseholdLinks(household, name, pairs, persons, members.stream().map(this::side).toList());
    }

    private LinkageRepository.Link readablePair(Viewer viewer, long linkId) {
        requireReviewer(viewer);
        LinkageRepository.Link link = repository.link(linkId).orElseThrow(() -> new RecordNotFound("pair"));
        if (!access.mayRead(viewer, new HouseholdId(link.householdA())) || !access.mayRead(viewer, new HouseholdId(link.householdB())))
            throw new RecordNotFound("pair");
        return link;
    }

    private List<Pair> pairs(List<LinkageRepository.Link> links) {
        Set<UUID> ids = new java.util.HashSet<>();
        links.forEach(l -> {
            ids.add(l.memberA());
            ids.add(l.memberB());
        });
        Map<UUID, Member> members = new HashMap<>();
        repository.members(ids).forEach(m -> members.put(m.memberId(), m));
        List<Pair> out = new ArrayList<>();
        for (LinkageRepository.Link l : links) {
            Member a = members.get(l.memberA()), b = members.get(l.memberB());
            if (a == null || b == null) continue; // a member removed since
            Map<String, String> levels = MemberMatching.parse(l.comparison());
            List<FieldComparison> fields = new ArrayList<>();
            for (String f : FIELD_ORDER) {
                String level = levels.get(f);
                if (level == null || (level.equals("missing") && (f.equals("street number") || f.equals("locality")))) continue;
                fields.add(new FieldComparison(f, level, verdict(level)));
            }
            out.add(new Pair(l.id(), side(a), side(b), l.probability(), l.weight(), fields, l.status(), l.madeBy(),
                    l.madeAt().toString().substring(0, 16).replace('T', ' '), l.decidedBy()));
        }
        return out;
    }

    static String verdict(String level) {
        if (level.equals("missing")) return "missing";
        if (level.equals("disagree")) return "disagree";
        if (level.startsWith("exact") || level.endsWith("agree") || level.equals("identical")) return "agree";
        return "partial";
    }

    private Side side(Member m) {
        return new Side(m.memberId(), new HouseholdId(m.householdId()), repository.agencyName(m.agencyId()),
                m.firstName() + " " + m.lastName(), m.firstName(), m.lastName(), m.birthDate() == null ? "—" : m.birthDate().toString(), m.sexLabel(),
                m.ssnLast4() == null ? "—" : "***-**-" + m.ssnLast4(), m.address(), m.addressLine1(), m.city(), m.postalCode(),
                m.state());
    }

    private void bothTouched(Viewer viewer, LinkageRepository.Link link, String action, String detail) {
        touched(viewer, new HouseholdId(link.householdA()), action, detail);
        if (!link.householdA().equals(link.householdB())) touched(viewer, new HouseholdId(link.householdB()), action, detail);
    }

    private void touched(Viewer viewer, HouseholdId household, String action, String detail) {
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), action, detail));
    }
}
