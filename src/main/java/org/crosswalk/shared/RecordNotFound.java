package org.crosswalk.shared;

/**
 * A record that does not exist, or that the current user may not see: both answer 404 so that
 * nobody can learn that a household exists by probing for it.
 */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String what) {
        super(what + " not found");
    }
}
