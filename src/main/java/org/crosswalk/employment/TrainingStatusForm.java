package org.crosswalk.employment;

import java.time.LocalDate;

/** How a training ended (or that it goes on), with the day it ended. */
public record TrainingStatusForm(TrainingStatus status, LocalDate endsOn) {}
