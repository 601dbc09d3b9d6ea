package org.crosswalk.plans.barriers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;

/**
 * A barrier as the viewer may see it. Resolving and reopening go through {@link #resolve} and
 * {@link #reopen}, which guard the rules. Time to resolve counts calendar days from the day it
 * was opened to the day it was (last) resolved.
 */
public record Barrier(UUID id, BarrierKind kind, String otherText, Severity severity, long ownerAgencyId, String ownerAgency,
                      String details, LocalDate openedOn, LocalDate resolvedOn, String resolution, List<Event> history) {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    static final int MAX_TEXT = 1000;

    /** Opened, resolved or reopened: when, by whom, and what was said. */
    public record Event(String what, LocalDate on, String by, String detail) {}

    /** "Child care", or for OTHER the words the caseworker used. */
    public String name() {
        return kind == BarrierKind.OTHER && otherText != null ? otherText : kind.label();
    }

    public boolean sensitive() {
        return kind.sensitive();
    }

    public boolean resolved() {
        return resolvedOn != null;
    }

    /** Days from opening to resolution, or null while it is open. */
    public Long daysToResolve() {
        return resolvedOn == null ? null : ChronoUnit.DAYS.between(openedOn, resolvedOn);
    }

    public long daysOpen(LocalDate today) {
        return ChronoUnit.DAYS.between(openedOn, resolvedOn == null ? today : resolvedOn);
    }

    Barrier resolve(LocalDate on, String how, LocalDate today) {
        if (resolvedOn != null) {
            throw new InvalidInput("resolvedOn", "This barrier was already resolved on " + resolvedOn.format(US_DATE) + "; reopen it first if it came back.");
        }
        if (how == null || how.isBlank()) {
            throw new InvalidInput("resolution", "Say how it was solved (for example: child care voucher approved, started at Little Oaks).");
        }
        if (how.strip().length() > MAX_TEXT) {
            throw new InvalidInput("resolution", "Keep it under 1,000 characters.");
        }
        if (on == null) {
            throw new InvalidInput("resolvedOn", "Enter the date it was solved.");
        }
        if (on.isAfter(today)) {
            throw new InvalidInput("resolvedOn", "It cannot be solved on a date in the future.");
        }
        if (on.isBefore(openedOn)) {
            throw new InvalidInput("resolvedOn", "It was opened on " + openedOn.format(US_DATE) + "; it cannot be solved before that.");
        }
        return new Barrier(id, kind, otherText, severity, ownerAgencyId, ownerAgency, details, openedOn, on, how.strip(), history);
    }

    Barrier reopen(String reason) {
        if (resolvedOn == null) {
            throw new InvalidInput("reason", "This barrier is still open.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why it is open again (for example: the child care provider closed).");
        }
        if (reason.strip().length() > MAX_TEXT) {
            throw new InvalidInput("reason", "Keep it under 1,000 characters.");
        }
        return new Barrier(id, kind, otherText, severity, ownerAgencyId, ownerAgency, details, openedOn, null, null, history);
    }
}
