package org.crosswalk.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.ActionItem;
import org.crosswalk.families.TodaySource;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intake's work on "Today": referrals nobody has contacted within 7 days, "not now" follow-ups
 * that are due, and families assessed to enroll but not yet enrolled. Shown to the family's
 * caseworker, the worker who referred it, and (for navigators and team leads) everyone in the
 * program's region, since a new referral is on no navigator's caseload yet.
 */
@Component
class IntakeToday implements TodaySource {

    static final int CONTACT_WITHIN_DAYS = 7;
    static final int ENROLL_WITHIN_DAYS = 7;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final JdbcClient jdbc;

    IntakeToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActionItem> actionsFor(Viewer viewer, LocalDate today) {
        boolean regional = viewer.role() == Role.NAVIGATOR || viewer.role() == Role.TEAM_LEAD;
        return jdbc.sql("""
                        with me as (
                            select coalesce(cast(:region as bigint),
                                            (select d.region_id from access.agency_directory d where d.agency_id = :agency)) as region_id
                        )
                        select r.id, r.household_id, r.status, r.referred_on, r.follow_up_on, p.name as program,
                               (select max(a.assessed_on) from intake.assessment a where a.referral_id = r.id) as assessed_on
                          from intake.referral r
                          join intake.program p on p.id = r.program_id
                          join %s rh on rh.household_id = r.household_id
                          left join families.caseload c on c.household_id = r.household_id
                          cross join me
                         where ((r.status = 'REFERRED' and r.referred_on <= :contactBy)
                             or (r.status = 'NOT_NOW' and r.follow_up_on <= :today)
                             or r.status = 'ASSESSED')
                           and (c.worker_user_id = :viewer or r.referred_by = :viewer
                                or (:regional and p.region_id = me.region_id))
                        """.formatted(HouseholdAccess.READABLE))
                .param("viewer", viewer.userId()).param("region", viewer.regionId())
                .param("agency", viewer.agencyId()).param("regional", regional)
                .param("today", today).param("contactBy", today.minusDays(CONTACT_WITHIN_DAYS))
                .query((rs, n) -> {
                    HouseholdId household = new HouseholdId(rs.getObject("household_id", UUID.class));
                    String referral = rs.getObject("id", UUID.class).toString();
                    String program = rs.getString("program");
                    String base = "/households/" + household + "/intake/referrals/" + referral;
                    LocalDate referred = rs.getObject("referred_on", LocalDate.class);
                    return switch (ReferralStatus.valueOf(rs.getString("status"))) {
                        case REFERRED -> new ActionItem("Referral", household, "Contact the family about " + program
                                + " (referred " + referred.format(US) + ")", referred.plusDays(CONTACT_WITHIN_DAYS), base + "/contact");
                        case NOT_NOW -> new ActionItem("Follow-up", household, "Follow up on " + program
                                + ": the family said \"not now\"", rs.getObject("follow_up_on", LocalDate.class), base + "/assessment");
                        default -> new ActionItem("Enrollment", household, "Enroll in " + program + " and assign a navigator",
                                rs.getObject("assessed_on", LocalDate.class).plusDays(ENROLL_WITHIN_DAYS), base + "/enrollment");
                    };
                })
                .list();
    }
}
