package org.crosswalk.intake;

import java.time.LocalDate;
import org.crosswalk.shared.HouseholdId;

/** A household left a program, with its HUD destination code. */
public record HouseholdExited(EnrollmentId enrollment, HouseholdId household, long programId, LocalDate on,
                              int destination) {}
