package org.crosswalk.linkage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for links, do-not-link pairs, settings and batch runs. */
@Repository
class LinkageRepository {

    private final JdbcClient jdbc;

    LinkageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Link(long id, UUID memberA, UUID memberB, UUID householdA, UUID householdB, double probability, double weight,
            String comparison, LinkStatus status, String madeBy, Instant madeAt, String decidedBy, Instant decidedAt) {}

    /** All members, for the batch job running as the system (no viewer: never shown as such). */
    List<Member> allMembers() {
        return jdbc.sql("""
                select member_id, household_id, owner_agency_id as agency_id, first_name, last_name, birth_date, sex, ssn_last4,
                       address_line1, address_line2, city, state, postal_code
                  from families.member_matching_facts order by member_id""").query(Member.class).list();
    }

    List<Member> membersOf(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) return List.of();
        return jdbc.sql("""
                select member_id, household_id, owner_agency_id as agency_id, first_name, last_name, birth_date, sex, ssn_last4,
                       address_line1, address_line2, city, state, postal_code
                  from families.member_matching_facts where household_id in (:ids) order by member_id""")
                .param("ids", householdIds).query(Member.class).list();
    }

    /** Members the matcher has not compared yet (created by an HMIS import, a demo load, or while a batch ran). */
    List<Member> unmatchedMembers() {
        return jdbc.sql("""
                select member_id, household_id, owner_agency_id as agency_id, first_name, last_name, birth_date, sex, ssn_last4,
                       address_line1, address_line2, city, state, postal_code
                  from families.member_matching_facts f
                 where not exists (select 1 from linkage.matched_member s where s.member_id = f.member_id)
                 order by member_id""").query(Member.class).list();
    }

    /** Records that these members have been compared against everyone. */
    void markMatched(Collection<UUID> memberIds) {
        List<UUID> ids = List.copyOf(memberIds);
        for (int from = 0; from < ids.size(); from += 10_000) {
            String array = ids.subList(from, Math.min(ids.size(), from + 10_000)).stream().map(UUID::toString)
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
            jdbc.sql("""
                    insert into linkage.matched_member (member_id) select unnest(cast(:ids as uuid[]))
                    on conflict (member_id) do update set matched_at = now()""").param("ids", array).update();
        }
    }

    List<Member> members(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) return List.of();
        return jdbc.sql("""
                select member_id, household_id, owner_agency_id as agency_id, first_name, last_name, birth_date, sex, ssn_last4,
                       address_line1, address_line2, city, state, postal_code
                  from families.member_matching_facts where member_id in (:ids)""")
                .param("ids", memberIds).query(Member.class).list();
    }

    String agencyName(long agencyId) {
        return jdbc.sql("select agency_name from access.agency_directory where agency_id = :a").param("a", agencyId)
                .query(String.class).optional().orElse("—");
    }

    LinkageSettings settings() {
        return jdbc.sql("select auto_link_above, review_above, automatic, updated_by, updated_at from linkage.settings where id = 1")
                .query(LinkageSettings.class).single();
    }

    void saveSettings(double autoLink, double review, boolean automatic, String by) {
        jdbc.sql("""
                update linkage.settings set auto_link_above = :a, review_above = :r, automatic = :auto,
                       updated_by = :by, updated_at = now() where id = 1""")
                .param("a", autoLink).param("r", review).param("auto", automatic).param("by", by).update();
    }

    Optional<Link> link(long id) {
        return jdbc.sql("select * from linkage.link where id = :id").param("id", id).query(Link.class).optional();
    }

    /** The links already kept for these pairs (a[i] &lt; b[i]), keyed {@code a|b}: one query for a chunk of pairs. */
    Map<String, Link> links(List<UUID> as, List<UUID> bs) {
        return jdbc.sql("""
                        select l.* from linkage.link l
                          join unnest(cast(:as as uuid[]), cast(:bs as uuid[])) as p(a, b) on l.member_a = p.a and l.member_b = p.b""")
                .param("as", texts(as)).param("bs", texts(bs)).query(Link.class).stream()
                .collect(java.util.stream.Collectors.toMap(l -> l.memberA() + "|" + l.memberB(), l -> l, (x, y) -> x));
    }

    /** Which of these pairs a person said are not the same person, keyed {@code a|b}. */
    Set<String> doNotLink(List<UUID> as, List<UUID> bs) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select d.member_a || '|' || d.member_b from linkage.do_not_link d
                          join unnest(cast(:as as uuid[]), cast(:bs as uuid[])) as p(a, b) on d.member_a = p.a and d.member_b = p.b""")
                .param("as", texts(as)).param("bs", texts(bs)).query(String.class).list());
    }

    private static String[] texts(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    /** Inserts a new pair; false when another run inserted it first. */
    boolean insert(UUID a, UUID b, UUID ha, UUID hb, double probability, double weight, String comparison, LinkStatus status) {
        return jdbc.sql("""
                insert into linkage.link (member_a, member_b, household_a, household_b, probability, weight, comparison, status, made_by)
                values (:a, :b, :ha, :hb, :p, :w, cast(:c as jsonb), :s, 'matcher') on conflict (member_a, member_b) do nothing""")
                .param("a", a).param("b", b).param("ha", ha).param("hb", hb).param("p", probability).param("w", weight)
                .param("c", comparison).param("s", status.name()).update() == 1;
    }

    /** Refreshes a pair only the matcher has touched (a person's decision is never overwritten). */
    int refreshByMatcher(long id, double probability, double weight, String comparison, LinkStatus status) {
        return jdbc.sql("""
                update linkage.link set probability = :p, weight = :w, comparison = cast(:c as jsonb), status = :s, made_at = now()
                 where id = :id and decided_by is null and status in ('LINKED', 'REVIEW')""")
                .param("id", id).param("p", probability).param("w", weight).param("c", comparison).param("s", status.name())
                .update();
    }

    void decide(long id, LinkStatus status, String by) {
        jdbc.sql("update linkage.link set status = :s, decided_by = :by, decided_at = now() where id = :id")
                .param("s", status.name()).param("by", by).param("id", id).update();
    }

    void forbid(UUID a, UUID b, String by) {
        jdbc.sql("insert into linkage.do_not_link (member_a, member_b, decided_by) values (:a, :b, :by) on conflict do nothing")
                .param("a", a).param("b", b).param("by", by).update();
    }

    /** Pairs waiting for a person, that the viewer may read on both sides; strongest first. */
    List<Link> reviewQueue(long viewer, int limit, int offset) {
        return jdbc.sql("""
                select * from linkage.link l
                 where l.status in ('REVIEW', 'UNSURE') and %s and %s
                 order by (l.status = 'UNSURE'), l.probability desc, l.id
                 limit :limit offset :offset""".formatted(HouseholdAccess.mayRead("l.household_a"), HouseholdAccess.mayRead("l.household_b")))
                .param("viewer", viewer).param("limit", limit).param("offset", offset).query(Link.class).list();
    }

    int reviewCount(long viewer) {
        return jdbc.sql("""
                select count(*) from linkage.link l
                 where l.status in ('REVIEW', 'UNSURE') and %s and %s""".formatted(HouseholdAccess.mayRead("l.household_a"),
                        HouseholdAccess.mayRead("l.household_b")))
                .param("viewer", viewer).query(Integer.class).single();
    }

    /** Links and pending pairs touching a household, whose other side the viewer may read. */
    List<Link> ofHousehold(long viewer, UUID household) {
        return jdbc.sql("""
                select * from linkage.link l
                 where (l.household_a = :h or l.household_b = :h) and l.status in ('LINKED', 'REVIEW', 'UNSURE')
                   and %s and %s
                 order by l.status, l.probability desc, l.id""".formatted(HouseholdAccess.mayRead("l.household_a"),
                        HouseholdAccess.mayRead("l.household_b")))
                .param("viewer", viewer).param("h", household).query(Link.class).list();
    }

    List<Link> linkedOfMember(UUID member) {
        return jdbc.sql("select * from linkage.link where status = 'LINKED' and (member_a = :m or member_b = :m) order by id")
                .param("m", member).query(Link.class).list();
    }

    /** The members linked to this one directly or through others: the person as one set of records. */
    List<UUID> personOf(UUID member) {
        return jdbc.sql("""
                with recursive person(member) as (
                    select cast(:m as uuid)
                    union
                    select case when l.member_a = p.member then l.member_b else l.member_a end
                      from linkage.link l join person p on l.status = 'LINKED' and (l.member_a = p.member or l.member_b = p.member))
                select member from person""").param("m", member).query(UUID.class).list();
    }

    record StatusCount(String status, int count) {}

    List<StatusCount> counts() {
        return jdbc.sql("select status, count(*)::int as count from linkage.link group by status order by status")
                .query(StatusCount.class).list();
    }

    long startRun(String by) {
        return jdbc.sql("insert into linkage.run (started_by, stage) values (:by, 'READING') returning id").param("by", by)
                .query(Long.class).single();
    }

    void progress(long run, String stage, int records, int pairs, int saved, int linked, int forReview) {
        jdbc.sql("""
                update linkage.run set stage = :stage, records = :records, pairs = :pairs, saved = :saved, linked = :linked,
                       for_review = :review where id = :id""")
                .param("stage", stage).param("records", records).param("pairs", pairs).param("saved", saved)
                .param("linked", linked).param("review", forReview).param("id", run).update();
    }

    void finish(long run, String stage, String message) {
        jdbc.sql("update linkage.run set stage = :stage, finished_at = now(), message = :m where id = :id")
                .param("stage", stage).param("m", message).param("id", run).update();
    }

    Optional<LinkageRun> run(long id) {
        return jdbc.sql("select * from linkage.run where id = :id").param("id", id).query(LinkageRun.class).optional();
    }

    List<LinkageRun> recentRuns() {
        return jdbc.sql("select * from linkage.run order by id desc limit 5").query(LinkageRun.class).list();
    }

    boolean runInProgress() {
        return jdbc.sql("select exists (select 1 from linkage.run where finished_at is null and started_at > now() - interval '1 hour')")
                .query(Boolean.class).single();
    }
}
