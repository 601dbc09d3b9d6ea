package org.crosswalk.interop;

import java.util.Optional;

/** The HMIS CSV versions an import reads, told apart by Export.csv's CSVVersion ("2024 v1.3", "2026 v1.0"). */
enum HmisVersion {
    FY2024("2024 v1."), FY2026("2026 v1.");

    private final String prefix;

    HmisVersion(String prefix) {
        this.prefix = prefix;
    }

    static Optional<HmisVersion> of(String csvVersion) {
        if (csvVersion == null) {
            return Optional.empty();
        }
        String v = csvVersion.strip();
        for (HmisVersion version : values()) {
            if (v.startsWith(version.prefix) && v.substring(version.prefix.length()).matches("\\d+")) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }
}
