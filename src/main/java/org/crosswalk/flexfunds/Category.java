package org.crosswalk.flexfunds;

import java.util.Arrays;
import java.util.Optional;

/** What a flexible-funds payment is for; a pool may give any of them its own budget. */
public enum Category {
    CHILD_CARE("Child care"),
    TRANSPORTATION("Transportation (bus pass, rides)"),
    CAR_REPAIR("Car repair"),
    DRIVERS_LICENSE("Driver's licence"),
    PHONE("Phone"),
    WORK_CLOTHES("Work clothes and tools"),
    EXAM_FEES("Exam and licence fees"),
    RENT_GAP("Rent gap"),
    OTHER("Other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Category> of(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
