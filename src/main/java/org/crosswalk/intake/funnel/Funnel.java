package org.crosswalk.intake.funnel;

import java.time.LocalDate;
import java.util.List;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.intake.DeclineReason;
import org.crosswalk.intake.eligibility.Programs;
import org.crosswalk.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The recruitment funnel of a region: of the referrals made in a date range, how many were
 * contacted, assessed and enrolled, where the others dropped out, and the median days each step
 * took. Counted in SQL over this module's tables; definitions in docs/intake.md.
 */
@Service
public class Funnel {

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Programs programs;

    Funnel(JdbcClient jdbc, Organisation organisation, Programs programs) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.programs = programs;
    }

    /** Where the referrals stand: each step reached, and how many are still waiting or dropped out. */
    public record Counts(long referred, long contacted, long assessed, long enrolled,
                         long waitingForContact, long waitingForAssessment, long waitingForEnrollment,
                         long ineligible, long unreachable, long notNow, long declined,
                         Double medianDaysToContact, Double medianDaysToAssessment, Double medianDaysToEnrollment) {

        /** A share in whole percent, or null when there is nothing to divide by. */
        public Integer percent(long part, long whole) {
            return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
        }
    }

    public record Reason(String reason, long referrals) {}

    public record Report(long regionId, String region, LocalDate from, LocalDate to, Long programId,
                         List<Programs.Program> programs, Counts counts, List<Reason> declineReasons,
                         List<Reason> failedRules) {}

    public Report of(Viewer viewer, LocalDate from, LocalDate to, Long programId) {
        long region = regionOf(viewer);
        if (from == null || to == null) {
            throw new InvalidInput(from == null ? "from" : "to", "Enter both dates of the range.");
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "The range starts on or before its end.");
        }
        List<Programs.Program> inRegion = programs.inRegion(region);
        if (programId != null && inRegion.stream().noneMatch(p -> p.id() == programId)) {
            throw new InvalidInput("program", "Choose a program of your region.");
        }
        String regionName = organisation.regions().stream().filter(r -> r.id() == region).findFirst()
                .map(Organisation.Region::name).orElse("your region");
        return new Report(region, regionName, from, to, programId, inRegion, counts(region, from, to, programId),
                declineReasons(region, from, to, programId), failedRules(region, from, to, programId));
    }

    /** A team lead's region; a caseworker's agency's region. */
    long regionOf(Viewer viewer) {
        if (viewer.role() != Role.TEAM_LEAD && viewer.role() != Role.NAVIGATOR && viewer.role() != Role.HOUSING_CASE_MANAGER) {
            throw new AccessDeniedException("The recruitment funnel is for the regional team.");
        }
        if (viewer.regionId() != null) {
            return viewer.regionId();
        }
        if (viewer.agencyId() == null) {
            throw new AccessDeniedException("The recruitment funnel needs a region or an agency.");
        }
        return organisation.agency(viewer.agencyId()).regionId();
    }

    /** The referrals of the region and range, with the first date each step was reached. */
    private static final String REFERRALS = """
            with f as (
                select r.id, r.status, r.referred_on, r.failed_rules,
                       (select min(c.attempted_on) from intake.contact_attempt c where c.referral_id = r.id and c.reached) as contacted_on,
                       (select min(a.assessed_on) from intake.assessment a where a.referral_id = r.id) as assessed_on,
                       (select e.start_date from intake.enrollment e where e.referral_id = r.id) as enrolled_on
                  from intake.referral r
                  join intake.program p on p.id = r.program_id
                 where p.region_id = :region
                   and r.referred_on between :from and :to
                   and (cast(:program as bigint) is null or r.program_id = :program)
            )
            """;

    Counts counts(long region, LocalDate from, LocalDate to, Long program) {
        return jdbc.sql(REFERRALS + """
                        select count(*) as referred,
                               count(contacted_on) as contacted,
                               count(assessed_on) as assessed,
                               count(enrolled_on) as enrolled,
                               count(*) filter (where status = 'REFERRED') as waiting_contact,
                               count(*) filter (where status = 'CONTACTED') as waiting_assessment,
                               count(*) filter (where status = 'ASSESSED') as waiting_enrollment,
                               count(*) filter (where status = 'INELIGIBLE') as ineligible,
                               count(*) filter (where status = 'UNREACHABLE') as unreachable,
                               count(*) filter (where status = 'NOT_NOW') as not_now,
                               count(*) filter (where status = 'DECLINED') as declined,
                               percentile_cont(0.5) within group (order by contacted_on - referred_on) as median_to_contact,
                               percentile_cont(0.5) within group (order by assessed_on - contacted_on) as median_to_assessment,
                               percentile_cont(0.5) within group (order by enrolled_on - assessed_on) as median_to_enrollment
                          from f
                        """)
                .param("region", region).param("from", from).param("to", to).param("program", program)
                .query((rs, n) -> new Counts(rs.getLong("referred"), rs.getLong("contacted"), rs.getLong("assessed"),
                        rs.getLong("enrolled"), rs.getLong("waiting_contact"), rs.getLong("waiting_assessment"),
                        rs.getLong("waiting_enrollment"), rs.getLong("ineligible"), rs.getLong("unreachable"),
                        rs.getLong("not_now"), rs.getLong("declined"), (Double) rs.getObject("median_to_contact"),
                        (Double) rs.getObject("median_to_assessment"), (Double) rs.getObject("median_to_enrollment")))
                .single();
    }

    /** Declined referrals by the reason of their latest assessment. */
    List<Reason> declineReasons(long region, LocalDate from, LocalDate to, Long program) {
        return jdbc.sql(REFERRALS + """
                        select latest.decline_reason, count(*) as referrals
                          from f
                          join lateral (select a.decline_reason from intake.assessment a where a.referral_id = f.id
                                         order by a.assessed_on desc, a.recorded_at desc limit 1) latest on true
                         where f.status = 'DECLINED'
                         group by latest.decline_reason
                         order by referrals desc, latest.decline_reason
                        """)
                .param("region", region).param("from", from).param("to", to).param("program", program)
                .query((rs, n) -> new Reason(DeclineReason.valueOf(rs.getString(1)).label(), rs.getLong(2)))
                .list();
    }

    /** Ineligible referrals by each rule they failed (one referral may fail several). */
    List<Reason> failedRules(long region, LocalDate from, LocalDate to, Long program) {
        return jdbc.sql(REFERRALS + """
                        select rule, count(*) as referrals
                          from f, unnest(f.failed_rules) as rule
                         where f.status = 'INELIGIBLE'
                         group by rule
                         order by referrals desc, rule
                        """)
                .param("region", region).param("from", from).param("to", to).param("program", program)
                .query((rs, n) -> new Reason(rs.getString(1), rs.getLong(2)))
                .list();
    }
}
