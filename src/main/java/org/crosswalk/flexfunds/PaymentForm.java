package org.crosswalk.flexfunds;

/** A payment as recorded by the team lead; the key makes a retried submission return the first result. */
public record PaymentForm(String method, String reference, String idempotencyKey) {}
