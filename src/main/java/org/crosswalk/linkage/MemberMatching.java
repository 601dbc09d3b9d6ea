package org.crosswalk.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.crosswalk.linkage.matching.FellegiSunter;
import org.crosswalk.linkage.matching.MatchPair;
import org.crosswalk.linkage.matching.MatchResult;
import org.crosswalk.linkage.matching.MatchSettings;
import org.crosswalk.linkage.matching.Matcher;
import org.crosswalk.linkage.matching.PlainScheme;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.PersonalDataTouched;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the matcher over family members, as the system: the whole population (batch) or one
 * household's members against everyone (a new registration), and saves what it finds: pairs at or
 * above the auto-link threshold as links (or for review when automatic linking is off), pairs
 * between the thresholds for review. Never touches a pair a person decided or forbade.
 */
@Component
class MemberMatching {

    static final String MATCHER = "matcher";
    /**
     * Below this many candidate pairs, EM has too little to learn from: the reference weights score
     * instead ({@code crosswalk.linkage.em-min-candidate-pairs}, default 20,000). The test profile raises
     * it: a test database is a pile of look-alike fixtures from every test class, not a population,
     * and weights learnt from it would make each linkage test depend on which classes ran before it.
     */
    private final int smallBelow;

    private final LinkageRepository repository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction, progressTransaction;
    private volatile FellegiSunter model;

    MemberMatching(LinkageRepository repository, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                   @org.springframework.beans.factory.annotation.Value("${crosswalk.linkage.em-min-candidate-pairs:20000}") int smallBelow) {
        this.smallBelow = smallBelow;
        this.repository = repository;
        this.events = events;
        this.inTransaction = new TransactionTemplate(transactions);
        this.inTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.progressTransaction = new TransactionTemplate(transactions);
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    record Outcome(int records, int pairs, int linked, int forReview) {}

    /** The full batch, reporting progress into run {@code run}. */
    Outcome batch(long run) {
        List<Member> members = repository.allMembers();
        var settings = repository.settings();
        progress(run, "MATCHING", members.size(), 0, 0, 0, 0);
        var records = members.stream().map(Member::asRecord).toList();
        MatchResult fitted = matcher(settings).dedupe(records);
        MatchResult result = fitted.candidateCount() < smallBelow ? matcher(settings).dedupe(records, Matcher.referenceModel()) : fitted;
        model = result.model();
        List<MatchPair> pairs = result.scoredPairs();
        progress(run, "SAVING", members.size(), pairs.size(), 0, 0, 0);
        int[] counts = new int[2];
        int chunk = 1000;
        for (int from = 0; from < pairs.size(); from += chunk) {
            List<MatchPair> part = pairs.subList(from, Math.min(pairs.size(), from + chunk));
            inTransaction.executeWithoutResult(tx -> save(part, members, members, settings, result.model(), counts));
            progress(run, "SAVING", members.size(), pairs.size(), Math.min(pairs.size(), from + chunk), counts[0], counts[1]);
        }
        repository.markMatched(members.stream().map(Member::memberId).toList());
        return new Outcome(members.size(), pairs.size(), counts[0], counts[1]);
    }

    /** A household's members against everyone, with the weights of the last batch; null when there was no batch yet. */
    Outcome household(HouseholdId household) {
        if (model == null) return null; // no batch yet: the caller runs one
        return arrivals(repository.membersOf(Set.of(household.value())));
    }

    /**
     * Members no batch or arrival has matched yet (an HMIS import or a demo load writes families
     * without announcing each one) against everyone, with the weights of the last batch. Null when
     * a batch should run instead: there are unmatched members and no batch ran since start.
     */
    Outcome unmatched() {
        List<Member> arriving = repository.unmatchedMembers();
        if (arriving.isEmpty()) return new Outcome(0, 0, 0, 0);
        if (model == null) return null;
        return arrivals(arriving);
    }

    private Outcome arrivals(List<Member> arriving) {
        FellegiSunter fitted = model;
        if (arriving.isEmpty()) return new Outcome(0, 0, 0, 0);
        List<Member> everyone = repository.allMembers();
        var settings = repository.settings();
        MatchResult result = matcher(settings).link(arriving.stream().map(Member::asRecord).toList(),
                everyone.stream().map(Member::asRecord).toList(), fitted);
        List<MatchPair> pairs = result.scoredPairs().stream()
                .filter(p -> !arriving.get(p.left()).memberId().equals(everyone.get(p.right()).memberId())).toList();
        int[] counts = new int[2];
        inTransaction.executeWithoutResult(tx -> {
            save(pairs, arriving, everyone, settings, fitted, counts);
            repository.markMatched(arriving.stream().map(Member::memberId).toList());
        });
        return new Outcome(arriving.size(), pairs.size(), counts[0], counts[1]);
    }

    private static Matcher<PlainScheme.Prepared> matcher(LinkageSettings s) {
        return Matcher.plain(MatchSettings.defaults().withThresholds(s.autoLinkAbove(), s.reviewAbove()));
    }

    private void save(List<MatchPair> pairs, List<Member> left, List<Member> right, LinkageSettings settings,
            FellegiSunter fitted, int[] counts) {
        // ordered as PostgreSQL orders uuids (bytewise), which is the order of their text
        List<Member[]> ordered = pairs.stream().map(p -> {
            Member x = left.get(p.left()), y = right.get(p.right());
            return x.memberId().toString().compareTo(y.memberId().toString()) < 0 ? new Member[] {x, y} : new Member[] {y, x};
        }).toList();
        List<UUID> as = ordered.stream().map(m -> m[0].memberId()).toList();
        List<UUID> bs = ordered.stream().map(m -> m[1].memberId()).toList();
        // what is already known of these pairs, in two queries rather than two per pair
        Set<String> forbidden = repository.doNotLink(as, bs);
        Map<String, LinkageRepository.Link> known = repository.links(as, bs);
        for (int i = 0; i < pairs.size(); i++) {
            MatchPair p = pairs.get(i);
            Member a = ordered.get(i)[0], b = ordered.get(i)[1];
            String key = a.memberId() + "|" + b.memberId();
            if (forbidden.contains(key)) continue;
            boolean auto = p.probability() >= settings.autoLinkAbove() && settings.automatic();
            LinkStatus status = auto ? LinkStatus.LINKED : LinkStatus.REVIEW;
            var old = known.get(key);
            if (old != null) {
                // a person's decision is never overwritten; a pair the matcher scores as before is left as it is
                if (old.decidedBy() != null || (old.status() != LinkStatus.LINKED && old.status() != LinkStatus.REVIEW)) continue;
                if (old.status() == status && old.probability() == p.probability() && old.weight() == p.weight()) continue;
                if (repository.refreshByMatcher(old.id(), p.probability(), p.weight(), comparison(fitted, p), status) == 0) continue;
                if (old.status() == status) continue;
            } else if (!repository.insert(a.memberId(), b.memberId(), a.householdId(), b.householdId(), p.probability(),
                    p.weight(), comparison(fitted, p), status)) {
                continue;
            }
            if (auto) {
                counts[0]++;
                String detail = String.format("linked by the matcher, probability %.3f", p.probability());
                events.publishEvent(new PersonalDataTouched(new HouseholdId(a.householdId()), null, MATCHER, "LINKED", detail));
                if (!a.householdId().equals(b.householdId()))
                    events.publishEvent(new PersonalDataTouched(new HouseholdId(b.householdId()), null, MATCHER, "LINKED", detail));
            } else {
                counts[1]++;
            }
        }
    }

    /** The comparison vector as JSON: field name → agreement level, in the scheme's field order. */
    static String comparison(FellegiSunter fitted, MatchPair p) {
        StringBuilder json = new StringBuilder("{");
        var fields = fitted.fields();
        for (int f = 0; f < fields.size(); f++) {
            if (json.length() > 1) json.append(',');
            json.append('"').append(fields.get(f).name()).append("\":\"").append(fields.get(f).levelName(p.level(f))).append('"');
        }
        return json.append('}').toString();
    }

    private void progress(long run, String stage, int records, int pairs, int saved, int linked, int review) {
        progressTransaction.executeWithoutResult(tx -> repository.progress(run, stage, records, pairs, saved, linked, review));
    }

    static Map<String, String> parse(String json) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        var m = java.util.regex.Pattern.compile("\"([^\"]*)\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }
}
