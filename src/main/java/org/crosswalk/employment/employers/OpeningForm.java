package org.crosswalk.employment.employers;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.crosswalk.employment.Dollars;
import org.crosswalk.employment.Schedule;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;

/** A job an employer is hiring for. The top of the wage range may be left empty for a single wage. */
public record OpeningForm(
        @Size(max = 120, message = "At most 120 characters.") String title,
        @Size(max = 15, message = "Enter dollars an hour, like 16.50.") String wageMin,
        @Size(max = 15, message = "Enter dollars an hour, like 19.00.") String wageMax,
        @Size(max = 10, message = "Enter hours a week as a number, like 32.") String hoursPerWeek,
        Schedule schedule,
        LocalDate postedOn) {

    /** An opening as it will be posted. */
    record Checked(String title, Money wageMin, Money wageMax, BigDecimal hoursPerWeek, Schedule schedule, LocalDate postedOn) {}

    /** The opening as it will be posted, or the first rule it breaks; a range's top defaults to its start. */
    Checked checked(Money highestWage, LocalDate today) {
        if (title == null || title.isBlank()) {
            throw new InvalidInput("title", "Enter the job title, like Warehouse associate.");
        }
        Money min = Dollars.parse(wageMin, "wageMin", "starting wage", highestWage);
        Money max = wageMax == null || wageMax.isBlank() ? min : Dollars.parse(wageMax, "wageMax", "top of the wage range", highestWage);
        if (max.compareTo(min) < 0) {
            throw new InvalidInput("wageMax", "The top of the range cannot be below the starting wage.");
        }
        BigDecimal hours = hoursPerWeek == null || hoursPerWeek.isBlank() ? null : Dollars.hours(hoursPerWeek, "hoursPerWeek");
        if (schedule == null) {
            throw new InvalidInput("schedule", "Choose whether the schedule is regular or irregular.");
        }
        LocalDate posted = postedOn == null ? today : postedOn;
        if (posted.isAfter(today)) {
            throw new InvalidInput("postedOn", "The posting date cannot be in the future.");
        }
        return new Checked(title.strip(), min, max, hours, schedule, posted);
    }

    static OpeningForm blank(LocalDate today) {
        return new OpeningForm(null, null, null, null, Schedule.REGULAR, today);
    }
}
