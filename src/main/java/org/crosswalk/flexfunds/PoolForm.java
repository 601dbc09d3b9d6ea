package org.crosswalk.flexfunds;

/** A new pool: the region (administrators choose; a team lead's is their own), the fiscal year and its money. */
public record PoolForm(Long regionId, Integer fiscalYear, String budget, String familyCap, String autoApproveBelow) {}
