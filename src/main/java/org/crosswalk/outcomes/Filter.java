package org.crosswalk.outcomes;

/**
 * Which enrollments a measure looks at. The region is the enrolling program's region (from
 * {@code intake.enrollment_facts}); null means every region.
 */
public record Filter(Long regionId) {

    public static Filter everywhere() {
        return new Filter(null);
    }

    public static Filter region(long regionId) {
        return new Filter(regionId);
    }
}
