package org.crosswalk.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;

/**
 * A job a household member holds or held, what it means for the "new or better job" goal, and its
 * retention check-ins. {@code gainOverEnrollmentJob} is the monthly difference from the job held at
 * enrollment (null when there was none, or for that job itself).
 */
public record Placement(UUID id, UUID memberId, String memberName, Long employerId, String employerName,
                        String occupation, Money hourlyWage, BigDecimal hoursPerWeek, Money monthlyEarnings,
                        Schedule schedule, List<Benefit> benefits, LocalDate startedOn, LocalDate endedOn,
                        ReasonLeft reasonLeft, boolean heldAtEnrollment, JobKind kind, Money gainOverEnrollmentJob,
                        List<RetentionCheckIn> checkIns) {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    public boolean current() {
        return endedOn == null;
    }

    public String title() {
        return occupation + " at " + employerName;
    }

    /** The end as it will be kept, or the first rule it breaks. */
    static Ending checkedEnd(LocalDate startedOn, LocalDate alreadyEndedOn, EndPlacementForm form, LocalDate today) {
        if (alreadyEndedOn != null) {
            throw new InvalidInput("endedOn", "This job already ended on " + US.format(alreadyEndedOn) + ".");
        }
        if (form.endedOn() == null) {
            throw new InvalidInput("endedOn", "Enter the last day worked.");
        }
        if (form.endedOn().isBefore(startedOn)) {
            throw new InvalidInput("endedOn", "The last day worked cannot be before the job started (" + US.format(startedOn) + ").");
        }
        if (form.endedOn().isAfter(today)) {
            throw new InvalidInput("endedOn", "The last day worked cannot be in the future.");
        }
        if (form.reasonLeft() == null) {
            throw new InvalidInput("reasonLeft", "Choose why the job ended.");
        }
        return new Ending(form.endedOn(), form.reasonLeft());
    }

    record Ending(LocalDate endedOn, ReasonLeft reasonLeft) {}
}
