package org.crosswalk.linkage.matching;

/**
 * One person as a source holds them, before any cleaning. Every field may be blank. {@code dob} is
 * {@code yyyyMMdd}; {@code ssn} is the full number or only its last four digits, digits only or with
 * dashes; {@code sex} is a single letter ({@code F}, {@code M}, ...).
 */
public record PersonRecord(String id, String givenName, String surname, String sex, String dob, String ssn,
        String streetNumber, String street, String locality, String suburb, String postcode, String state) {

    public PersonRecord {
        if (id == null) throw new IllegalArgumentException("a record needs an id");
    }
}
