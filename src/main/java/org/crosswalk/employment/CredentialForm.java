package org.crosswalk.employment;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A credential a household member earned: a licence, certificate or diploma. */
public record CredentialForm(
        UUID memberId,
        @Size(max = 120, message = "At most 120 characters.") String name,
        @Size(max = 120, message = "At most 120 characters.") String issuer,
        LocalDate earnedOn) {

    static CredentialForm blank(UUID memberId) {
        return new CredentialForm(memberId, null, null, null);
    }
}
