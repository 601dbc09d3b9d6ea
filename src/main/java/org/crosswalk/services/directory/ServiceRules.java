package org.crosswalk.services.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.shared.InvalidInput;

/** The rules of a service entry that annotations cannot state, checked before anything is written. */
final class ServiceRules {

    private ServiceRules() {
    }

    record Checked(List<UUID> locations, List<WeeklyHours> schedules, List<Directory.Language> languages) {}

    static Checked check(ServiceForm form, List<Directory.Location> organizationLocations) {
        if (form.minimumAge() != null && form.maximumAge() != null && form.maximumAge() < form.minimumAge()) {
            throw new InvalidInput("maximumAge", "The maximum age cannot be below the minimum age.");
        }
        Set<UUID> known = organizationLocations.stream().map(Directory.Location::id).collect(Collectors.toSet());
        List<UUID> locations = form.locationIds() == null ? List.of() : form.locationIds().stream().distinct().toList();
        if (!known.containsAll(locations)) {
            throw new InvalidInput("locationIds", "Choose among this organization's locations.");
        }
        List<WeeklyHours> schedules = new ArrayList<>();
        List<ServiceForm.ScheduleRow> rows = form.schedules() == null ? List.of() : form.schedules();
        for (int i = 0; i < rows.size(); i++) {
            ServiceForm.ScheduleRow row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String at = "schedules[" + i + "].";
            if (row.days() == null || row.days().isEmpty()) {
                throw new InvalidInput(at + "days", "Choose the days these hours apply to.");
            }
            if (row.opensAt() == null) {
                throw new InvalidInput(at + "opensAt", "Enter the opening time.");
            }
            if (row.closesAt() == null) {
                throw new InvalidInput(at + "closesAt", "Enter the closing time.");
            }
            if (!row.closesAt().isAfter(row.opensAt())) {
                throw new InvalidInput(at + "closesAt", "The closing time must be after the opening time.");
            }
            schedules.add(new WeeklyHours(null, EnumSet.copyOf(row.days()), row.opensAt(), row.closesAt(),
                    DirectoryMaintenance.blankToNull(row.description())));
        }
        return new Checked(locations, schedules, LanguageNames.parse(form.languages(), "languages"));
    }

    static Map<String, Object> params(ServiceForm form) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", form.name().strip());
        params.put("alternate", DirectoryMaintenance.blankToNull(form.alternateName()));
        params.put("description", form.description().strip());
        params.put("category", form.category().name());
        params.put("status", form.status().hsds());
        params.put("email", DirectoryMaintenance.blankToNull(form.email()));
        params.put("url", DirectoryMaintenance.blankToNull(form.url()));
        params.put("eligibility", DirectoryMaintenance.blankToNull(form.eligibilityDescription()));
        params.put("minAge", form.minimumAge());
        params.put("maxAge", form.maximumAge());
        params.put("fees", DirectoryMaintenance.blankToNull(form.feesDescription()));
        params.put("application", DirectoryMaintenance.blankToNull(form.applicationProcess()));
        params.put("interpretation", DirectoryMaintenance.blankToNull(form.interpretationServices()));
        return params;
    }
}
