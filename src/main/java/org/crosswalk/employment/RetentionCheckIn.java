package org.crosswalk.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;

/**
 * A retention check-in: 30, 90, 180 or 365 calendar days after a job starts (start + N days, so a
 * job starting January 31 has its 30-day check-in on March 2, or March 1 in a leap year). It asks
 * whether the parent is still working, at any employer, and is answered once. It may be answered
 * up to {@value #EARLY_DAYS} days before it is due (caseworkers reach parents when they can), never
 * earlier; once its due date has passed unanswered it is overdue. A check-in stays open when the
 * job ends: the question is still whether the parent works.
 */
public record RetentionCheckIn(UUID id, UUID placementId, int daysAfterStart, LocalDate dueOn, Answer answer) {

    public static final List<Integer> DAYS_AFTER_START = List.of(30, 90, 180, 365);
    public static final int EARLY_DAYS = 7;
    static final Money HIGHEST_WAGE = new Money(200_00);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    public enum Status { UPCOMING, DUE, OVERDUE, ANSWERED }

    /** What the parent said. Without work, same employer, hours and wage are null. */
    public record Answer(LocalDate answeredOn, boolean stillEmployed, Boolean sameEmployer, BigDecimal hoursPerWeek,
                         Money hourlyWage, Money monthlyEarnings, String note, String answeredBy) {}

    static LocalDate dueOn(LocalDate startedOn, int daysAfterStart) {
        return startedOn.plusDays(daysAfterStart);
    }

    public LocalDate answerableFrom() {
        return dueOn.minusDays(EARLY_DAYS);
    }

    public Status status(LocalDate today) {
        if (answer != null) {
            return Status.ANSWERED;
        }
        if (today.isAfter(dueOn)) {
            return Status.OVERDUE;
        }
        return today.isBefore(answerableFrom()) ? Status.UPCOMING : Status.DUE;
    }

    public String label() {
        return daysAfterStart + "-day check-in";
    }

    /** The answer as it will be kept, or the first rule it breaks. */
    Answer checkedAnswer(CheckInForm form, LocalDate today) {
        if (answer != null) {
            throw new InvalidInput("answeredOn", "This check-in was already answered on " + US.format(answer.answeredOn())
                    + ". An answer is kept as given; record what changed as a new job or note.");
        }
        LocalDate on = form.answeredOn();
        if (on == null) {
            throw new InvalidInput("answeredOn", "Enter the date you spoke with the parent.");
        }
        if (on.isAfter(today)) {
            throw new InvalidInput("answeredOn", "The check-in date cannot be in the future.");
        }
        if (on.isBefore(answerableFrom())) {
            throw new InvalidInput("answeredOn", "This check-in is due " + US.format(dueOn) + "; it can be answered from "
                    + US.format(answerableFrom()) + " (" + EARLY_DAYS + " days early at most).");
        }
        if (form.stillEmployed() == null) {
            throw new InvalidInput("stillEmployed", "Say whether the parent is working now, at any employer.");
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (!form.stillEmployed()) {
            return new Answer(on, false, null, null, null, null, note, null);
        }
        if (form.sameEmployer() == null) {
            throw new InvalidInput("sameEmployer", "Say whether it is the same employer.");
        }
        BigDecimal hours = Dollars.hours(form.hoursPerWeek(), "hoursPerWeek");
        Money wage = Dollars.parse(form.hourlyWage(), "hourlyWage", "hourly wage", HIGHEST_WAGE);
        return new Answer(on, true, form.sameEmployer(), hours, wage, Earnings.monthly(wage, hours), note, null);
    }
}
