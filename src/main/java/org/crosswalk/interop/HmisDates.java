package org.crosswalk.interop;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates as real exports write them. HUD specifies {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss};
 * exports also carry {@code MM-dd-yyyy HH:mm:ss} (the DataLab kit's ExportDate), {@code MM/dd/yyyy},
 * with or without a time, and ISO's {@code T}. Anything else is a bad date.
 */
final class HmisDates {

    private HmisDates() {
    }

    private static final List<DateTimeFormatter> TIMESTAMPS = List.of(
            pattern("uuuu-MM-dd HH:mm:ss"), pattern("uuuu-MM-dd'T'HH:mm:ss"), pattern("uuuu-MM-dd HH:mm"),
            pattern("MM-dd-uuuu HH:mm:ss"), pattern("MM/dd/uuuu HH:mm:ss"), pattern("M/d/uuuu H:mm:ss"), pattern("M/d/uuuu H:mm"),
            pattern("MM-dd-uuuu HH:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(
            pattern("uuuu-MM-dd"), pattern("MM-dd-uuuu"), pattern("M/d/uuuu"));

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
    }

    /** A timestamp, or a date at midnight; empty when the text is no date in a known shape. */
    static Optional<LocalDateTime> timestamp(String text) {
        String t = text.strip();
        int dot = t.indexOf('.', 10);
        if (dot > 0) {
            t = t.substring(0, dot); // fractions of a second
        }
        if (t.length() == 19 && isoDate(t) && t.charAt(10) == ' ' && t.charAt(13) == ':' && t.charAt(16) == ':'
                && digits(t, 11, 13) && digits(t, 14, 16) && digits(t, 17, 19)) {
            try { // HUD's own shape, most rows: without a formatter
                return Optional.of(LocalDateTime.of(num(t, 0, 4), num(t, 5, 7), num(t, 8, 10), num(t, 11, 13), num(t, 14, 16), num(t, 17, 19)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        if (t.length() == 16 && isoDate(t) && t.charAt(10) == ' ' && t.charAt(13) == ':' && digits(t, 11, 13) && digits(t, 14, 16)) {
            try { // the same without seconds (also how a normalised timestamp at a whole minute reads)
                return Optional.of(LocalDateTime.of(num(t, 0, 4), num(t, 5, 7), num(t, 8, 10), num(t, 11, 13), num(t, 14, 16)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : TIMESTAMPS) {
            try {
                return Optional.of(LocalDateTime.parse(t, f));
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        return date(t).map(LocalDate::atStartOfDay);
    }

    /** A date; a timestamp's date when a time is given (HUD's DOB sometimes carries "00:00:00"). */
    static Optional<LocalDate> date(String text) {
        String t = text.strip();
        if (t.length() == 10 && isoDate(t)) {
            try { // HUD's own shape, most rows: without a formatter
                return Optional.of(LocalDate.of(num(t, 0, 4), num(t, 5, 7), num(t, 8, 10)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        if (t.length() > 10 && t.indexOf(' ') > 0) {
            return timestamp(t).map(LocalDateTime::toLocalDate);
        }
        return Optional.empty();
    }

    private static boolean isoDate(String t) {
        return t.charAt(4) == '-' && t.charAt(7) == '-' && digits(t, 0, 4) && digits(t, 5, 7) && digits(t, 8, 10);
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String t, int from, int to) {
        return Integer.parseInt(t, from, to, 10);
    }
}
