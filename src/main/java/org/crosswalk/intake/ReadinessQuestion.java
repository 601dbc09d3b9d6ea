package org.crosswalk.intake;

/** The "ready, willing and able to work" questions, each answered yes or no with an optional comment. */
public enum ReadinessQuestion {
    WANTS_TO_WORK("Does the parent want to work or train now?"),
    AVAILABLE_TO_WORK("Could the parent start work or training within the next month?"),
    CHILD_CARE_ARRANGED("Is child care arranged for those hours (no means it is needed)?"),
    HAS_TRANSPORTATION("Does the parent have reliable transportation (car and licence, or a workable bus route)?"),
    INTERESTED_IN_TRAINING("Is the parent interested in training or education?"),
    WORKED_RECENTLY("Has the parent worked in the last 12 months?");

    private final String text;

    ReadinessQuestion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
