package org.crosswalk.intake;

import java.time.LocalDate;
import org.crosswalk.shared.HouseholdId;

/** A household was enrolled in a program with a navigator. */
public record HouseholdEnrolled(EnrollmentId enrollment, HouseholdId household, long programId, LocalDate on,
                                long navigatorUserId) {}
