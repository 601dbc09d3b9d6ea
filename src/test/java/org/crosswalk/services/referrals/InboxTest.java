package org.crosswalk.services.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.services.directory.DirectoryBatch;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.services.directory.ServiceStatus;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The partner's side of the loop, by role: only partner staff of the receiving agency see and
 * answer a referral; another partner gets 404; other roles get 403; a family whose release does
 * not name the partner shows no personal data and cannot be answered. And the sender's side:
 * stalled referrals and unseen answers on Today, mental health referrals kept from readers
 * without consent that covers sensitive information, the published facts.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PartnerReferrals referrals;
    @Autowired ReferralBatch batch;
    @Autowired DirectoryBatch directory;
    @Autowired JdbcClient jdbc;

    StaffUser navigator;
    StaffUser partner;
    StaffUser otherPartner;
    StaffUser clinician;
    StaffUser admin;
    long employment;
    long childCare;
    UUID infantCare;
    UUID otherCare;
    UUID counseling;
    UUID toddlerCare;

    @BeforeAll
    void organisationAndDirectory() {
        long region = fixtures.region("Inbox Region");
        employment = fixtures.agency("Inbox Employment", AgencyKind.EMPLOYMENT, region);
        childCare = fixtures.agency("Inbox Bright Start Child Care", AgencyKind.CHILD_CARE, region);
        long otherChildCare = fixtures.agency("Inbox Other Child Care", AgencyKind.CHILD_CARE, region);
        long mentalHealth = fixtures.agency("Inbox Riverside Clinic", AgencyKind.MENTAL_HEALTH, region);
        navigator = fixtures.staff("ib-navigator", Role.NAVIGATOR, employment, null);
        partner = fixtures.staff("ib-partner", Role.PARTNER_STAFF, childCare, null);
        otherPartner = fixtures.staff("ib-other-partner", Role.PARTNER_STAFF, otherChildCare, null);
        clinician = fixtures.staff("ib-clinician", Role.PARTNER_STAFF, mentalHealth, null);
        admin = fixtures.staff("ib-admin", Role.ADMINISTRATOR, null, null);
        directory.load(List.of(
                organization("Inbox Bright Start Center", childCare, service("Inbox infant care", ServiceCategory.CHILD_CARE),
                        service("Inbox toddler care", ServiceCategory.CHILD_CARE)),
                organization("Inbox Other Center", otherChildCare, service("Inbox other care", ServiceCategory.CHILD_CARE)),
                organization("Inbox Riverside Counseling", mentalHealth, service("Inbox counseling", ServiceCategory.MENTAL_HEALTH))));
        infantCare = serviceId("Inbox infant care");
        otherCare = serviceId("Inbox other care");
        counseling = serviceId("Inbox counseling");
        toddlerCare = serviceId("Inbox toddler care");
    }

    /** A family of the navigator's agency whose release names the child care partner. */
    HouseholdId consentingFamily(String last) {
        HouseholdId family = fixtures.singleMother(navigator, "Rosa", last, false);
        fixtures.consent(navigator, family, LocalDate.now().minusDays(3), LocalDate.now().plusYears(1), Set.of(childCare), false);
        return family;
    }

    UUID send(HouseholdId family, UUID service) {
        return referrals.send(navigator.viewer(), family, new PartnerReferrals.NewReferral(service, "Needs care to start CNA training",
                Urgency.SOON)).referral().id();
    }

    @Test
    void thePartnerOfTheReceivingAgencySeesTheFamilyWithDaysPendingAndAcceptsIt() throws Exception {
        HouseholdId family = consentingFamily("Inboxaccepts");
        UUID referral = send(family, infantCare);

        String inbox = page(get("/inbox"), partner);
        assertThat(inbox).contains("Rosa Inboxaccepts").contains("Inbox infant care").contains("Inbox Employment");
        String detail = page(get("/inbox/" + referral), partner);
        assertThat(detail).contains("Referral for Rosa Inboxaccepts").contains("Needs care to start CNA training")
                .contains("(860) 555-0100").contains("pending");

        assertThat(status(post("/inbox/" + referral + "/accept").param("note", "Intake Tuesday 10:00"), partner)).isEqualTo(302);
        assertThat(page(get("/inbox/" + referral), partner)).contains("Accepted").contains("Intake Tuesday 10:00")
                .contains("Mark service delivered");
        assertThat(page(get("/households/" + family + "/referrals"), navigator)).contains("Accepted")
                .contains("Intake Tuesday 10:00");
    }

    @Test
    void anotherPartnerGetsNotFoundAndOtherRolesAreTurnedAway() throws Exception {
        UUID referral = send(consentingFamily("Inboxprivate"), infantCare);
        assertThat(status(get("/inbox/" + referral), otherPartner)).isEqualTo(404);
        assertThat(status(post("/inbox/" + referral + "/accept"), otherPartner)).isEqualTo(404);
        assertThat(status(get("/api/inbox/" + referral), otherPartner)).isEqualTo(404);
        assertThat(page(get("/inbox"), otherPartner)).doesNotContain("Inboxprivate");
        assertThat(status(get("/inbox/" + UUID.randomUUID()), partner)).isEqualTo(404);
        for (StaffUser notPartner : List.of(navigator, admin)) {
            assertThat(status(get("/inbox"), notPartner)).as(notPartner.getUsername()).isEqualTo(403);
            assertThat(status(get("/api/inbox"), notPartner)).as(notPartner.getUsername()).isEqualTo(403);
            assertThat(status(post("/inbox/" + referral + "/accept"), notPartner)).as(notPartner.getUsername()).isEqualTo(403);
        }
        assertThat(status(get("/api/inbox"), partner)).isEqualTo(200);
    }

    @Test
    void withoutAReleaseNamingThePartnerTheInboxShowsNoPersonalDataAndTheSenderIsWarned() throws Exception {
        HouseholdId family = fixtures.singleMother(navigator, "Lena", "Inboxnorelease", false);
        var sent = referrals.send(navigator.viewer(), family, new PartnerReferrals.NewReferral(infantCare,
                "Private reason about Lena", Urgency.ROUTINE));
        assertThat(sent.warning()).contains("cannot see this family until the family signs a release");
        assertThat(sent.referral().partnerSeesFamily()).isFalse();
        UUID referral = sent.referral().id();

        assertThat(page(get("/inbox"), partner)).contains("Awaiting release of information").doesNotContain("Inboxnorelease");
        String detail = page(get("/inbox/" + referral), partner);
        assertThat(detail).contains("awaiting release of information").doesNotContain("Lena").doesNotContain("Private reason");
        assertThat(status(post("/inbox/" + referral + "/accept"), partner)).isEqualTo(403);
        String json = page(get("/api/inbox/" + referral), partner);
        assertThat(json).contains("\"released\":false").doesNotContain("Lena").doesNotContain("Private reason")
                .contains("\"household\":null");
        assertThat(page(get("/households/" + family + "/referrals"), navigator)).contains("Awaiting release of information");

        // Once the family signs a release naming the partner, the same referral opens and can be answered.
        fixtures.consent(navigator, family, LocalDate.now(), LocalDate.now().plusYears(1), Set.of(childCare), false);
        assertThat(page(get("/inbox/" + referral), partner)).contains("Referral for Lena Inboxnorelease");
        assertThat(status(post("/inbox/" + referral + "/accept"), partner)).isEqualTo(302);
    }

    @Test
    void aDeclineNeedsAReasonAndDeliveryWaitsForAcceptanceAndItsDate() throws Exception {
        UUID referral = send(consentingFamily("Inboxrules"), infantCare);
        assertThat(page(post("/inbox/" + referral + "/decline").param("reason", " "), partner))
                .contains("Say why you decline");
        assertThat(page(post("/inbox/" + referral + "/deliver").param("deliveredOn", LocalDate.now().toString()), partner))
                .contains("Accept the referral before recording the service as delivered.");
        assertThat(status(post("/inbox/" + referral + "/accept"), partner)).isEqualTo(302);
        assertThat(page(post("/inbox/" + referral + "/accept"), partner)).contains("already accepted");
        assertThat(page(post("/inbox/" + referral + "/deliver").param("deliveredOn", LocalDate.now().minusDays(1).toString()), partner))
                .contains("cannot be delivered before the referral was accepted");
        assertThat(page(post("/inbox/" + referral + "/deliver").param("deliveredOn", LocalDate.now().plusDays(1).toString()), partner))
                .contains("cannot be in the future");
        assertThat(status(post("/inbox/" + referral + "/deliver").param("deliveredOn", LocalDate.now().toString()), partner)).isEqualTo(302);

        var facts = jdbc.sql("select service_category, receiving_agency_id, sent_on, answered_on, status, delivered_on from services.referral_facts where referral_id = :id")
                .param("id", referral).query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, LocalDate.class))).single();
        assertThat(facts).containsExactly("CHILD_CARE", childCare, LocalDate.now(), LocalDate.now(), "SERVICE_DELIVERED", LocalDate.now());
    }

    @Test
    void theApiAnswersWithTheSameRules() throws Exception {
        UUID referral = send(consentingFamily("Inboxapi"), infantCare);
        assertThat(json(post("/api/inbox/" + referral + "/decline"), "{\"reason\":\"\"}", partner).getStatus()).isEqualTo(400);
        assertThat(json(post("/api/inbox/" + referral + "/deliver"), "{\"deliveredOn\":\"" + LocalDate.now() + "\"}", partner).getStatus())
                .isEqualTo(400);
        var accepted = json(post("/api/inbox/" + referral + "/accept"), "{\"note\":\"Call Monday\"}", partner);
        assertThat(accepted.getStatus()).isEqualTo(200);
        assertThat(accepted.getContentAsString()).contains("\"status\":\"ACCEPTED\"").contains("Rosa Inboxapi");
        assertThat(json(post("/api/inbox/" + referral + "/accept"), "{}", partner).getStatus()).isEqualTo(400);
    }

    @Test
    void stalledReferralsAndUnseenAnswersWaitOnTheSendersTodayPage() throws Exception {
        HouseholdId family = consentingFamily("Inboxtoday");
        OffsetDateTime nineDaysAgo = OffsetDateTime.now().minusDays(9);
        batch.insert(List.of(new ReferralBatch.PastReferral(family, otherCare, employment, navigator.viewer().userId(),
                nineDaysAgo, "Waiting a long time", Urgency.ROUTINE, ReferralStatus.SENT, null, null, null, null, null, null,
                null, null, false)));
        UUID fresh = send(family, toddlerCare);

        assertThat(page(get("/today"), navigator)).contains("No answer from Inbox Other Center in 9 days");
        assertThat(page(get("/households/" + family + "/referrals"), navigator)).contains("Stalled");
        assertThat(page(get("/today"), partner)).contains("Answer the referral to Inbox toddler care");

        assertThat(status(post("/inbox/" + fresh + "/accept"), partner)).isEqualTo(302);
        assertThat(page(get("/today"), navigator)).contains("Inbox Bright Start Center accepted the referral to Inbox toddler care");
        assertThat(page(get("/households/" + family + "/referrals"), navigator)).contains("New answer");
        assertThat(page(get("/today"), navigator)).doesNotContain("accepted the referral to Inbox toddler care")
                .contains("No answer from Inbox Other Center");
    }

    @Test
    void aMentalHealthReferralIsKeptFromReadersWhoseConsentDoesNotCoverSensitiveInformation() throws Exception {
        HouseholdId family = consentingFamily("Inboxsensitive");
        send(family, counseling);
        send(family, infantCare);
        assertThat(page(get("/households/" + family + "/referrals"), navigator)).contains("Inbox counseling");
        String partnerView = page(get("/households/" + family + "/referrals"), partner);
        assertThat(partnerView).contains("Inbox infant care").doesNotContain("Inbox counseling");
        assertThat(page(get("/households/" + family), partner)).doesNotContain("Inbox Riverside Counseling");
        assertThat(page(get("/households/" + family), navigator)).contains("Referral sent to Inbox Riverside Counseling");
    }

    @Test
    void theSenderWithdrawsAndThePartnerCanNoLongerAnswer() throws Exception {
        HouseholdId family = consentingFamily("Inboxwithdraw");
        UUID referral = send(family, infantCare);
        assertThat(page(post("/households/" + family + "/referrals/" + referral + "/withdraw").param("reason", ""), navigator))
                .contains("Say why the referral is withdrawn");
        assertThat(status(post("/households/" + family + "/referrals/" + referral + "/withdraw")
                .param("reason", "Family found care elsewhere"), navigator)).isEqualTo(302);
        assertThat(page(post("/inbox/" + referral + "/accept"), partner)).contains("withdrew this referral");
    }

    @Test
    void aSecondOpenReferralToTheSameServiceIsRefused() throws Exception {
        HouseholdId family = consentingFamily("Inboxtwice");
        send(family, infantCare);
        assertThat(page(post("/households/" + family + "/referrals").param("serviceId", infantCare.toString())
                .param("reason", "Again").param("urgency", "ROUTINE"), navigator))
                .contains("already has an open referral to this service");
        assertThat(page(post("/households/" + family + "/referrals").param("serviceId", infantCare.toString())
                .param("reason", "").param("urgency", "ROUTINE"), navigator)).contains("Say what the family needs");
    }

    private String page(MockHttpServletRequestBuilder request, StaffUser as) throws Exception {
        var response = mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, StaffUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse().getStatus();
    }

    private MockHttpServletResponse json(MockHttpServletRequestBuilder request, String body, StaffUser as) throws Exception {
        return mvc.perform(request.with(user(as)).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private UUID serviceId(String name) {
        return jdbc.sql("select id from services.service where name = :n").param("n", name).query(UUID.class).single();
    }

    private static DirectoryBatch.NewOrganization organization(String name, long agency, DirectoryBatch.NewService... services) {
        return new DirectoryBatch.NewOrganization(name, null, name + ".", null, null, agency,
                List.of(new DirectoryBatch.NewLocation("main", null, "5 Main St", "Inboxville", "CT", "06001", null)), List.of(services));
    }

    private static DirectoryBatch.NewService service(String name, ServiceCategory category) {
        return new DirectoryBatch.NewService(name, null, name + ".", category, ServiceStatus.ACTIVE, null, null, null, null,
                null, null, List.of("English"), List.of("main"), List.of());
    }
}
