package org.crosswalk.conferences;

import java.time.LocalDate;
import org.crosswalk.shared.HouseholdId;

/**
 * One reason a family is on the agenda. {@code sensitive} reasons (a mental-health barrier, a
 * referral to mental health care) are shown only to those who may see the family's sensitive
 * information. {@code on} orders reasons of one kind (barriers: the day opened, oldest first).
 */
public record Reason(HouseholdId household, ReasonKind kind, boolean sensitive, LocalDate on, String detail) {}
