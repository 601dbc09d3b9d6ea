package org.crosswalk.employment;

import java.time.LocalDate;

/** The last day worked and why the job ended. */
public record EndPlacementForm(LocalDate endedOn, ReasonLeft reasonLeft) {}
