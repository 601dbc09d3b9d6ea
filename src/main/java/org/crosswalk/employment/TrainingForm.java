package org.crosswalk.employment;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A training program a household member enrolled in; {@code endsOn} is the planned or actual end. */
public record TrainingForm(
        UUID memberId,
        @Size(max = 120, message = "At most 120 characters.") String program,
        @Size(max = 120, message = "At most 120 characters.") String provider,
        LocalDate startedOn,
        LocalDate endsOn,
        TrainingStatus status) {

    static TrainingForm blank(UUID memberId) {
        return new TrainingForm(memberId, null, null, null, null, TrainingStatus.ENROLLED);
    }
}
