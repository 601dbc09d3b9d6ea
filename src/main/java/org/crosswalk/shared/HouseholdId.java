package org.crosswalk.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A household, as other modules hold it: by ID only. */
public record HouseholdId(@JsonValue UUID value) {

    public HouseholdId {
        Objects.requireNonNull(value, "value");
    }

    public static HouseholdId random() {
        return new HouseholdId(UUID.randomUUID());
    }

    /** Parses a path or API value; a malformed one is simply a household that does not exist. */
    public static HouseholdId parse(String text) {
        try {
            return new HouseholdId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordNotFound("household");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
