package org.crosswalk.plans;

/** The route a plan takes towards work; optional, since some plans start with barriers first. */
public enum PlanTrack {
    JOB_READINESS_TRAINING("Job readiness training"),
    SKILLS_TRAINING("Skills training"),
    IMMEDIATE_JOB_SEARCH("Immediate job search");

    private final String label;

    PlanTrack(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
