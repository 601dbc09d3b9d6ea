package org.crosswalk.plans.barriers;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A barrier to record. {@code otherText} names it when the kind is OTHER; {@code ownerAgencyId}
 * defaults to the viewer's agency and {@code openedOn} to today.
 */
public record BarrierForm(BarrierKind kind,
                          @Size(max = 120, message = "Keep it under 120 characters.") String otherText,
                          Severity severity, Long ownerAgencyId, LocalDate openedOn,
                          @Size(max = 1000, message = "Keep it under 1,000 characters.") String details) {

    static BarrierForm blank(Long agencyId, LocalDate today) {
        return new BarrierForm(null, null, Severity.MEDIUM, agencyId, today, null);
    }

    /** How a barrier was solved, and when. */
    public record Resolution(LocalDate resolvedOn,
                             @Size(max = 1000, message = "Keep it under 1,000 characters.") String resolution) {}

    /** Why a solved barrier is open again. */
    public record Reopening(@Size(max = 1000, message = "Keep it under 1,000 characters.") String reason) {}
}
