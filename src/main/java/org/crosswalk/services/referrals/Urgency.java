package org.crosswalk.services.referrals;

/** How soon the family needs the partner to act; the inbox puts urgent referrals first. */
public enum Urgency {
    URGENT("Urgent: within 2 days"),
    SOON("Soon: within a week"),
    ROUTINE("Routine");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
