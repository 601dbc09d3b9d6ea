package org.crosswalk.intake;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.crosswalk.shared.RecordNotFound;

/** A referral to a program. */
public record ReferralId(@JsonValue UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    /** A malformed path value is a referral that does not exist. */
    public static ReferralId parse(String text) {
        try {
            return new ReferralId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordNotFound("referral");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
