package org.crosswalk.outcomes;

/**
 * How the work flows, over the 12 months up to the report date (docs/metrics.md, section 9): each
 * measure counts something and gives the median (and for flexible funds the 90th percentile) of a
 * duration. {@code part} is used by the funnel only (enrolled, of the referrals counted).
 */
public enum Flow {
    REFERRALS_ENROLLED("Referrals enrolled", "Referred", "Enrolled", "Median days from referral to enrollment", "days"),
    BARRIERS_RESOLVED("Barriers resolved", "Resolved", null, "Median days to resolve", "days"),
    BARRIERS_OPEN("Barriers open on the report date", "Open", null, "Median days open so far", "days"),
    PARTNER_REFERRALS_ANSWERED("Partner referrals answered", "Answered", null, "Median days to an answer", "days"),
    PARTNER_REFERRALS_WAITING("Partner referrals waiting on the report date", "Waiting", null, "Median days waiting so far", "days"),
    FLEX_PAID("Flexible-funds requests paid", "Paid", null, "Median hours from request to payment", "hours");

    private final String label;
    private final String countLabel;
    private final String partLabel;
    private final String medianLabel;
    private final String unit;

    Flow(String label, String countLabel, String partLabel, String medianLabel, String unit) {
        this.label = label;
        this.countLabel = countLabel;
        this.partLabel = partLabel;
        this.medianLabel = medianLabel;
        this.unit = unit;
    }

    public String label() { return label; }
    public String countLabel() { return countLabel; }
    public String partLabel() { return partLabel; }
    public String medianLabel() { return medianLabel; }
    public String unit() { return unit; }
}
