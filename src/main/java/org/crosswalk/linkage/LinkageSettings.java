package org.crosswalk.linkage;

import java.time.Instant;

/** Thresholds (match probabilities) and the switch for automatic linking. */
public record LinkageSettings(double autoLinkAbove, double reviewAbove, boolean automatic, String updatedBy, Instant updatedAt) {}
