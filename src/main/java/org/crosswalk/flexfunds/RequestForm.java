package org.crosswalk.flexfunds;

/**
 * A request for a family, as typed. {@code idempotencyKey} is generated when the form is rendered
 * (or sent by an API client) so that a second submission of the same form creates nothing new.
 */
public record RequestForm(String category, String amount, String payee, String reason, String idempotencyKey) {}
