package org.crosswalk.conferences;

/**
 * A change refused because of where the conference stands: not started yet, or over (a past
 * conference is a read-only record). Answered 409 with the message on the page.
 */
class ConferenceClosed extends RuntimeException {

    ConferenceClosed(String message) {
        super(message);
    }
}
