package org.crosswalk.employment;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A job for a household member: the employer chosen from the directory ({@code employerId}) or
 * typed ({@code employerName}). Give an end date and reason only when recording a job that ended.
 */
public record PlacementForm(
        UUID memberId,
        Long employerId,
        @Size(max = 120, message = "At most 120 characters.") String employerName,
        @Size(max = 120, message = "At most 120 characters.") String occupation,
        @Size(max = 15, message = "Enter the hourly wage in dollars, like 17.50.") String hourlyWage,
        @Size(max = 10, message = "Enter hours a week as a number, like 32.") String hoursPerWeek,
        Schedule schedule,
        List<Benefit> benefits,
        LocalDate startedOn,
        LocalDate endedOn,
        ReasonLeft reasonLeft,
        Boolean heldAtEnrollment) {

    static PlacementForm blank(UUID memberId) {
        return new PlacementForm(memberId, null, null, null, null, null, Schedule.REGULAR, List.of(), null, null, null, false);
    }
}
