package org.crosswalk.conferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.flexfunds.Category;
import org.crosswalk.flexfunds.FiscalYear;
import org.crosswalk.flexfunds.FlexBatch;
import org.crosswalk.flexfunds.PaymentMethod;
import org.crosswalk.intake.Enrollments;
import org.crosswalk.intake.ExitReason;
import org.crosswalk.intake.IntakeFixtures;
import org.crosswalk.intake.IntakeForms;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.shared.Money;
import org.crosswalk.plans.barriers.BarrierKind;
import org.crosswalk.plans.barriers.Severity;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Families crafted to hit each agenda reason, one with none, one no one outside its agency may
 * read. Conference A met today (agenda frozen, "since" = 30 days back, as it is the region's
 * first); conference B is tomorrow (live agenda, "since" = A's day). Every expected line below is
 * worked out by hand from the dates set in {@link #families()}.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConferenceAgendaTest {

    static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Autowired Fixtures fixtures;
    @Autowired ConferenceFixtures facts;
    @Autowired CaseConferences conferences;
    @Autowired ConferenceFamilies conferenceFamilies;
    @Autowired FlexBatch flexBatch;
    @Autowired IntakeFixtures intake;
    @Autowired Enrollments enrollments;

    final LocalDate today = LocalDate.now();
    StaffUser lead, navigator, caseManager, childCarePartner, counselor;
    long housing, employment, childCare, counseling;
    final Map<String, HouseholdId> family = new java.util.HashMap<>();
    UUID conferenceA;

    @BeforeAll
    void families() {
        long region = fixtures.region("Agenda Region");
        housing = fixtures.agency("Agenda Housing", AgencyKind.HOUSING, region);
        employment = fixtures.agency("Agenda Employment", AgencyKind.EMPLOYMENT, region);
        childCare = fixtures.agency("Agenda Child Care", AgencyKind.CHILD_CARE, region);
        counseling = fixtures.agency("Agenda Counseling", AgencyKind.MENTAL_HEALTH, region);
        lead = fixtures.staff("ag-lead", Role.TEAM_LEAD, employment, region);
        navigator = fixtures.staff("ag-navigator", Role.NAVIGATOR, employment, null);
        caseManager = fixtures.staff("ag-housing", Role.HOUSING_CASE_MANAGER, housing, null);
        childCarePartner = fixtures.staff("ag-childcare", Role.PARTNER_STAFF, childCare, null);
        counselor = fixtures.staff("ag-counselor", Role.PARTNER_STAFF, counseling, null);

        // Barriers: transportation 60 days, child care 40 days, mental health 50 days (sensitive, the release
        // does not cover it), phone solved 20 days ago.
        HouseholdId barriers = shared("Abarrier");
        facts.barrier(caseManager, barriers, BarrierKind.CHILD_CARE, Severity.HIGH, today.minusDays(40));
        facts.barrier(caseManager, barriers, BarrierKind.TRANSPORTATION, Severity.MEDIUM, today.minusDays(60));
        facts.barrier(caseManager, barriers, BarrierKind.MENTAL_HEALTH, Severity.MEDIUM, today.minusDays(50));
        UUID phone = facts.barrier(caseManager, barriers, BarrierKind.PHONE, Severity.LOW, today.minusDays(90));
        facts.resolve(caseManager, barriers, phone, today.minusDays(20));
        // RRH ending in 30 days.
        facts.subsidy(caseManager, shared("Asubsidy"), today.minusDays(200), today.plusDays(30));
        // A job 35 days old: its 30-day check-in was due 5 days ago and is unanswered.
        facts.job(caseManager, shared("Acheckin"), today.minusDays(35), "16.00", "30", false);
        // A job 25 days old: a new job (within A's 30 days), its 30-day check-in due in 5 days.
        facts.job(caseManager, shared("Checkindue"), today.minusDays(25), "16.00", "30", false);
        // Held at enrollment $12 x 20 h = $1,040.00 a month; 10 days ago a better job at $18 x 35 h = $2,730.00.
        HouseholdId better = shared("Betterjob");
        facts.job(caseManager, better, today.minusYears(2), "12.00", "20", true);
        facts.job(caseManager, better, today.minusDays(10), "18.00", "35", false);
        // A child care referral unanswered for 9 days (stalled), and one sent 2 days ago (not yet).
        HouseholdId referred = shared("Referral");
        UUID service = facts.childCareService(childCare, "Agenda toddler care");
        facts.referralSent(caseManager, referred, service, 9);
        facts.referralSent(caseManager, referred, service, 2);
        // A mental health referral unanswered for 10 days: stalled, and sensitive.
        facts.referralSent(caseManager, referred, facts.service(counseling, "Agenda counseling", ServiceCategory.MENTAL_HEALTH), 10);
        // Enrolled 100 days ago and exited 10 days ago, an open barrier left: gone from the agenda.
        HouseholdId exited = shared("Exited");
        facts.barrier(caseManager, exited, BarrierKind.LEGAL_RECORD, Severity.LOW, today.minusDays(50));
        long program = intake.program("Agenda Secure Jobs", region, false);
        var enrollment = intake.enrolled(caseManager, exited, program, today.minusDays(100), navigator);
        enrollments.exit(caseManager.viewer(), exited, enrollment,
                new IntakeForms.ExitForm(today.minusDays(10), ExitReason.MOVED_AWAY, null, 410));
        // An RRH subsidy ending in 120 days is not a reason: nothing to discuss.
        facts.subsidy(caseManager, shared("Nothing"), today.minusDays(100), today.plusDays(120));
        shared("Actionable");
        // Flexible funds: a phone bill of $45.00 paid 5 days ago (news), a bus pass paid 40 days ago (not news).
        HouseholdId flex = shared("Flexpaid");
        long pool = flexBatch.pool(employment, FiscalYear.of(today), new Money(500_000), new Money(100_000), new Money(0),
                lead.viewer().userId());
        var nav = navigator.viewer().userId();
        var paidAgo = java.time.OffsetDateTime.now().minusDays(5);
        var longAgo = java.time.OffsetDateTime.now().minusDays(40);
        flexBatch.insert(List.of(
                new FlexBatch.PastRequest(pool, flex, Category.PHONE, new Money(45_00), "Metro Wireless", "Phone bill", nav,
                        paidAgo.minusDays(1), lead.viewer().userId(), paidAgo.minusDays(1), false, null, lead.viewer().userId(),
                        paidAgo, PaymentMethod.AGENCY_CARD, "card-1"),
                new FlexBatch.PastRequest(pool, flex, Category.TRANSPORTATION, new Money(20_00), "Transit", "Bus pass", nav,
                        longAgo.minusDays(1), lead.viewer().userId(), longAgo.minusDays(1), false, null, lead.viewer().userId(),
                        longAgo, PaymentMethod.AGENCY_CARD, "card-2")));
        // A release that also names the counseling partner.
        HouseholdId named = fixtures.singleMother(caseManager, "Ana", "Mhnamed", false);
        fixtures.consent(caseManager, named, today.minusDays(10), today.plusDays(355), Set.of(employment, childCare, counseling), true);
        facts.barrier(caseManager, named, BarrierKind.DOCUMENTS_ID, Severity.LOW, today.minusDays(5));
        family.put("Mhnamed", named);
        // No release at all: only the housing agency reads it.
        HouseholdId unshared = fixtures.singleMother(caseManager, "Ana", "Private", false);
        facts.barrier(caseManager, unshared, BarrierKind.HEALTH, Severity.LOW, today.minusDays(3));
        family.put("Private", unshared);

        // Conference A meets today: frozen, an action item for Actionable, then ended.
        conferenceA = conferences.schedule(lead.viewer(), new Forms.ScheduleForm(today, List.of(housing, employment, childCare, counseling)));
        conferences.start(lead.viewer(), conferenceA);
        conferenceFamilies.addActionItem(lead.viewer(), conferenceA, family.get("Actionable"),
                new Forms.ActionItemForm("Call the landlord about the lease", caseManager.viewer().userId(), today.plusDays(7)));
        conferences.end(lead.viewer(), conferenceA);
    }

    /** Held by the housing agency; the release names the employment and child care agencies and the team. */
    private HouseholdId shared(String last) {
        HouseholdId id = fixtures.singleMother(caseManager, "Ana", last, false);
        fixtures.consent(caseManager, id, today.minusDays(10), today.plusDays(355), Set.of(employment, childCare), true);
        family.put(last, id);
        return id;
    }

    private static List<String> lines(Agenda.Family f) {
        return f.reasons().stream().map(r -> r.kind().label() + ": " + r.detail()).toList();
    }

    private static Map<String, List<String>> byName(Agenda agenda) {
        return agenda.toDiscuss().stream().collect(Collectors.toMap(Agenda.Family::name, ConferenceAgendaTest::lines));
    }

    private static List<String> order(List<Agenda.Family> families) {
        return families.stream().map(f -> f.name().replace("Ana ", "")).toList();
    }

    @Test
    void theFrozenAgendaOfTheFirstConferenceGivesEachReasonBarriersOldestFirstAndOrdersFamiliesByWhatNeedsAction() {
        Agenda agenda = conferences.meeting(lead.viewer(), conferenceA).agenda();
        assertThat(agenda.frozen()).isTrue();
        assertThat(agenda.since()).isEqualTo(today.minusDays(30));
        // Abarrier has 2 reasons needing action; then 1 each, by name; Betterjob only celebrates.
        assertThat(order(agenda.toDiscuss()))
                .containsExactly("Abarrier", "Acheckin", "Asubsidy", "Checkindue", "Mhnamed", "Referral", "Betterjob", "Flexpaid");
        assertThat(order(agenda.nothingToDiscuss())).containsExactly("Actionable", "Nothing");
        var reasons = byName(agenda);
        assertThat(reasons.get("Ana Abarrier")).containsExactly(
                "Open barrier: Transportation (medium), open since " + US.format(today.minusDays(60)) + " (60 days)",
                "Open barrier: Child care (high), open since " + US.format(today.minusDays(40)) + " (40 days)");
        assertThat(reasons.get("Ana Asubsidy")).containsExactly(
                "Subsidy ending: RRH subsidy ends " + US.format(today.plusDays(30)) + " (in 30 days)");
        assertThat(reasons.get("Ana Acheckin")).containsExactly(
                "Retention check-in missed: 30-day retention check-in missed: due " + US.format(today.minusDays(5)) + ", not answered");
        assertThat(reasons.get("Ana Checkindue")).containsExactly(
                "Retention check-in due: 30-day retention check-in due " + US.format(today.plusDays(5)),
                "New job: New job from " + US.format(today.minusDays(25)) + ", $2,080.00 a month");
        assertThat(reasons.get("Ana Betterjob")).containsExactly(
                "Better job: Better job from " + US.format(today.minusDays(10)) + ", $2,730.00 a month");
        assertThat(reasons.get("Ana Flexpaid")).containsExactly(
                "Flexible funds spent: Phone: $45.00 paid " + US.format(today.minusDays(5)));
        assertThat(reasons.get("Ana Referral")).containsExactly(
                "Referral stalled: Child care referral to Agenda Child Care: no answer in 9 days (sent "
                        + US.format(today.minusDays(9)) + ")");
        // The family without a release is neither named nor listed, only counted.
        assertThat(agenda.hiddenFromViewer()).isEqualTo(1);
        assertThat(reasons).doesNotContainKey("Ana Private");
    }

    @Test
    void eachInvitedAgencyIsToldHowManyFamiliesAreHiddenFromItWithoutNamingThem() {
        var invited = conferences.meeting(lead.viewer(), conferenceA).conference().invited().stream()
                .collect(Collectors.toMap(CaseConferences.Invited::name, CaseConferences.Invited::hiddenFamilies));
        // 9 families to discuss (8 above and Private). Housing holds them all; the release of 8 names
        // employment and child care; counseling is named by Mhnamed's only.
        assertThat(invited).containsExactlyInAnyOrderEntriesOf(Map.of("Agenda Housing", 0, "Agenda Employment", 1,
                "Agenda Child Care", 1, "Agenda Counseling", 8));
    }

    @Test
    void partnersSeeOnlyFamiliesTheirAgencyMayReadAndSensitiveBarriersOnlyWithConsentThatCoversThem() {
        Agenda counselorView = conferences.meeting(counselor.viewer(), conferenceA).agenda();
        assertThat(order(counselorView.toDiscuss())).containsExactly("Mhnamed");
        assertThat(counselorView.nothingToDiscuss()).isEmpty();
        assertThat(counselorView.hiddenFromViewer()).isEqualTo(8);

        Agenda childCareView = conferences.meeting(childCarePartner.viewer(), conferenceA).agenda();
        assertThat(order(childCareView.toDiscuss())).doesNotContain("Private").contains("Abarrier", "Referral");
        assertThat(byName(childCareView).get("Ana Abarrier")).noneMatch(l -> l.contains("Mental health"));
        assertThat(childCareView.hiddenFromViewer()).isEqualTo(1);

        // The holding agency sees the sensitive barrier in its place (opened 50 days ago) and the family without a release.
        Agenda holder = conferences.meeting(caseManager.viewer(), conferenceA).agenda();
        assertThat(byName(holder).get("Ana Abarrier")).extracting(l -> l.replaceAll(" \\(.*", ""))
                .containsExactly("Open barrier: Transportation", "Open barrier: Mental health", "Open barrier: Child care");
        assertThat(order(holder.toDiscuss())).contains("Private").doesNotContain("Exited");
        assertThat(byName(holder).get("Ana Referral")).containsExactly(
                "Referral stalled: Mental health referral to Agenda Counseling: no answer in 10 days (sent "
                        + US.format(today.minusDays(10)) + ")",
                "Referral stalled: Child care referral to Agenda Child Care: no answer in 9 days (sent "
                        + US.format(today.minusDays(9)) + ")");
        assertThat(holder.hiddenFromViewer()).isZero();
    }

    @Test
    void theNextConferencesLiveAgendaBringsBackOpenActionItemsAndCountsNewsSinceTheLastConference() {
        UUID next = conferences.schedule(lead.viewer(), new Forms.ScheduleForm(today.plusDays(1), List.of(housing, childCare)));
        Agenda agenda = conferences.meeting(lead.viewer(), next).agenda();
        assertThat(agenda.frozen()).isFalse();
        assertThat(agenda.since()).isEqualTo(today);
        // The jobs started before A's day are no longer news; the action item set at A is back.
        assertThat(order(agenda.toDiscuss()))
                .containsExactly("Abarrier", "Acheckin", "Actionable", "Asubsidy", "Checkindue", "Mhnamed", "Referral");
        assertThat(order(agenda.nothingToDiscuss())).containsExactly("Betterjob", "Flexpaid", "Nothing");
        assertThat(byName(agenda).get("Ana Actionable")).containsExactly("Open action item: Call the landlord about the lease "
                + "(Test ag-housing, due " + US.format(today.plusDays(7)) + "; from the " + US.format(today) + " conference)");
        assertThat(byName(agenda).get("Ana Checkindue")).containsExactly(
                "Retention check-in due: 30-day retention check-in due " + US.format(today.plusDays(5)));
    }
}
