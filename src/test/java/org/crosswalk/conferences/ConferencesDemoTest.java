package org.crosswalk.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's Greater Hartford conferences: one held two weeks ago, one in two weeks, and nina's open action item. */
@CrosswalkIntegrationTest
class ConferencesDemoTest {

    static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void taraSeesLastConferencesRecordAndTheNextOnesLiveAgendaAndNinaHasHerActionItem() throws Exception {
        LocalDate today = LocalDate.now();
        String upcoming = page("tara", "/conferences");
        assertThat(upcoming).contains(US.format(today.plusDays(14))).contains("Greater Hartford").contains("Scheduled");
        String past = page("tara", "/conferences?when=past");
        assertThat(past).contains(US.format(today.minusDays(14))).contains("Held");

        String held = page("tara", "/conferences/" + conferenceOn(past));
        assertThat(held).contains("Agenda frozen when the meeting started").contains("Nina Alvarez").contains("Kevin O&#39;Brien")
                .contains("Little Oaks slot").contains("Confirm the Little Oaks child care slot with the parent")
                .contains("Families to discuss").contains("Nothing to discuss");

        assertThat(page("nina", "/today")).contains("Confirm the Little Oaks child care slot with the parent");
        long started = System.nanoTime();
        String next = page("tara", "/conferences/" + conferenceOn(upcoming));
        System.out.printf("Live agenda of Greater Hartford's next conference, as tara: %d ms (%d families to discuss)%n",
                (System.nanoTime() - started) / 1_000_000, next.split("class=\"agenda-family\"").length - 1);
        assertThat(next).contains("it stays live until the meeting starts").contains("Open action item")
                .contains("Confirm the Little Oaks child care slot with the parent");
    }

    private static String conferenceOn(String list) {
        var match = java.util.regex.Pattern.compile("href=\"/conferences/([0-9a-f-]{36})\"").matcher(list);
        assertThat(match.find()).as("a conference in the list").isTrue();
        return match.group(1);
    }
}
