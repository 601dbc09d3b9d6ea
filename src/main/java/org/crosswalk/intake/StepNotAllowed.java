package org.crosswalk.intake;

/**
 * A step the referral or enrollment is not ready for, or past: an assessment before any contact, an
 * enrollment without a decision to enroll, a second exit. Pages show it above the form; the API
 * answers 409, since it is about the record's state rather than one field.
 */
class StepNotAllowed extends RuntimeException {

    StepNotAllowed(String message) {
        super(message);
    }
}
