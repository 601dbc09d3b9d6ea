package org.crosswalk.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.RecordNotFound;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Link, not merge, in the application: the same mother registered by a housing agency and by an
 * employment provider (nickname-like first name, a double surname dropped, day and month swapped,
 * moved house) is proposed; a caseworker who may read both accepts; an unlinked or rejected pair is
 * never proposed again; automatic linking can be switched off.
 */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinkageTest {

    @Autowired Fixtures fixtures;
    @Autowired LinkageFamilies families;
    @Autowired Linkage linkage;

    StaffUser housingWorker, navigator, partner;
    HouseholdId atHousing, atEmployment, stranger;
    UUID mariaAtHousing, mariaAtEmployment, keisha;

    @BeforeAll
    void twoAgenciesHoldTheSameMother() {
        long region = fixtures.region("Linkage Region");
        long housing = fixtures.agency("Linkage Housing", AgencyKind.HOUSING, region);
        long employment = fixtures.agency("Linkage Employment", AgencyKind.EMPLOYMENT, region);
        long childCare = fixtures.agency("Linkage Child Care", AgencyKind.CHILD_CARE, region);
        housingWorker = fixtures.staff("lk-housing", Role.HOUSING_CASE_MANAGER, housing, null);
        navigator = fixtures.staff("lk-navigator", Role.NAVIGATOR, employment, null);
        partner = fixtures.staff("lk-partner", Role.PARTNER_STAFF, childCare, null);
        atHousing = families.mother(housingWorker, "Mariela", "Quintanilla-Obregon", LocalDate.of(1988, 3, 7), "231-54-7689",
                "45 Oak Ave", "06105");
        atEmployment = families.mother(navigator, "Mariel", "Quintanilla", LocalDate.of(1988, 7, 3), "231-54-7689",
                "9 Park St", "06114");
        stranger = families.mother(navigator, "Keisha", "Brownlee", LocalDate.of(1975, 1, 21), "412-73-9051", "9 Park St", "06114");
        // the employment provider shares the family with the housing agency; not the other way round
        fixtures.consent(navigator, atEmployment, LocalDate.now().minusDays(5), LocalDate.now().plusDays(300), Set.of(housing), false);
        fixtures.consent(navigator, atEmployment, LocalDate.now().minusDays(5), LocalDate.now().plusDays(300), Set.of(childCare), false);
        mariaAtHousing = families.headOf(atHousing);
        mariaAtEmployment = families.headOf(atEmployment);
        keisha = families.headOf(stranger);
        families.settings(0.9, 0.2, false); // every proposed pair waits for a person
        linkage.runBatchNow("test");
    }

    @AfterAll
    void restoreSettings() {
        families.settings(0.9, 0.2, true);
    }

    @Test
    @Order(1)
    void proposesTheSameMotherForReviewAndNotTheStranger() {
        assertThat(families.pair(mariaAtHousing, mariaAtEmployment)).isPresent();
        long pair = families.pair(mariaAtHousing, mariaAtEmployment).orElseThrow();
        assertThat(families.status(pair)).as("automatic linking is off").isEqualTo("REVIEW");
        assertThat(families.pair(mariaAtEmployment, keisha)).as("same address, another person").isEmpty();
        assertThat(families.pair(mariaAtHousing, keisha)).isEmpty();
    }

    @Test
    @Order(2)
    void onlyWhoMayReadBothFamiliesSeesThePair() {
        long pair = families.pair(mariaAtHousing, mariaAtEmployment).orElseThrow();
        var queue = linkage.reviewQueue(housingWorker.viewer(), 0);
        var shown = queue.items().stream().filter(p -> p.id() == pair).findFirst();
        assertThat(shown).as("the housing worker reads both").isPresent();
        assertThat(shown.get().fields()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("date of birth");
            assertThat(f.level()).isEqualTo("day/month swap or year ±1");
            assertThat(f.verdict()).isEqualTo("partial");
        });
        assertThat(linkage.reviewQueue(navigator.viewer(), 0).items()).as("the navigator cannot read the housing agency's family")
                .noneMatch(p -> p.id() == pair);
        assertThatThrownBy(() -> linkage.decide(navigator.viewer(), pair, Linkage.Decision.ACCEPT)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> linkage.reviewQueue(partner.viewer(), 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Order(3)
    void acceptingLinksAndAuditsBothFamilies() {
        long pair = families.pair(mariaAtHousing, mariaAtEmployment).orElseThrow();
        linkage.decide(housingWorker.viewer(), pair, Linkage.Decision.ACCEPT);
        assertThat(families.status(pair)).isEqualTo("LINKED");
        assertThat(families.audits(atHousing, "LINK_ACCEPTED")).isEqualTo(1);
        assertThat(families.audits(atEmployment, "LINK_ACCEPTED")).isEqualTo(1);
        var page = linkage.household(housingWorker.viewer(), atHousing);
        assertThat(page.persons().get(mariaAtHousing)).extracting(Linkage.Side::name).containsExactly("Mariel Quintanilla");
    }

    @Test
    @Order(4)
    void unlinkingSplitsThePersonAndTheMatcherNeverRelinksIt() {
        long pair = families.pair(mariaAtHousing, mariaAtEmployment).orElseThrow();
        linkage.unlink(housingWorker.viewer(), pair);
        assertThat(families.status(pair)).isEqualTo("UNLINKED");
        assertThat(linkage.household(housingWorker.viewer(), atHousing).persons().get(mariaAtHousing)).isEmpty();
        families.settings(0.2, 0.1, false); // the matcher scores it far above both thresholds
        linkage.runBatchNow("test");
        assertThat(families.status(pair)).as("neither re-linked nor queued again").isEqualTo("UNLINKED");
        assertThat(families.audits(atHousing, "LINK_UNLINKED")).isEqualTo(1);
    }

    @Test
    @Order(5)
    void aMemberRegisteredLaterIsMatchedOnArrival() {
        HouseholdId again = families.mother(housingWorker, "Keisha", "Brownlee", LocalDate.of(1975, 1, 21), "412-73-9051",
                "300 Main St", "06120");
        linkage.matchArrivals(again); // what the listener does after the registration commits
        assertThat(families.pair(families.headOf(again), keisha)).as("same name, birth date and SSN, moved").isPresent();
    }

    @Test
    @Order(6)
    void thresholdsAreCheckedBesideTheirField() {
        long leadRegion = fixtures.region("Linkage Lead Region");
        StaffUser lead = fixtures.staff("lk-lead", Role.TEAM_LEAD, fixtures.agency("Linkage Lead Agency", AgencyKind.EMPLOYMENT, leadRegion), leadRegion);
        assertThatThrownBy(() -> linkage.updateSettings(lead.viewer(), new Linkage.SettingsForm("0.5", "0.8", true)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("reviewAbove");
        assertThatThrownBy(() -> linkage.updateSettings(lead.viewer(), new Linkage.SettingsForm("1.5", "0.2", true)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("autoLinkAbove");
        assertThatThrownBy(() -> linkage.updateSettings(navigator.viewer(), new Linkage.SettingsForm("0.9", "0.2", true)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
