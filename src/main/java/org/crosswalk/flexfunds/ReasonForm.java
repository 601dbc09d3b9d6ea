package org.crosswalk.flexfunds;

/** Why a request is declined, or why an approval or payment is reversed. */
public record ReasonForm(String reason) {}
