package org.crosswalk.services.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A service as its organization describes it, with where (its organization's locations), when
 * (up to {@link #SCHEDULE_ROWS} weekly openings; blank rows are ignored) and in which languages.
 */
public record ServiceForm(
        @NotBlank(message = "Enter the service's name.") @Size(max = 160, message = "At most 160 characters.") String name,
        @Size(max = 160, message = "At most 160 characters.") String alternateName,
        @NotBlank(message = "Describe the service: what a family gets.") @Size(max = 4000, message = "At most 4,000 characters.") String description,
        @NotNull(message = "Choose the kind of help.") ServiceCategory category,
        @NotNull(message = "Choose the service's status.") ServiceStatus status,
        @Email(message = "That is not an email address.") @Size(max = 200, message = "At most 200 characters.") String email,
        @Pattern(regexp = "^$|^https?://\\S+$", message = "A web address starts with https:// or http://.")
        @Size(max = 300, message = "At most 300 characters.") String url,
        @Size(max = 2000, message = "At most 2,000 characters.") String eligibilityDescription,
        @Min(value = 0, message = "An age of 0 or more.") @Max(value = 120, message = "An age of at most 120.") Integer minimumAge,
        @Min(value = 0, message = "An age of 0 or more.") @Max(value = 120, message = "An age of at most 120.") Integer maximumAge,
        @Size(max = 1000, message = "At most 1,000 characters.") String feesDescription,
        @Size(max = 2000, message = "At most 2,000 characters.") String applicationProcess,
        @Size(max = 1000, message = "At most 1,000 characters.") String interpretationServices,
        @Size(max = 300, message = "At most 300 characters.") String languages,
        List<UUID> locationIds,
        @Valid List<ScheduleRow> schedules,
        Integer version) {

    static final int SCHEDULE_ROWS = 4;

    /**
     * One weekly opening; a row with no days and no times is simply not used. The page always
     * posts every row it shows, so a form sent back with errors keeps its empty rows too.
     */
    public record ScheduleRow(List<DayOfWeek> days,
                              @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime opensAt,
                              @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime closesAt,
                              @Size(max = 200, message = "At most 200 characters.") String description) {

        boolean blank() {
            return (days == null || days.isEmpty()) && opensAt == null && closesAt == null
                    && (description == null || description.isBlank());
        }

        static ScheduleRow of(WeeklyHours h) {
            return new ScheduleRow(h.days().stream().sorted().toList(), h.opensAt(), h.closesAt(), h.description());
        }
    }

    static ServiceForm blank() {
        return new ServiceForm(null, null, null, null, ServiceStatus.ACTIVE, null, null, null, null, null, null, null,
                null, "English", List.of(), padded(List.of()), null);
    }

    static ServiceForm of(Directory.ServiceDetails s) {
        return new ServiceForm(s.name(), s.alternateName(), s.description(), s.category(), s.status(), s.email(), s.url(),
                s.eligibilityDescription(), s.minimumAge(), s.maximumAge(), s.feesDescription(), s.applicationProcess(),
                s.interpretationServices(),
                String.join(", ", s.languages().stream().map(Directory.Language::name).toList()),
                s.locations().stream().map(Directory.Location::id).toList(),
                padded(s.schedules().stream().map(ScheduleRow::of).toList()), s.version());
    }

    private static List<ScheduleRow> padded(List<ScheduleRow> rows) {
        List<ScheduleRow> all = new ArrayList<>(rows);
        int wanted = Math.max(SCHEDULE_ROWS, rows.size() + 1);
        while (all.size() < wanted) {
            all.add(new ScheduleRow(List.of(), null, null, null));
        }
        return all;
    }
}
