package org.crosswalk.flexfunds;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;

/**
 * One request for flexible funds as stored: requested, then approved (by a team lead, or by itself
 * under the pool's threshold) or declined with a reason, then paid with a method and reference;
 * reversed when a correction undid it. {@code paidNet} is the ledger's paid sum for the request.
 */
public record FlexRequest(UUID id, long poolId, HouseholdId household, Category category, Money amount, String payee,
                          String reason, Status status, long requestedBy, OffsetDateTime requestedAt, Long decidedBy,
                          OffsetDateTime decidedAt, boolean autoApproved, String declineReason, Long paidBy,
                          OffsetDateTime paidAt, PaymentMethod paymentMethod, String paymentReference,
                          OffsetDateTime reversedAt, String reversalReason) {

    public enum Status {
        REQUESTED("requested", "Awaiting decision"),
        APPROVED("approved", "Approved, awaiting payment"),
        DECLINED("declined", "Declined"),
        PAID("paid", "Paid"),
        REVERSED("reversed", "Reversed");

        private final String code;
        private final String label;

        Status(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        static Status of(String code) {
            for (Status s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown request status " + code);
        }
    }

    /** From request to payment, or null while unpaid. */
    public Duration timeToCash() {
        return paidAt == null ? null : Duration.between(requestedAt, paidAt);
    }

    public boolean awaitingDecision() {
        return status == Status.REQUESTED;
    }

    public boolean awaitingPayment() {
        return status == Status.APPROVED;
    }

    public boolean reversible() {
        return status == Status.APPROVED || status == Status.PAID;
    }
}
