package org.crosswalk.services.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.crosswalk.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** Hours and languages as the directory writes and shows them. */
class WeeklyHoursTest {

    @Test
    void hoursReadTheWayAFrontDeskSaysThem() {
        var schoolDay = new WeeklyHours(null, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 30),
                LocalTime.of(14, 30), null);
        assertThat(schoolDay.byday()).isEqualTo("MO,TU,WE,TH,FR");
        assertThat(schoolDay.daysLabel()).isEqualTo("Mon–Fri");
        assertThat(schoolDay.hoursLabel()).isEqualTo("9:30 am – 2:30 pm");
        var evenings = new WeeklyHours(null, WeeklyHours.parseByday("TH,TU"), LocalTime.of(17, 0), LocalTime.of(20, 0), null);
        assertThat(evenings.daysLabel()).isEqualTo("Tue, Thu");
        assertThat(evenings.byday()).isEqualTo("TU,TH");
    }

    @Test
    void languagesGetTheirIsoCodesWhateverTheCapitals() {
        assertThat(LanguageNames.parse("english, SPANISH; Haitian Creole, spanish", "languages"))
                .extracting(Directory.Language::name, Directory.Language::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("English", "en"),
                        org.assertj.core.groups.Tuple.tuple("SPANISH", "es"),
                        org.assertj.core.groups.Tuple.tuple("Haitian Creole", "ht"));
        assertThatThrownBy(() -> LanguageNames.parse("English; <script>", "languages"))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("languages");
        assertThat(LanguageNames.parse(null, "languages")).isEmpty();
    }

    @Test
    void aScheduleRowNeedsDaysAndAClosingTimeAfterTheOpening() {
        ServiceForm form = new ServiceForm("Infant care", null, "Care", ServiceCategory.CHILD_CARE, ServiceStatus.ACTIVE,
                null, null, null, 3, 1, null, null, null, "English", List.of(), List.of(), null);
        assertThatThrownBy(() -> ServiceRules.check(form, List.of()))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("maximumAge");
        ServiceForm noDays = withRow(new ServiceForm.ScheduleRow(List.of(), LocalTime.of(9, 0), LocalTime.of(12, 0), null));
        assertThatThrownBy(() -> ServiceRules.check(noDays, List.of()))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("schedules[1].days");
        ServiceForm backwards = withRow(new ServiceForm.ScheduleRow(List.of(DayOfWeek.MONDAY), LocalTime.of(14, 0), LocalTime.of(9, 0), null));
        assertThatThrownBy(() -> ServiceRules.check(backwards, List.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("after the opening")
                .extracting("field").isEqualTo("schedules[1].closesAt");
        ServiceForm fine = withRow(new ServiceForm.ScheduleRow(List.of(DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), "Saturdays"));
        assertThat(ServiceRules.check(fine, List.of()).schedules()).singleElement()
                .satisfies(h -> assertThat(h.byday()).isEqualTo("SA"));
    }

    private static ServiceForm withRow(ServiceForm.ScheduleRow row) {
        return new ServiceForm("Infant care", null, "Care", ServiceCategory.CHILD_CARE, ServiceStatus.ACTIVE, null, null,
                null, null, null, null, null, null, "English", List.of(),
                java.util.Arrays.asList(new ServiceForm.ScheduleRow(List.of(), null, null, ""), row), null);
    }
}
