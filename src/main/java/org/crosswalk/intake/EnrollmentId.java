package org.crosswalk.intake;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.crosswalk.shared.RecordNotFound;

/** An enrollment in a program. */
public record EnrollmentId(@JsonValue UUID value) {

    public EnrollmentId {
        Objects.requireNonNull(value, "value");
    }

    public static EnrollmentId random() {
        return new EnrollmentId(UUID.randomUUID());
    }

    /** A malformed path value is an enrollment that does not exist. */
    public static EnrollmentId parse(String text) {
        try {
            return new EnrollmentId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordNotFound("enrollment");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
