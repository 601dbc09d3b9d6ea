package org.crosswalk.linkage;

import java.time.Instant;

/** A batch matching run and how far it has got. */
public record LinkageRun(long id, String startedBy, Instant startedAt, Instant finishedAt, String stage, int records, int pairs,
        int saved, int linked, int forReview, String message) {

    public boolean finished() {
        return finishedAt != null;
    }

    /** Reading 5 %, matching 20 %, saving 30–90 % by pairs saved, done 100 %. */
    public int percent() {
        return switch (stage) {
            case "READING" -> 5;
            case "MATCHING" -> 20;
            case "SAVING" -> pairs == 0 ? 90 : 30 + (int) (60L * saved / pairs);
            default -> 100;
        };
    }
}
