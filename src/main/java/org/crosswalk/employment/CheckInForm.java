package org.crosswalk.employment;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A parent's answer at a retention check-in. Hours and wage only when still working. */
public record CheckInForm(
        LocalDate answeredOn,
        Boolean stillEmployed,
        Boolean sameEmployer,
        @Size(max = 10, message = "Enter hours a week as a number, like 32.") String hoursPerWeek,
        @Size(max = 15, message = "Enter the hourly wage in dollars, like 17.50.") String hourlyWage,
        @Size(max = 2000, message = "At most 2,000 characters.") String note) {

    static CheckInForm blank(LocalDate today) {
        return new CheckInForm(today, null, null, null, null, null);
    }
}
