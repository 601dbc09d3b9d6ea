package org.crosswalk.intake;

/**
 * Where a referral stands in the recruitment funnel: REFERRED, CONTACTED, ASSESSED (decided to
 * enroll), ENROLLED, or one of the drop-outs.
 */
public enum ReferralStatus {
    REFERRED("Referred, not yet contacted", false),
    CONTACTED("Contacted, not yet assessed", false),
    ASSESSED("Assessed: to enroll", false),
    ENROLLED("Enrolled", false),
    UNREACHABLE("Unable to reach", true),
    NOT_NOW("Not now: follow up later", true),
    DECLINED("Declined", true),
    INELIGIBLE("Not eligible", true);

    private final String label;
    private final boolean dropOut;

    ReferralStatus(String label, boolean dropOut) {
        this.label = label;
        this.dropOut = dropOut;
    }

    public String label() {
        return label;
    }

    public boolean dropOut() {
        return dropOut;
    }

    /** Still being worked: a second referral to the same program waits until this one closes. */
    public boolean open() {
        return this != ENROLLED && this != DECLINED && this != INELIGIBLE;
    }
}
