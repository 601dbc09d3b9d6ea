package org.crosswalk.families;

import java.time.OffsetDateTime;

/**
 * One thing that happened to a household, for its timeline: a referral sent, a barrier resolved, a
 * job started. {@code link} is a path within Crosswalk where the user can act on it, or null.
 */
public record TimelineEntry(OffsetDateTime at, String kind, String title, String detail, String agency, String link) {}
