package org.crosswalk.intake;

/** Where a housing worker refers the family from: the housing programs of the Secure Jobs model. */
public enum ReferralSource {
    SHELTER("Emergency shelter"),
    MOTEL("Motel placement"),
    SCATTERED_SITE("Scattered-site shelter"),
    RAPID_REHOUSING("Rapid re-housing"),
    DIVERSION("Diversion (front door)"),
    RAFT("RAFT"),
    HOMEBASE("HomeBASE"),
    OTHER("Other");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label inside a sentence: "referred from emergency shelter", "referred from RAFT". */
    public String inSentence() {
        return this == RAFT || this == HOMEBASE ? label : label.toLowerCase();
    }
}
