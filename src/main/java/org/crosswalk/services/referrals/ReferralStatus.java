package org.crosswalk.services.referrals;

/** Where a referral stands in its closed loop. */
public enum ReferralStatus {
    SENT("Sent, awaiting answer"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    SERVICE_DELIVERED("Service delivered"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still in the loop: the family is waiting for an answer or for the service. */
    public boolean open() {
        return this == SENT || this == ACCEPTED;
    }
}
