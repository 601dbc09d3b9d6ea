package org.crosswalk.families;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A new family: its head of household first, then where they live. Members are added after. */
public record NewFamilyForm(@Valid @NotNull PersonForm head, @Valid @NotNull HouseholdForm household) {

    static NewFamilyForm blank() {
        return new NewFamilyForm(PersonForm.blankHead(), HouseholdForm.blank());
    }
}
