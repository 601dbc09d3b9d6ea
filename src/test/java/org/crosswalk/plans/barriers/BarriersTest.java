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
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Recording, resolving and reopening barriers on real PostgreSQL, through the facade, the page and the API. */
@CrosswalkIntegrationTest
class BarriersTest {

    @Autowired Fixtures fixtures;
    @Autowired Barriers barriers;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    StaffUser navigator;
    Viewer nina;
    long employment;
    HouseholdId family;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aFamily() {
        long region = fixtures.region("Plans Region");
        employment = fixtures.agency("Plans Employment", AgencyKind.EMPLOYMENT, region);
        navigator = fixtures.staff("br-navigator", Role.NAVIGATOR, employment, null);
        nina = navigator.viewer();
        family = fixtures.singleMother(navigator, "Kiara", "Barrierson" + UUID.randomUUID().toString().substring(0, 5), false);
    }

    Barrier childCare(LocalDate opened) {
        return barriers.record(nina, family, new BarrierForm(BarrierKind.CHILD_CARE, null, Severity.HIGH, null, opened, "Second shift"));
    }

    @Test
    void aBarrierDefaultsToTheViewersAgencyAndToday() {
        Barrier barrier = barriers.record(nina, family, new BarrierForm(BarrierKind.TRANSPORTATION, null, Severity.MEDIUM, null, null, null));
        assertThat(barrier.ownerAgencyId()).isEqualTo(employment);
        assertThat(barrier.ownerAgency()).isEqualTo("Plans Employment");
        assertThat(barrier.openedOn()).isEqualTo(today);
        assertThat(barrier.history()).extracting(Barrier.Event::what).containsExactly("OPENED");
    }

    @Test
    void recordingChecksWhatTheFormCannot() {
        assertThatThrownBy(() -> barriers.record(nina, family, new BarrierForm(null, null, Severity.LOW, null, null, null)))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("kind");
        assertThatThrownBy(() -> barriers.record(nina, family, new BarrierForm(BarrierKind.OTHER, " ", Severity.LOW, null, null, null)))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("otherText");
        assertThatThrownBy(() -> barriers.record(nina, family, new BarrierForm(BarrierKind.PHONE, null, Severity.LOW, 999_999L, null, null)))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("ownerAgencyId");
        assertThatThrownBy(() -> barriers.record(nina, family, new BarrierForm(BarrierKind.PHONE, null, Severity.LOW, null, today.plusDays(1), null)))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("openedOn");
        Barrier other = barriers.record(nina, family, new BarrierForm(BarrierKind.OTHER, " Court date ", Severity.LOW, null, null, null));
        assertThat(other.name()).isEqualTo("Court date");
    }

    @Test
    void resolvingRecordsHowAndWhenAndTheTimeItTook() {
        Barrier barrier = childCare(today.minusDays(12));
        Barrier resolved = barriers.resolve(nina, family, barrier.id(), new BarrierForm.Resolution(today.minusDays(2), "Care 4 Kids approved"));
        assertThat(resolved.daysToResolve()).isEqualTo(10);
        assertThatThrownBy(() -> barriers.resolve(nina, family, barrier.id(), new BarrierForm.Resolution(today, "Again")))
                .hasMessageContaining("already resolved");
        var facts = jdbc.sql("select resolved_on - opened_on from plans.barrier_facts where barrier_id = :b")
                .param("b", barrier.id()).query(Integer.class).single();
        assertThat(facts).isEqualTo(10);
    }

    @Test
    void aSolvedBarrierCanComeBackWithAReason() {
        Barrier barrier = childCare(today.minusDays(40));
        barriers.resolve(nina, family, barrier.id(), new BarrierForm.Resolution(today.minusDays(20), "Grandmother helps"));
        assertThatThrownBy(() -> barriers.reopen(nina, family, barrier.id(), new BarrierForm.Reopening(" ")))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("reason");
        Barrier reopened = barriers.reopen(nina, family, barrier.id(), new BarrierForm.Reopening("Grandmother moved away"));
        assertThat(reopened.resolved()).isFalse();
        assertThat(reopened.openedOn()).isEqualTo(today.minusDays(40));
        assertThat(reopened.history()).extracting(Barrier.Event::what).containsExactly("OPENED", "RESOLVED", "REOPENED");
        assertThatThrownBy(() -> barriers.reopen(nina, family, barrier.id(), new BarrierForm.Reopening("again")))
                .hasMessageContaining("still open");
    }

    @Test
    void openBarriersComeFirstMostSevereAndOldestFirst() {
        barriers.record(nina, family, new BarrierForm(BarrierKind.PHONE, null, Severity.LOW, null, today.minusDays(30), null));
        Barrier crisis = barriers.record(nina, family, new BarrierForm(BarrierKind.HOUSING_INSTABILITY, null, Severity.CRISIS, null, today.minusDays(1), null));
        Barrier solved = childCare(today.minusDays(50));
        barriers.resolve(nina, family, solved.id(), new BarrierForm.Resolution(today.minusDays(5), "Subsidy approved"));
        List<BarrierKind> order = barriers.of(nina, family).stream().map(Barrier::kind).toList();
        assertThat(order).containsExactly(BarrierKind.HOUSING_INSTABILITY, BarrierKind.PHONE, BarrierKind.CHILD_CARE);
        assertThat(crisis.severity().urgent()).isTrue();
    }

    @Test
    void theResolveFormShowsItsFieldErrorOnTheRow() throws Exception {
        Barrier barrier = childCare(today.minusDays(3));
        var response = mvc.perform(post("/households/" + family + "/barriers/" + barrier.id() + "/resolve").with(user(navigator)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("resolution=&resolvedOn=" + today)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"resolution-" + barrier.id() + "-error\"", "Say how it was solved",
                "<details open=\"open\">");
        var bad = mvc.perform(post("/households/" + family + "/barriers").with(user(navigator)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("kind=OTHER&otherText=&severity=LOW&openedOn=yesterday")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("id=\"openedOn-error\"", "Enter a date like");
        var missingName = mvc.perform(post("/households/" + family + "/barriers").with(user(navigator)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("kind=OTHER&otherText=&severity=LOW&openedOn=" + today)).andReturn().getResponse();
        assertThat(missingName.getContentAsString()).contains("id=\"otherText-error\"", "Name the barrier");
        var badDay = mvc.perform(post("/households/" + family + "/barriers/" + barrier.id() + "/resolve").with(user(navigator)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("resolution=Voucher&resolvedOn=monday")).andReturn().getResponse();
        assertThat(badDay.getStatus()).isEqualTo(200);
        assertThat(badDay.getContentAsString()).contains("id=\"resolvedOn-" + barrier.id() + "-error\"", "Enter the date as YYYY-MM-DD.");
    }

    @Test
    void thePageShowsTimeToResolveAndFiltersOpenAndResolved() throws Exception {
        Barrier open = barriers.record(nina, family, new BarrierForm(BarrierKind.PHONE, null, Severity.LOW, null, today.minusDays(4), null));
        Barrier solved = childCare(today.minusDays(9));
        barriers.resolve(nina, family, solved.id(), new BarrierForm.Resolution(today, "Subsidy approved"));
        String all = mvc.perform(get("/households/" + family + "/barriers").with(user(navigator))).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("after 9 days", "Subsidy approved", "Open 4 days", "<span>1</span> open, <span>1</span> resolved");
        String openOnly = mvc.perform(get("/households/" + family + "/barriers?show=OPEN").with(user(navigator))).andReturn().getResponse().getContentAsString();
        assertThat(openOnly).contains("barrier-" + open.id()).doesNotContain("barrier-" + solved.id());
    }

    @Test
    void theApiAnswersWithProblemDetailsForBadInput() throws Exception {
        Barrier barrier = childCare(today.minusDays(3));
        var response = mvc.perform(put("/api/households/" + family + "/barriers/" + barrier.id() + "/resolve").with(user(navigator))
                .contentType(MediaType.APPLICATION_JSON).content("{\"resolvedOn\":\"" + today.minusDays(5) + "\",\"resolution\":\"Voucher\"}"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"resolvedOn\":", "cannot be solved before that");
        var created = mvc.perform(post("/api/households/" + family + "/barriers").with(user(navigator))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"DOCUMENTS_ID\",\"severity\":\"MEDIUM\"}")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"kind\":\"DOCUMENTS_ID\"", "\"ownerAgency\":\"Plans Employment\"");
    }

    @Test
    void twoCaseworkersResolvingAtOnceDoNotBothWin() {
        Barrier barrier = childCare(today.minusDays(3));
        jdbc.sql("update plans.barrier set resolved_on = :d, resolution = 'Elsewhere' where id = :id")
                .param("d", today).param("id", barrier.id()).update();
        assertThatThrownBy(() -> barriers.resolve(nina, family, barrier.id(), new BarrierForm.Resolution(today, "Mine")))
                .isInstanceOfAny(InvalidInput.class, ConcurrentChange.class).hasMessageContaining("already resolved");
    }
}
