package org.crosswalk.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;

/** A job as it will be recorded, checked field by field. */
record NewPlacement(UUID memberId, Long employerId, String employerName, String occupation, Money hourlyWage,
                    BigDecimal hoursPerWeek, Money monthlyEarnings, Schedule schedule, List<Benefit> benefits,
                    LocalDate startedOn, LocalDate endedOn, ReasonLeft reasonLeft, boolean heldAtEnrollment) {

    /** A job offer accepted for a start within this many days may be recorded ahead. */
    static final int DAYS_AHEAD = 60;
    static final LocalDate EARLIEST_START = LocalDate.of(1970, 1, 1);

    static NewPlacement checked(PlacementForm form, Set<UUID> household, LongFunction<Optional<String>> directory,
                                LocalDate today) {
        if (form.memberId() == null || !household.contains(form.memberId())) {
            throw new InvalidInput("memberId", "Choose who in this household has the job.");
        }
        String employerName;
        if (form.employerId() != null) {
            employerName = directory.apply(form.employerId()).orElseThrow(() -> new InvalidInput("employerId",
                    "Choose an employer from the directory, or type the employer's name."));
        } else if (form.employerName() != null && !form.employerName().isBlank()) {
            employerName = form.employerName().strip();
        } else {
            throw new InvalidInput("employerName", "Choose an employer from the directory or type its name.");
        }
        if (form.occupation() == null || form.occupation().isBlank()) {
            throw new InvalidInput("occupation", "Enter the job title, like Certified nursing assistant.");
        }
        Money wage = Dollars.parse(form.hourlyWage(), "hourlyWage", "hourly wage", RetentionCheckIn.HIGHEST_WAGE);
        BigDecimal hours = Dollars.hours(form.hoursPerWeek(), "hoursPerWeek");
        if (form.schedule() == null) {
            throw new InvalidInput("schedule", "Choose whether the schedule is regular or irregular.");
        }
        List<Benefit> benefits = form.benefits() == null ? List.of() : List.copyOf(Set.copyOf(form.benefits()));
        String benefitProblem = Benefit.problemWith(benefits);
        if (benefitProblem != null) {
            throw new InvalidInput("benefits", benefitProblem);
        }
        boolean held = Boolean.TRUE.equals(form.heldAtEnrollment());
        checkDates(form, held, today);
        return new NewPlacement(form.memberId(), form.employerId(), employerName, form.occupation().strip(), wage, hours,
                Earnings.monthly(wage, hours), form.schedule(), benefits.stream().sorted().toList(), form.startedOn(),
                form.endedOn(), form.endedOn() == null ? null : form.reasonLeft(), held);
    }

    private static void checkDates(PlacementForm form, boolean held, LocalDate today) {
        LocalDate start = form.startedOn();
        if (start == null) {
            throw new InvalidInput("startedOn", "Enter the first day of work.");
        }
        if (start.isBefore(EARLIEST_START)) {
            throw new InvalidInput("startedOn", "Check the year: a start before 1970 is not plausible.");
        }
        if (held && start.isAfter(today)) {
            throw new InvalidInput("startedOn", "A job held at enrollment has already started: the date cannot be in the future.");
        }
        if (start.isAfter(today.plusDays(DAYS_AHEAD))) {
            throw new InvalidInput("startedOn", "Record a job at most " + DAYS_AHEAD + " days before it starts.");
        }
        if (form.endedOn() == null) {
            if (form.reasonLeft() != null) {
                throw new InvalidInput("endedOn", "Enter the last day worked, or leave the reason empty for a current job.");
            }
            return;
        }
        if (form.endedOn().isBefore(start)) {
            throw new InvalidInput("endedOn", "The last day worked cannot be before the first.");
        }
        if (form.endedOn().isAfter(today)) {
            throw new InvalidInput("endedOn", "The last day worked cannot be in the future.");
        }
        if (form.reasonLeft() == null) {
            throw new InvalidInput("reasonLeft", "Choose why the job ended.");
        }
    }
}
