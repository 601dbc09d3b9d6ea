package org.crosswalk.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** Check-ins fall on start + 30, 90, 180 and 365 calendar days; answered once, at most 7 days early. */
class RetentionCheckInTest {

    private static List<LocalDate> dueDates(LocalDate start) {
        return RetentionCheckIn.DAYS_AFTER_START.stream().map(d -> RetentionCheckIn.dueOn(start, d)).toList();
    }

    @Test
    void aJobStartingJanuary31InAnOrdinaryYear() {
        // Jan 31 2027 + 30 = Mar 2 (February has 28 days); + 90 = May 1; + 180 = Jul 30; + 365 = Jan 31 2028
        assertThat(dueDates(LocalDate.of(2027, 1, 31))).containsExactly(LocalDate.of(2027, 3, 2),
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 7, 30), LocalDate.of(2028, 1, 31));
    }

    @Test
    void aJobStartingJanuary31InALeapYear() {
        // Jan 31 2028 + 30 = Mar 1 (Feb 29 counts); + 90 = Apr 30; + 180 = Jul 29; + 365 = Jan 30 2029
        assertThat(dueDates(LocalDate.of(2028, 1, 31))).containsExactly(LocalDate.of(2028, 3, 1),
                LocalDate.of(2028, 4, 30), LocalDate.of(2028, 7, 29), LocalDate.of(2029, 1, 30));
    }

    @Test
    void theYearCheckInCanFallOnLeapDay() {
        // Mar 1 2027 to Mar 1 2028 is 366 days, so + 365 is Feb 29 2028
        assertThat(RetentionCheckIn.dueOn(LocalDate.of(2027, 3, 1), 365)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    private static RetentionCheckIn thirtyDay(RetentionCheckIn.Answer answer) {
        return new RetentionCheckIn(UUID.randomUUID(), UUID.randomUUID(), 30, LocalDate.of(2027, 3, 2), answer);
    }

    @Test
    void upcomingThenDueFromSevenDaysEarlyThenOverdueTheDayAfter() {
        RetentionCheckIn c = thirtyDay(null);
        assertThat(c.answerableFrom()).isEqualTo(LocalDate.of(2027, 2, 23));
        assertThat(c.status(LocalDate.of(2027, 2, 22))).isEqualTo(RetentionCheckIn.Status.UPCOMING);
        assertThat(c.status(LocalDate.of(2027, 2, 23))).isEqualTo(RetentionCheckIn.Status.DUE);
        assertThat(c.status(LocalDate.of(2027, 3, 2))).isEqualTo(RetentionCheckIn.Status.DUE);
        assertThat(c.status(LocalDate.of(2027, 3, 3))).isEqualTo(RetentionCheckIn.Status.OVERDUE);
    }

    private static CheckInForm working(LocalDate on) {
        return new CheckInForm(on, true, true, "32", "17.50", null);
    }

    @Test
    void answersSevenDaysEarlyButNotEight() {
        RetentionCheckIn c = thirtyDay(null);
        assertThatThrownBy(() -> c.checkedAnswer(working(LocalDate.of(2027, 2, 22)), LocalDate.of(2027, 2, 22)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("from 02/23/2027")
                .extracting("field").isEqualTo("answeredOn");
        var answer = c.checkedAnswer(working(LocalDate.of(2027, 2, 23)), LocalDate.of(2027, 2, 23));
        assertThat(answer.stillEmployed()).isTrue();
        // 1750 × 32 × 52 / 12 = 242,666.67 → 242,667
        assertThat(answer.monthlyEarnings().cents()).isEqualTo(242_667);
    }

    @Test
    void refusesASecondAnswer() {
        RetentionCheckIn answered = thirtyDay(new RetentionCheckIn.Answer(LocalDate.of(2027, 3, 1), false, null, null,
                null, null, null, "Nina"));
        assertThatThrownBy(() -> answered.checkedAnswer(working(LocalDate.of(2027, 3, 3)), LocalDate.of(2027, 3, 3)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already answered on 03/01/2027");
    }

    @Test
    void refusesADateInTheFutureAndAsksForTheMissingAnswers() {
        RetentionCheckIn c = thirtyDay(null);
        LocalDate today = LocalDate.of(2027, 3, 2);
        assertThatThrownBy(() -> c.checkedAnswer(working(today.plusDays(1)), today)).hasMessageContaining("future");
        assertThatThrownBy(() -> c.checkedAnswer(new CheckInForm(today, null, null, null, null, null), today))
                .extracting("field").isEqualTo("stillEmployed");
        assertThatThrownBy(() -> c.checkedAnswer(new CheckInForm(today, true, null, "30", "16", null), today))
                .extracting("field").isEqualTo("sameEmployer");
        assertThatThrownBy(() -> c.checkedAnswer(new CheckInForm(today, true, false, "", "16", null), today))
                .extracting("field").isEqualTo("hoursPerWeek");
        assertThatThrownBy(() -> c.checkedAnswer(new CheckInForm(today, true, false, "30", "0", null), today))
                .extracting("field").isEqualTo("hourlyWage");
    }

    @Test
    void notWorkingNeedsNoHoursOrWage() {
        var answer = thirtyDay(null).checkedAnswer(new CheckInForm(LocalDate.of(2027, 3, 5), false, true, "30", "x", " "),
                LocalDate.of(2027, 3, 5));
        assertThat(answer.stillEmployed()).isFalse();
        assertThat(answer.sameEmployer()).isNull();
        assertThat(answer.hourlyWage()).isNull();
        assertThat(answer.note()).isNull();
    }
}
