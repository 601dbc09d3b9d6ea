package org.crosswalk.families;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;

/**
 * One person in a household, as a form or an API body. A blank SSN on an edit keeps the one on
 * file; {@code removeSsn} clears it.
 */
public record PersonForm(
        @NotBlank(message = "Enter a first name.") @Size(max = 80, message = "At most 80 characters.") String firstName,
        @Size(max = 80, message = "At most 80 characters.") String middleName,
        @NotBlank(message = "Enter a last name.") @Size(max = 80, message = "At most 80 characters.") String lastName,
        @PastOrPresent(message = "A birth date cannot be in the future.") LocalDate birthDate,
        Relationship relationship,
        List<HudRace> race,
        @NotNull(message = "Choose an answer.") Sex sex,
        @NotNull(message = "Choose an answer.") YesNo veteranStatus,
        @Size(max = 40, message = "At most 40 characters.") String preferredLanguage,
        @Size(max = 30, message = "At most 30 characters.") String phone,
        @Size(max = 20, message = "At most 20 characters.") String ssn,
        Boolean removeSsn,
        Integer version) {

    static PersonForm blankHead() {
        return new PersonForm(null, null, null, null, Relationship.SELF, List.of(), Sex.FEMALE, YesNo.NO,
                "English", null, null, false, null);
    }

    static PersonForm blankMember() {
        return new PersonForm(null, null, null, null, Relationship.CHILD, List.of(), Sex.NOT_COLLECTED,
                YesNo.NOT_COLLECTED, null, null, null, false, null);
    }
}
