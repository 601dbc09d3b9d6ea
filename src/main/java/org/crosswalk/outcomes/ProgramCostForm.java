package org.crosswalk.outcomes;

/** A region's program cost for a state fiscal year, as typed ("$1,250,000"). */
public record ProgramCostForm(String regionId, String fiscalYear, String amount) {}
