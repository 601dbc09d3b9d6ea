package org.crosswalk.interop;

/**
 * One thing wrong with an import: a whole file or export ({@code STRUCTURE}, stops the import before
 * anything is written), a row ({@code ERROR}, the row is skipped and counted) or something worth
 * knowing that does not stop the row ({@code WARNING}). {@code line} counts the header as line 1.
 */
public record Problem(String file, Long line, String recordId, String column, Severity severity, String problem, String value) {

    public enum Severity { STRUCTURE, ERROR, WARNING }

    static Problem structure(String file, String column, String problem) {
        return new Problem(file, null, null, column, Severity.STRUCTURE, problem, null);
    }
}
