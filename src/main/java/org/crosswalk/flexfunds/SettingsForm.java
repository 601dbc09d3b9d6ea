package org.crosswalk.flexfunds;

/** A pool's per-family cap for the year and its auto-approve threshold. */
public record SettingsForm(String familyCap, String autoApproveBelow) {}
