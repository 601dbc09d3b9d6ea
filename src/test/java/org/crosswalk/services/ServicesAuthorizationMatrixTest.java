package org.crosswalk.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.services.directory.DirectoryBatch;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.services.directory.ServiceStatus;
import org.crosswalk.services.referrals.PartnerReferrals;
import org.crosswalk.services.referrals.Urgency;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partner referral module's rows of the authorization matrix: every household route × role ×
 * consent state. Allowed calls change nothing: invalid input, or a withdrawal without a reason.
 * Withdrawing is for the agency that sent the referral; here the family's steward sent it, so
 * the route needs what {@link Needs#STEWARD} describes.
 */
class ServicesAuthorizationMatrixTest extends AccessMatrix {

    @Autowired DirectoryBatch directory;
    @Autowired PartnerReferrals referrals;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;

    private UUID service;

    @Override
    protected List<Route> routes() {
        return List.of(
                Route.page("GET", "/households/{id}/referrals", Needs.READ, 200, null),
                Route.page("GET", "/households/{id}/referrals/new?service={service}", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/referrals", Needs.EDIT, 200, "serviceId={service}&reason=&urgency=ROUTINE"),
                Route.page("POST", "/households/{id}/referrals/{referral}/withdraw", Needs.STEWARD, 200, "reason="),
                Route.api("GET", "/api/households/{id}/referrals", Needs.READ, 200, null),
                Route.api("POST", "/api/households/{id}/referrals", Needs.EDIT, 400,
                        "{\"serviceId\":\"" + UUID.randomUUID() + "\",\"reason\":\"Needs care\",\"urgency\":\"ROUTINE\"}"),
                Route.api("POST", "/api/households/{id}/referrals/{referral}/withdraw", Needs.STEWARD, 400, "{\"reason\":\"\"}"));
    }

    @Override
    protected Map<String, String> placeholders(HouseholdId household, StaffUser steward) {
        UUID toService = matrixService();
        var sent = referrals.send(steward.viewer(), household, new PartnerReferrals.NewReferral(toService,
                "Needs child care to start training", Urgency.ROUTINE));
        return Map.of("service", toService.toString(), "referral", sent.referral().id().toString());
    }

    /** One child care service, answered by the matrix's child care agency, created on first use. */
    private UUID matrixService() {
        if (service == null) {
            long childCare = organisation.agencies().stream().filter(a -> a.name().equals("Matrix Child Care")).findFirst()
                    .orElseThrow().id();
            directory.load(List.of(new DirectoryBatch.NewOrganization("Matrix Child Care Center", null, "Child care.", null,
                    null, childCare, List.of(new DirectoryBatch.NewLocation("main", null, "1 Main St", "Matrixtown", "CT", "06000", null)),
                    List.of(new DirectoryBatch.NewService("Matrix infant care", null, "Infant care.", ServiceCategory.CHILD_CARE,
                            ServiceStatus.ACTIVE, null, null, null, null, null, null, List.of("English"), List.of("main"), List.of())))));
            service = jdbc.sql("select id from services.service where name = 'Matrix infant care'").query(UUID.class).single();
        }
        return service;
    }

    @Test
    void allowedCallsChangedNothing() {
        // Every row's allowed call was refused as invalid input: each family still has exactly its one referral, unwithdrawn.
        assertThat(jdbc.sql("select count(*) from services.referral where service_id = :s and status <> 'SENT'")
                .param("s", matrixService()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from services.referral where service_id = :s").param("s", matrixService())
                .query(Long.class).single()).isEqualTo((long) Role.values().length * State.values().length);
    }
}
