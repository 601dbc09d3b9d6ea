package org.crosswalk.intake.eligibility;

/** A rule a referral did not meet: which rule, why not, and the form field it is about. */
public record FailedRule(long ruleId, String rule, String reason, String field) {}
