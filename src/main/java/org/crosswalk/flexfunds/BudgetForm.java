package org.crosswalk.flexfunds;

/** A new budget for the pool (category blank) or one category, and why; written as the difference. */
public record BudgetForm(String category, String amount, String reason) {}
