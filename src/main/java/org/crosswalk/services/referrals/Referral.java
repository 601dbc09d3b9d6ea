package org.crosswalk.services.referrals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;

/**
 * A referral's closed loop, guarding its own rules: the partner accepts or declines (a decline
 * says why) once; the service is delivered only after acceptance, never dated before it; the
 * sender may withdraw until the service is delivered. Errors about the state name the field
 * {@value #STATE}; the others name the field the person fills in.
 */
final class Referral {

    /** The field a state error belongs to: the referral as a whole, not one answer. */
    static final String STATE = "status";
    /** A referral without an answer this many days after it was sent is stalled. */
    static final int STALLED_AFTER_DAYS = 7;
    static final int MAX_TEXT = 2000;

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final UUID id;
    private final LocalDate sentOn;
    private final long sendingAgencyId;
    private final long receivingAgencyId;
    private ReferralStatus status;
    private OffsetDateTime answeredAt;
    private LocalDate answeredOn;
    private Long answeredBy;
    private String answerNote;
    private String declineReason;
    private LocalDate deliveredOn;
    private OffsetDateTime deliveredAt;
    private Long deliveredBy;
    private OffsetDateTime withdrawnAt;
    private Long withdrawnBy;
    private String withdrawReason;
    private final int version;

    Referral(UUID id, LocalDate sentOn, long sendingAgencyId, long receivingAgencyId, ReferralStatus status,
             OffsetDateTime answeredAt, LocalDate answeredOn, Long answeredBy, String answerNote, String declineReason,
             LocalDate deliveredOn, OffsetDateTime deliveredAt, Long deliveredBy, OffsetDateTime withdrawnAt,
             Long withdrawnBy, String withdrawReason, int version) {
        this.id = id;
        this.sentOn = sentOn;
        this.sendingAgencyId = sendingAgencyId;
        this.receivingAgencyId = receivingAgencyId;
        this.status = status;
        this.answeredAt = answeredAt;
        this.answeredOn = answeredOn;
        this.answeredBy = answeredBy;
        this.answerNote = answerNote;
        this.declineReason = declineReason;
        this.deliveredOn = deliveredOn;
        this.deliveredAt = deliveredAt;
        this.deliveredBy = deliveredBy;
        this.withdrawnAt = withdrawnAt;
        this.withdrawnBy = withdrawnBy;
        this.withdrawReason = withdrawReason;
        this.version = version;
    }

    /** A referral as it leaves the sender. */
    static Referral sent(UUID id, LocalDate sentOn, long sendingAgencyId, long receivingAgencyId) {
        return new Referral(id, sentOn, sendingAgencyId, receivingAgencyId, ReferralStatus.SENT, null, null, null, null,
                null, null, null, null, null, null, null, 0);
    }

    void accept(long by, OffsetDateTime at, LocalDate on, String note) {
        requireAnswerable("accepted");
        this.answerNote = optional(note, "note");
        answered(by, at, on);
        this.status = ReferralStatus.ACCEPTED;
    }

    void decline(long by, OffsetDateTime at, LocalDate on, String reason) {
        requireAnswerable("declined");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why you decline, so the caseworker can look for another service.");
        }
        this.declineReason = optional(reason, "reason");
        answered(by, at, on);
        this.status = ReferralStatus.DECLINED;
    }

    void deliver(long by, OffsetDateTime at, LocalDate on, LocalDate today) {
        switch (status) {
            case SENT -> throw new InvalidInput(STATE, "Accept the referral before recording the service as delivered.");
            case DECLINED -> throw new InvalidInput(STATE, "This referral was declined; no service can be recorded against it.");
            case SERVICE_DELIVERED -> throw new InvalidInput(STATE, "The service was already recorded as delivered on " + us(deliveredOn) + ".");
            case WITHDRAWN -> throw withdrawn();
            case ACCEPTED -> { }
        }
        if (on == null) {
            throw new InvalidInput("deliveredOn", "Enter the date the service was delivered.");
        }
        if (on.isAfter(today)) {
            throw new InvalidInput("deliveredOn", "The delivery date cannot be in the future.");
        }
        if (on.isBefore(answeredOn)) {
            throw new InvalidInput("deliveredOn", "The service cannot be delivered before the referral was accepted ("
                    + us(answeredOn) + ").");
        }
        this.deliveredOn = on;
        this.deliveredAt = at;
        this.deliveredBy = by;
        this.status = ReferralStatus.SERVICE_DELIVERED;
    }

    void withdraw(long by, OffsetDateTime at, String reason) {
        switch (status) {
            case SERVICE_DELIVERED -> throw new InvalidInput(STATE, "The service was already delivered; a delivered referral cannot be withdrawn.");
            case DECLINED -> throw new InvalidInput(STATE, "The partner declined this referral; there is nothing to withdraw.");
            case WITHDRAWN -> throw withdrawn();
            case SENT, ACCEPTED -> { }
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why the referral is withdrawn (for example: the family found care elsewhere).");
        }
        this.withdrawReason = optional(reason, "reason");
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.status = ReferralStatus.WITHDRAWN;
    }

    /** Days the family waited for an answer: until the answer, or until today while there is none. */
    static long daysPending(LocalDate sentOn, LocalDate answeredOn, LocalDate withdrawnOn, LocalDate today) {
        LocalDate until = answeredOn != null ? answeredOn : withdrawnOn != null ? withdrawnOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(sentOn, until));
    }

    static boolean stalled(ReferralStatus status, LocalDate sentOn, LocalDate today) {
        return status == ReferralStatus.SENT && !sentOn.plusDays(STALLED_AFTER_DAYS).isAfter(today);
    }

    private void requireAnswerable(String verb) {
        switch (status) {
            case SENT -> { }
            case ACCEPTED, SERVICE_DELIVERED -> throw new InvalidInput(STATE, "This referral was already accepted on " + us(answeredOn)
                    + "; it cannot be " + verb + " again.");
            case DECLINED -> throw new InvalidInput(STATE, "This referral was already declined on " + us(answeredOn)
                    + "; it cannot be " + verb + " now.");
            case WITHDRAWN -> throw withdrawn();
        }
    }

    private void answered(long by, OffsetDateTime at, LocalDate on) {
        this.answeredBy = by;
        this.answeredAt = at;
        this.answeredOn = on;
    }

    private InvalidInput withdrawn() {
        return new InvalidInput(STATE, "The sender withdrew this referral on " + us(withdrawnAt.toLocalDate()) + ".");
    }

    private static String optional(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidInput(field, "At most 2,000 characters.");
        }
        return text.strip();
    }

    private static String us(LocalDate day) {
        return day == null ? "an earlier date" : US_DATE.format(day);
    }

    UUID id() { return id; }
    LocalDate sentOn() { return sentOn; }
    long sendingAgencyId() { return sendingAgencyId; }
    long receivingAgencyId() { return receivingAgencyId; }
    ReferralStatus status() { return status; }
    OffsetDateTime answeredAt() { return answeredAt; }
    LocalDate answeredOn() { return answeredOn; }
    Long answeredBy() { return answeredBy; }
    String answerNote() { return answerNote; }
    String declineReason() { return declineReason; }
    LocalDate deliveredOn() { return deliveredOn; }
    OffsetDateTime deliveredAt() { return deliveredAt; }
    Long deliveredBy() { return deliveredBy; }
    OffsetDateTime withdrawnAt() { return withdrawnAt; }
    Long withdrawnBy() { return withdrawnBy; }
    String withdrawReason() { return withdrawReason; }
    int version() { return version; }
}
