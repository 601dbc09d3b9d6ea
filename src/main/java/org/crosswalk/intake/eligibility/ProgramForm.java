package org.crosswalk.intake.eligibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A program's name, the region whose team runs it, and whether it takes referrals now. */
public record ProgramForm(@NotBlank(message = "Enter the program's name.") @Size(max = 120, message = "At most 120 characters.") String name,
                          @NotNull(message = "Choose the region whose team runs the program.") Long regionId,
                          Boolean active,
                          Boolean standardRules) {

    /** An unticked box sends nothing: read a missing answer as no. */
    public boolean takesReferrals() {
        return Boolean.TRUE.equals(active);
    }

    public boolean startsWithStandardRules() {
        return Boolean.TRUE.equals(standardRules);
    }

    public static ProgramForm blank() {
        return new ProgramForm(null, null, true, true);
    }
}
