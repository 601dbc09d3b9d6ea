package org.crosswalk.housing;

import java.time.LocalDate;

/** The subsidy's last day: the day it ended, or the planned end when the family has been told. */
public record EndSubsidyForm(LocalDate endsOn) {}
