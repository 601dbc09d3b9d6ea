package org.crosswalk.conferences;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.StaffUser;
import org.crosswalk.employment.Jobs;
import org.crosswalk.employment.PlacementForm;
import org.crosswalk.employment.Schedule;
import org.crosswalk.families.Households;
import org.crosswalk.housing.Housing;
import org.crosswalk.housing.SubsidyForm;
import org.crosswalk.housing.SubsidyType;
import org.crosswalk.plans.barriers.BarrierForm;
import org.crosswalk.plans.barriers.BarrierKind;
import org.crosswalk.plans.barriers.Barriers;
import org.crosswalk.plans.barriers.Severity;
import org.crosswalk.services.directory.DirectoryBatch;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.services.directory.ServiceStatus;
import org.crosswalk.services.referrals.ReferralBatch;
import org.crosswalk.services.referrals.ReferralStatus;
import org.crosswalk.services.referrals.Urgency;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The facts that put a family on a conference agenda, recorded through each module's own facade. */
@Component
public class ConferenceFixtures {

    private final Barriers barriers;
    private final Housing housing;
    private final Jobs jobs;
    private final Households households;
    private final DirectoryBatch directory;
    private final ReferralBatch referrals;
    private final JdbcClient jdbc;

    ConferenceFixtures(Barriers barriers, Housing housing, Jobs jobs, Households households, DirectoryBatch directory,
                       ReferralBatch referrals, JdbcClient jdbc) {
        this.barriers = barriers;
        this.housing = housing;
        this.jobs = jobs;
        this.households = households;
        this.directory = directory;
        this.referrals = referrals;
        this.jdbc = jdbc;
    }

    public UUID barrier(StaffUser by, HouseholdId family, BarrierKind kind, Severity severity, LocalDate opened) {
        return barriers.record(by.viewer(), family, new BarrierForm(kind, null, severity, null, opened, null)).id();
    }

    public void resolve(StaffUser by, HouseholdId family, UUID barrier, LocalDate on) {
        barriers.resolve(by.viewer(), family, barrier, new BarrierForm.Resolution(on, "Solved"));
    }

    public void subsidy(StaffUser by, HouseholdId family, LocalDate start, LocalDate end) {
        housing.recordSubsidy(by.viewer(), family, new SubsidyForm(SubsidyType.RRH.code(), start, end, "1300", "400", null));
    }

    /** A job of the head of household: hourly wage and hours a week as typed, like "17.50" and "35". */
    public UUID job(StaffUser by, HouseholdId family, LocalDate start, String wage, String hours, boolean heldAtEnrollment) {
        UUID head = households.read(by.viewer(), family).head().id();
        return jobs.recordPlacement(by.viewer(), family, new PlacementForm(head, null, "Agenda Employer " + start, "Aide",
                wage, hours, Schedule.REGULAR, List.of(), start, null, null, heldAtEnrollment));
    }

    /** A child care service of {@code agency} in the directory (created once), to refer families to. */
    public UUID childCareService(long agency, String name) {
        return service(agency, name, ServiceCategory.CHILD_CARE);
    }

    /** A service of {@code agency} in the directory (created once), to refer families to. */
    public UUID service(long agency, String name, ServiceCategory category) {
        return jdbc.sql("select id from services.service where name = :n").param("n", name).query(UUID.class).optional()
                .orElseGet(() -> {
                    directory.load(List.of(new DirectoryBatch.NewOrganization(name + " Center", null, name + ".", null, null, agency,
                            List.of(new DirectoryBatch.NewLocation("main", null, "5 Main St", "Hartford", "CT", "06105", null)),
                            List.of(new DirectoryBatch.NewService(name, null, name + ".", category,
                                    ServiceStatus.ACTIVE, null, null, null, null, null, null, List.of("English"),
                                    List.of("main"), List.of())))));
                    return jdbc.sql("select id from services.service where name = :n").param("n", name).query(UUID.class).single();
                });
    }

    /** A referral sent {@code daysAgo} days ago and still unanswered. */
    public void referralSent(StaffUser by, HouseholdId family, UUID service, int daysAgo) {
        referrals.insert(List.of(new ReferralBatch.PastReferral(family, service, by.viewer().agencyId(), by.viewer().userId(),
                OffsetDateTime.now().minusDays(daysAgo), "Needs child care to work", Urgency.ROUTINE, ReferralStatus.SENT,
                null, null, null, null, null, null, null, null, false)));
    }
}
