package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.HouseholdForm;
import org.crosswalk.families.Households;
import org.crosswalk.families.NewFamilyForm;
import org.crosswalk.families.PersonForm;
import org.crosswalk.linkage.Linkage;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team lead runs matching and watches its progress; a housing case manager reviews the pair the
 * matcher was unsure of (the same mother registered by the housing agency and by the employment
 * provider, day and month swapped, double surname dropped, moved), sees which fields agree, links
 * them, sees the linked record on the family's page, and unlinks it again.
 */
class LinkageBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired Linkage linkage;
    @Autowired JdbcClient jdbc;
    HouseholdId atHousing;

    @BeforeAll
    void theSameMotherAtTwoAgencies() {
        long region = fixtures.region("Browser Linkage Region");
        long housing = fixtures.agency("Browser Linkage Housing", AgencyKind.HOUSING, region);
        long employment = fixtures.agency("Browser Linkage Jobs", AgencyKind.EMPLOYMENT, region);
        StaffUser caseManager = fixtures.staff("bt-link-housing", Role.HOUSING_CASE_MANAGER, housing, null);
        StaffUser navigator = fixtures.staff("bt-link-navigator", Role.NAVIGATOR, employment, null);
        fixtures.staff("bt-link-lead", Role.TEAM_LEAD, employment, region);
        atHousing = register(caseManager, "Guadalupe", "Castellanos-Mejia", LocalDate.of(1986, 4, 9), "538-21-4470", "77 Wethersfield Ave", "06114");
        HouseholdId atEmployment = register(navigator, "Lupe", "Castellanos", LocalDate.of(1986, 9, 4), "538-21-4470", "15 Capitol Ave", "06106");
        fixtures.consent(navigator, atEmployment, LocalDate.now().minusDays(2), LocalDate.now().plusDays(300), Set.of(housing), true);
        jdbc.sql("update linkage.settings set automatic = false").update();
        linkage.runBatchNow("test");
    }

    @AfterAll
    void automaticAgain() {
        jdbc.sql("update linkage.settings set automatic = true, auto_link_above = 0.9, review_above = 0.2").update();
    }

    private HouseholdId register(StaffUser by, String first, String last, LocalDate born, String ssn, String street, String zip) {
        PersonForm head = new PersonForm(first, null, last, born, Relationship.SELF, List.of(HudRace.WHITE), Sex.FEMALE, YesNo.NO,
                "Spanish", null, ssn, false, null);
        return households.register(by.viewer(), new NewFamilyForm(head,
                new HouseholdForm(street, null, "Hartford", "CT", zip, "900", "0", false, null, null)));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void reviewLinkAndUnlink() {
        signIn("bt-link-lead");
        page.navigate(url("/linkage"));
        page.getByRole(AriaRole.BUTTON, named("Run matching now")).click();
        assertThat(page.locator(".run").first()).containsText("DONE", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
        screenshot("linkage-01-run-done");
        signOut();

        signIn("bt-link-housing");
        page.navigate(url("/linkage"));
        screenshot("linkage-02-overview");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Review queue"))).click();
        var pair = page.locator("article.pair", new Page.LocatorOptions().setHasText("Lupe Castellanos"));
        assertThat(pair).containsText("Guadalupe Castellanos-Mejia");
        assertThat(pair.locator("tr.v-partial", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("date of birth")))
                .containsText("day/month swap");
        assertThat(pair.locator("tr.v-agree", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("SSN"))).containsText("***-**-4470");
        screenshot("linkage-03-review-queue");
        atPhoneWidth();
        page.reload();
        screenshot("linkage-04-review-queue-phone");
        page.setViewportSize(1280, 900);

        page.locator("article.pair", new Page.LocatorOptions().setHasText("Lupe Castellanos"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Same person: link")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Linked");
        screenshot("linkage-05-linked");

        page.navigate(url("/households/" + atHousing + "/linkage"));
        assertThat(page.locator("main")).containsText("Lupe Castellanos");
        screenshot("linkage-06-household-linked-records");
        page.getByRole(AriaRole.BUTTON, named("Unlink")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("will not link these two records again");
        assertThat(page.locator("main")).containsText("No linked record.");
        screenshot("linkage-07-unlinked");
    }
}
