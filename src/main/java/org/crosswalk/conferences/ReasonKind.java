package org.crosswalk.conferences;

/**
 * Why a family is on the agenda, in the order the team goes through a family's reasons: follow-ups
 * first, then what is about to go wrong, then what is stuck, then what to celebrate.
 */
public enum ReasonKind {
    ACTION_ITEM("Open action item", true),
    CHECKIN_MISSED("Retention check-in missed", true),
    SUBSIDY_ENDING("Subsidy ending", true),
    REFERRAL_STALLED("Referral stalled", true),
    CHECKIN_DUE("Retention check-in due", true),
    OPEN_BARRIER("Open barrier", true),
    FLEX_SPENDING("Flexible funds spent", false),
    NEW_JOB("New job", false),
    BETTER_JOB("Better job", false);

    private final String label;
    private final boolean needsAction;

    ReasonKind(String label, boolean needsAction) {
        this.label = label;
        this.needsAction = needsAction;
    }

    public String label() {
        return label;
    }

    /** False for news the team hears (a job to celebrate, money spent); families are ordered by the others. */
    public boolean needsAction() {
        return needsAction;
    }

    public boolean celebrates() {
        return this == NEW_JOB || this == BETTER_JOB;
    }
}
