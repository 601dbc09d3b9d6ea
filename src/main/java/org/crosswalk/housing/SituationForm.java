package org.crosswalk.housing;

import java.time.LocalDate;

/** A move: the HUD living-situation code and the day it began. */
public record SituationForm(Integer code, LocalDate startedOn) {}
