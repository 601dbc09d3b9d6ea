package org.crosswalk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.crosswalk.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * What a new user sees after the first start: the demo cohort is a living system, with families at
 * every stage on the navigator's lists and work waiting on her Today page and in the partner's inbox.
 */
class DemoWalkBrowserTest extends BrowserTest {

    void signInToTheDemo(String username) {
        page.navigate(url("/login"));
        assertThat(page.locator(".demo-logins")).containsText(username);
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(DemoData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    @Test
    void theDemoNavigatorHasACaseloadAndWorkWaiting() {
        signInToTheDemo("nina");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My families"))).isVisible();
        assertThat(page.locator("#results tbody tr").first()).isVisible();
        screenshot("demo-01-nina-my-families");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Today").setExact(true)).click();
        assertThat(page.locator("main table tbody tr").first()).isVisible();
        screenshot("demo-02-nina-today");

        page.navigate(url("/households/mine"));
        page.locator("#results tbody tr a").first().click();
        assertThat(page.locator("#timeline li").first()).isVisible();
        screenshot("demo-03-a-demo-family");
    }

    @Test
    void theDemoPartnerHasReferralsInHerInbox() {
        signInToTheDemo("paula");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referral inbox")).click();
        assertThat(page.locator("main table tbody tr").first()).isVisible();
        screenshot("demo-04-paula-inbox");
    }

    @Test
    void theDemoAnalystSeesAggregatesOnly() {
        signInToTheDemo("sam");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who we serve"))).isVisible();
        assertThat(page.locator("main")).containsText("Greater Hartford");
        screenshot("demo-05-sam-overview");
    }
}
