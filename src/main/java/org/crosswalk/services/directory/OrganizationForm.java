package org.crosswalk.services.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organization's directory entry. Only administrators set {@code agencyId}, which routes referrals. */
public record OrganizationForm(
        @NotBlank(message = "Enter the organization's name.") @Size(max = 120, message = "At most 120 characters.") String name,
        @Size(max = 120, message = "At most 120 characters.") String alternateName,
        @NotBlank(message = "Describe the organization in a sentence or two.") @Size(max = 2000, message = "At most 2,000 characters.") String description,
        @Email(message = "That is not an email address.") @Size(max = 200, message = "At most 200 characters.") String email,
        @Pattern(regexp = "^$|^https?://\\S+$", message = "A web address starts with https:// or http://.")
        @Size(max = 300, message = "At most 300 characters.") String website,
        Long agencyId,
        Integer version) {

    static OrganizationForm blank() {
        return new OrganizationForm(null, null, null, null, null, null, null);
    }

    static OrganizationForm of(Directory.OrganizationSummary o) {
        return new OrganizationForm(o.name(), o.alternateName(), o.description(), o.email(), o.website(), o.agencyId(), o.version());
    }
}
