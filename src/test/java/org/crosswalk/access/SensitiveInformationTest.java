package org.crosswalk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sensitive information needs consent that covers it; reading the household is not enough. */
@CrosswalkIntegrationTest
class SensitiveInformationTest {

    @Autowired Fixtures fixtures;
    @Autowired HouseholdAccess access;
    @Autowired Consents consents;

    @Test
    void onlyTheHoldingAgencyAndConsentCoveringSensitiveInformationSeeIt() {
        long region = fixtures.region("Sensitive Region");
        long housing = fixtures.agency("Sensitive Housing", AgencyKind.HOUSING, region);
        long employment = fixtures.agency("Sensitive Employment", AgencyKind.EMPLOYMENT, region);
        long mentalHealth = fixtures.agency("Sensitive Mental Health", AgencyKind.MENTAL_HEALTH, region);
        StaffUser caseManager = fixtures.staff("sens-housing", Role.HOUSING_CASE_MANAGER, housing, null);
        StaffUser navigator = fixtures.staff("sens-navigator", Role.NAVIGATOR, employment, null);
        StaffUser clinician = fixtures.staff("sens-clinician", Role.PARTNER_STAFF, mentalHealth, null);
        StaffUser lead = fixtures.staff("sens-lead", Role.TEAM_LEAD, employment, region);
        HouseholdId family = fixtures.singleMother(caseManager, "Nadia", "Sensitive", false);
        LocalDate today = LocalDate.now();
        consents.record(caseManager.viewer(), family, new Consents.NewConsent(today, today.plusYears(1), Set.of(employment), false, false));
        consents.record(caseManager.viewer(), family, new Consents.NewConsent(today, today.plusYears(1), Set.of(mentalHealth), true, true));

        assertThat(access.maySeeSensitive(caseManager.viewer(), family)).as("holding agency").isTrue();
        assertThat(access.mayRead(navigator.viewer(), family)).as("navigator reads the family").isTrue();
        assertThat(access.maySeeSensitive(navigator.viewer(), family)).as("consent does not cover sensitive").isFalse();
        assertThat(access.maySeeSensitive(clinician.viewer(), family)).as("consent covers sensitive").isTrue();
        assertThat(access.maySeeSensitive(lead.viewer(), family)).as("team consent covers sensitive").isTrue();

        HouseholdId restricted = fixtures.singleMother(caseManager, "Dana", "Restricted", true);
        consents.record(caseManager.viewer(), restricted, new Consents.NewConsent(today, today.plusYears(1), Set.of(mentalHealth), true, true));
        assertThat(access.maySeeSensitive(clinician.viewer(), restricted)).as("DV-restricted never leaves its agency").isFalse();
        assertThat(access.maySeeSensitive(caseManager.viewer(), restricted)).isTrue();
    }
}
