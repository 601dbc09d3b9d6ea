package org.crosswalk.shared;

/** Someone else saved the same record since this user opened it. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String what) {
        super(what + " was changed by someone else since you opened it. Reload to see the latest version.");
    }
}
