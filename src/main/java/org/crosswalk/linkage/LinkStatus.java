package org.crosswalk.linkage;

/** Where a candidate pair stands. A person's decision (REJECTED, UNLINKED, UNSURE, or LINKED by a user) is never changed by the matcher. */
public enum LinkStatus {
    LINKED, REVIEW, UNSURE, REJECTED, UNLINKED
}
