package org.crosswalk.employment;

/** Whether the hours are the same each week; irregular schedules are hard on child care. */
public enum Schedule {
    REGULAR("Regular"),
    IRREGULAR("Irregular (changes week to week)");

    private final String label;

    Schedule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
