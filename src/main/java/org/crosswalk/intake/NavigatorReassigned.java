package org.crosswalk.intake;

import java.time.LocalDate;
import org.crosswalk.shared.HouseholdId;

/** An enrolled household moved from one navigator's caseload to another's. */
public record NavigatorReassigned(EnrollmentId enrollment, HouseholdId household, LocalDate on,
                                  long fromNavigatorUserId, long toNavigatorUserId) {}
