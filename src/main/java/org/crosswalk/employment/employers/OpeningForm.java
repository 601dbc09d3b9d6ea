package org.crosswalk.employment.employers;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.crosswalk.employment.Schedule;

/** A job an employer is hiring for. The top of the wage range may be left empty for a single wage. */
public record OpeningForm(
        @Size(max = 120, message = "At most 120 characters.") String title,
        @Size(max = 15, message = "Enter dollars an hour, like 16.50.") String wageMin,
        @Size(max = 15, message = "Enter dollars an hour, like 19.00.") String wageMax,
        @Size(max = 10, message = "Enter hours a week as a number, like 32.") String hoursPerWeek,
        Schedule schedule,
        LocalDate postedOn) {

    static OpeningForm blank(LocalDate today) {
        return new OpeningForm(null, null, null, null, Schedule.REGULAR, today);
    }
}
