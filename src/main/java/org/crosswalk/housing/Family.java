package org.crosswalk.housing;

import org.crosswalk.shared.HouseholdId;

/** The household as the housing pages name it. */
public record Family(HouseholdId id, String name, boolean viewerMayEdit) {}
