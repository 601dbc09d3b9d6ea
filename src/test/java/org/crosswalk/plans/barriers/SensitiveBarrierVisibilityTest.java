package org.crosswalk.plans.barriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Consents;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.Households;
import org.crosswalk.families.Journey;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.RecordNotFound;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees a sensitive barrier (mental health, substance use, domestic violence), on every surface:
 * the facade, the page and its counts, the API, the family's timeline and "Today".
 *
 * <p>The Okafor family is held by housing and signed a release naming employment, mental health and
 * child care and the regional team, NOT covering sensitive information. The Mensah family signed one
 * naming employment and the team that DOES cover it.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensitiveBarrierVisibilityTest {

    @Autowired Fixtures fixtures;
    @Autowired Consents consents;
    @Autowired Barriers barriers;
    @Autowired Households households;
    @Autowired Journey journey;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    StaffUser housing;      // the holding agency's case manager
    StaffUser navigator;    // employment agency, named in both releases
    StaffUser therapist;    // mental health agency: owns the Okafors' mental-health barrier
    StaffUser childCare;    // child care agency, named in the Okafors' release
    StaffUser lead;         // the regional team lead
    HouseholdId okafor;
    HouseholdId mensah;
    Map<BarrierKind, UUID> okaforBarriers;
    UUID mensahMentalHealth;
    LocalDate today = LocalDate.now();

    @BeforeAll
    void twoFamiliesWithSensitiveBarriers() {
        long region = fixtures.region("Sensitive Region");
        long housingAgency = fixtures.agency("Sensitive Housing", AgencyKind.HOUSING, region);
        long employment = fixtures.agency("Sensitive Employment", AgencyKind.EMPLOYMENT, region);
        long mentalHealth = fixtures.agency("Sensitive Mental Health", AgencyKind.MENTAL_HEALTH, region);
        long childCareAgency = fixtures.agency("Sensitive Child Care", AgencyKind.CHILD_CARE, region);
        long workforce = fixtures.agency("Sensitive Workforce Board", AgencyKind.EMPLOYMENT, region);
        housing = fixtures.staff("sb-housing", Role.HOUSING_CASE_MANAGER, housingAgency, null);
        navigator = fixtures.staff("sb-navigator", Role.NAVIGATOR, employment, null);
        therapist = fixtures.staff("sb-therapist", Role.PARTNER_STAFF, mentalHealth, null);
        childCare = fixtures.staff("sb-childcare", Role.PARTNER_STAFF, childCareAgency, null);
        lead = fixtures.staff("sb-lead", Role.TEAM_LEAD, workforce, region);

        okafor = fixtures.singleMother(housing, "Adaeze", "Okafor", false);
        consents.record(housing.viewer(), okafor, new Consents.NewConsent(today.minusDays(30), today.plusYears(1),
                Set.of(employment, mentalHealth, childCareAgency), true, false));
        mensah = fixtures.singleMother(housing, "Abena", "Mensah", false);
        consents.record(housing.viewer(), mensah, new Consents.NewConsent(today.minusDays(30), today.plusYears(1),
                Set.of(employment), true, true));
        // Both families are on the navigator's caseload, so their barriers reach the navigator's Today.
        households.assignCaseworker(housing.viewer(), okafor, navigator.viewer().userId());
        households.assignCaseworker(housing.viewer(), mensah, navigator.viewer().userId());

        okaforBarriers = Map.of(
                BarrierKind.CHILD_CARE, record(housing, okafor, BarrierKind.CHILD_CARE, childCareAgency),
                BarrierKind.MENTAL_HEALTH, record(housing, okafor, BarrierKind.MENTAL_HEALTH, mentalHealth),
                BarrierKind.SUBSTANCE_USE, record(housing, okafor, BarrierKind.SUBSTANCE_USE, housingAgency),
                BarrierKind.DOMESTIC_VIOLENCE, record(navigator, okafor, BarrierKind.DOMESTIC_VIOLENCE, employment));
        mensahMentalHealth = record(housing, mensah, BarrierKind.MENTAL_HEALTH, mentalHealth);
    }

    /** High, and open 20 days: old enough to appear on "Today". */
    UUID record(StaffUser by, HouseholdId family, BarrierKind kind, long owner) {
        return barriers.record(by.viewer(), family, new BarrierForm(kind, null, Severity.HIGH, owner, today.minusDays(20), null)).id();
    }

    Set<BarrierKind> seenBy(StaffUser viewer, HouseholdId family) {
        return barriers.of(viewer.viewer(), family).stream().map(Barrier::kind).collect(Collectors.toSet());
    }

    @Test
    void theHoldingAgencySeesEveryBarrier() {
        assertThat(seenBy(housing, okafor)).containsExactlyInAnyOrder(BarrierKind.CHILD_CARE, BarrierKind.MENTAL_HEALTH,
                BarrierKind.SUBSTANCE_USE, BarrierKind.DOMESTIC_VIOLENCE);
    }

    @Test
    void theAgencyThatOwnsASensitiveBarrierSeesItWithoutSensitiveConsent() {
        assertThat(seenBy(navigator, okafor)).as("the navigator's agency owns the DV barrier")
                .containsExactlyInAnyOrder(BarrierKind.CHILD_CARE, BarrierKind.DOMESTIC_VIOLENCE);
    }

    @Test
    void aPartnerOfAnotherAgencyThatOwnsTheBarrierSeesIt() {
        assertThat(seenBy(therapist, okafor)).containsExactlyInAnyOrder(BarrierKind.CHILD_CARE, BarrierKind.MENTAL_HEALTH);
    }

    @Test
    void aNavigatorWhoseConsentDoesNotCoverSensitiveInformationSeesNoneOfTheOthers() throws Exception {
        assertThat(seenBy(childCare, okafor)).containsExactly(BarrierKind.CHILD_CARE);

        String page = mvc.perform(get("/households/" + okafor + "/barriers").with(user(navigator))).andReturn().getResponse().getContentAsString();
        String list = page.substring(page.indexOf("id=\"list-h\""), page.indexOf("id=\"new-barrier\""));
        assertThat(list).contains("Child care", "Domestic violence").doesNotContain("Mental health", "Substance use", " hidden", "withheld");
        assertThat(page).contains("<span>2</span> open").doesNotContainIgnoringCase("sensitive barriers hidden");

        String json = mvc.perform(get("/api/households/" + okafor + "/barriers").with(user(navigator))).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("CHILD_CARE", "DOMESTIC_VIOLENCE").doesNotContain("MENTAL_HEALTH", "SUBSTANCE_USE", "Mental health");

        assertThat(mvc.perform(put("/api/households/" + okafor + "/barriers/" + okaforBarriers.get(BarrierKind.MENTAL_HEALTH) + "/resolve")
                        .with(user(navigator)).contentType(MediaType.APPLICATION_JSON).content("{\"resolvedOn\":\"" + today + "\",\"resolution\":\"x\"}"))
                .andReturn().getResponse().getStatus()).as("a barrier you may not see does not exist").isEqualTo(404);
        assertThat(mvc.perform(post("/households/" + okafor + "/barriers/" + okaforBarriers.get(BarrierKind.SUBSTANCE_USE) + "/resolve")
                        .with(user(navigator)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("resolution=x"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theTimelineLeavesOutWhatTheViewerMayNotSee() {
        List<String> navigatorSees = titles(navigator, okafor);
        assertThat(navigatorSees).contains("Barrier: Child care (high)", "Barrier: Domestic violence (high)")
                .noneMatch(t -> t.contains("Mental health") || t.contains("Substance use"));
        assertThat(titles(housing, okafor)).contains("Barrier: Mental health (high)", "Barrier: Substance use (high)");
        assertThat(titles(therapist, okafor)).contains("Barrier: Mental health (high)").noneMatch(t -> t.contains("Domestic"));
    }

    @Test
    void todayShowsOnlyTheBarriersTheViewerMaySee() {
        List<String> navigatorToday = today(navigator, okafor);
        assertThat(navigatorToday).anyMatch(w -> w.contains("Child care")).anyMatch(w -> w.contains("Domestic violence"))
                .noneMatch(w -> w.contains("Mental health") || w.contains("Substance use"));
        assertThat(today(therapist, okafor)).as("owned by the therapist's agency").singleElement()
                .satisfies(w -> assertThat(w).isEqualTo("High barrier open 20 days: Mental health"));
        assertThat(today(childCare, okafor)).containsExactly("High barrier open 20 days: Child care");
        assertThat(today(navigator, mensah)).containsExactly("High barrier open 20 days: Mental health");
    }

    @Test
    void aConsentThatCoversSensitiveInformationShowsIt() {
        assertThat(seenBy(navigator, mensah)).containsExactly(BarrierKind.MENTAL_HEALTH);
    }

    @Test
    void aTeamLeadSeesSensitiveBarriersOnlyWhenTheTeamConsentCoversThem() {
        assertThat(seenBy(lead, mensah)).containsExactly(BarrierKind.MENTAL_HEALTH);
        assertThat(seenBy(lead, okafor)).containsExactly(BarrierKind.CHILD_CARE);
        assertThat(titles(lead, mensah)).contains("Barrier: Mental health (high)");
    }

    @Test
    void aPartnerNotNamedInTheReleaseCannotReachTheFamilyAtAll() {
        assertThatThrownBy(() -> barriers.of(therapist.viewer(), mensah)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void recordingASensitiveBarrierForAnotherAgencyYouCouldNotSeeIsRefused() {
        long mentalHealth = fixtures.agency("Sensitive Mental Health", AgencyKind.MENTAL_HEALTH, fixtures.region("Sensitive Region"));
        assertThatThrownBy(() -> barriers.record(navigator.viewer(), okafor,
                        new BarrierForm(BarrierKind.SUBSTANCE_USE, null, Severity.LOW, mentalHealth, today, null)))
                .hasMessageContaining("does not cover sensitive information");
    }

    @Test
    void outcomesReadEveryBarrierWithItsSensitiveFlagFromThePublishedView() {
        var facts = jdbc.sql("select kind, sensitive from plans.barrier_facts where household_id = :h")
                .param("h", okafor.value()).query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list();
        assertThat(facts).containsExactlyInAnyOrder(Map.entry("CHILD_CARE", false), Map.entry("MENTAL_HEALTH", true),
                Map.entry("SUBSTANCE_USE", true), Map.entry("DOMESTIC_VIOLENCE", true));
    }

    List<String> titles(StaffUser viewer, HouseholdId family) {
        return journey.timeline(viewer.viewer(), family).stream().map(e -> e.title()).toList();
    }

    List<String> today(StaffUser viewer, HouseholdId family) {
        return journey.today(viewer.viewer()).stream().filter(a -> a.item().household().equals(family))
                .filter(a -> a.item().kind().equals("Barrier")).map(a -> a.item().what()).toList();
    }
}
