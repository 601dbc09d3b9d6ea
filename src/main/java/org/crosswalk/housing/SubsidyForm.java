package org.crosswalk.housing;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A rental subsidy: HUD 3.12.A type, start, end (empty while ongoing), monthly contract rent, the
 * tenant's share, and the subsidy's monthly income limit when it has one. Money as typed ("1,400").
 */
public record SubsidyForm(
        Integer subsidyType,
        LocalDate startedOn,
        LocalDate endsOn,
        @Size(max = 15, message = "Enter dollars a month, like 1,400.") String monthlyRent,
        @Size(max = 15, message = "Enter dollars a month, like 420.") String tenantShare,
        @Size(max = 15, message = "Enter dollars a month, like 2,500.") String incomeLimit) {}
