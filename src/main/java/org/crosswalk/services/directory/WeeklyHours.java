package org.crosswalk.services.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One weekly opening of a service, as an HSDS schedule: {@code freq} WEEKLY, {@code byday} like
 * {@code MO,TU,WE}, {@code opens_at} and {@code closes_at}.
 */
public record WeeklyHours(UUID id, Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt, String description) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    public WeeklyHours {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    /** {@code MO,TU,WE} */
    public String byday() {
        return days.stream().sorted().map(WeeklyHours::code).collect(Collectors.joining(","));
    }

    public static Set<DayOfWeek> parseByday(String byday) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(byday.split(",")).map(String::strip).forEach(code -> days.add(
                Arrays.stream(DayOfWeek.values()).filter(d -> code(d).equals(code)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("byday " + code))));
        return days;
    }

    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** "Mon–Fri", "Tue, Thu", "Sat". */
    public String daysLabel() {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        boolean consecutive = sorted.size() > 2
                && sorted.getLast().getValue() - sorted.getFirst().getValue() == sorted.size() - 1;
        if (consecutive) {
            return shortName(sorted.getFirst()) + "–" + shortName(sorted.getLast());
        }
        return sorted.stream().map(WeeklyHours::shortName).collect(Collectors.joining(", "));
    }

    /** "9:30 am – 2:30 pm". */
    public String hoursLabel() {
        return CLOCK.format(opensAt).toLowerCase(Locale.US) + " – " + CLOCK.format(closesAt).toLowerCase(Locale.US);
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.US);
    }
}
