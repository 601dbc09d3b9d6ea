package org.crosswalk.plans;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;

/**
 * Something the parent or a worker agreed to do by a date. Its status changes only through
 * {@link #start}, {@link #finish} and {@link #drop}, which guard the rules; {@code owner} is the
 * owner's name for display ("the parent" when {@code ownerUserId} is null).
 */
public record Activity(UUID id, int position, String what, LocalDate dueOn, Long ownerUserId, String owner,
                       ActivityStatus status, LocalDate startedOn, LocalDate completedOn, LocalDate droppedOn,
                       String droppedReason) {

    static final int MAX_REASON = 300;
    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    public boolean overdueOn(LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }

    /** Open and due within {@code days} days of today (overdue ones included). */
    public boolean dueWithin(int days, LocalDate today) {
        return status.open() && !dueOn.isAfter(today.plusDays(days));
    }

    /** Applies the change a caseworker asked for; {@code on} and {@code reason} as the target needs. */
    Activity changeTo(ActivityStatus target, LocalDate on, String reason, LocalDate today) {
        if (target == null) {
            throw new InvalidInput("status", "Choose what happened to this activity.");
        }
        return switch (target) {
            case PLANNED -> throw new InvalidInput("status", "An activity cannot go back to planned; add a new one instead.");
            case IN_PROGRESS -> start(on == null ? today : on, today);
            case DONE -> finish(on, today);
            case DROPPED -> drop(on == null ? today : on, reason, today);
        };
    }

    Activity start(LocalDate on, LocalDate today) {
        requireOpen();
        if (status == ActivityStatus.IN_PROGRESS) {
            throw new InvalidInput("status", "This activity is already in progress.");
        }
        notInFuture(on, today, "The start date cannot be in the future.");
        return with(ActivityStatus.IN_PROGRESS, on, null, null, null);
    }

    Activity finish(LocalDate on, LocalDate today) {
        requireOpen();
        if (on == null) {
            throw new InvalidInput("on", "Enter the date it was done.");
        }
        notInFuture(on, today, "It cannot be done on a date in the future; record it on the day it happens.");
        if (startedOn != null && on.isBefore(startedOn)) {
            throw new InvalidInput("on", "It was started on " + startedOn.format(US_DATE) + "; it cannot be done before that.");
        }
        return with(ActivityStatus.DONE, startedOn, on, null, null);
    }

    Activity drop(LocalDate on, String reason, LocalDate today) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why the activity is dropped (for example: the class was cancelled).");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInput("reason", "Keep the reason under " + MAX_REASON + " characters.");
        }
        notInFuture(on, today, "The date it was dropped cannot be in the future.");
        return with(ActivityStatus.DROPPED, startedOn, null, on, reason.strip());
    }

    private void requireOpen() {
        if (status == ActivityStatus.DONE) {
            throw new InvalidInput("status", "This activity was already done on " + completedOn.format(US_DATE) + ".");
        }
        if (status == ActivityStatus.DROPPED) {
            throw new InvalidInput("status", "This activity was dropped on " + droppedOn.format(US_DATE) + "; add a new one to try again.");
        }
    }

    private static void notInFuture(LocalDate on, LocalDate today, String message) {
        if (on != null && on.isAfter(today)) {
            throw new InvalidInput("on", message);
        }
    }

    private Activity with(ActivityStatus to, LocalDate started, LocalDate completed, LocalDate dropped, String why) {
        return new Activity(id, position, what, dueOn, ownerUserId, owner, to, started, completed, dropped, why);
    }
}
