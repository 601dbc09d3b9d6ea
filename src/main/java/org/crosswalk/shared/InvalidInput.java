package org.crosswalk.shared;

/**
 * A rule about the input that only the domain can check (a second head of household, a username
 * already taken). Names the form field so the page can show the message beside it.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
