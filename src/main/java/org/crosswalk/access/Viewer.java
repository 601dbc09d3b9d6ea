package org.crosswalk.access;

/** The signed-in staff member, as every module sees them when deciding what to show. */
public record Viewer(long userId, String username, String displayName, Role role, Long agencyId, Long regionId) {

    public boolean mayEditFamilies() {
        return role.editsFamilies();
    }

    public boolean mayOpenFamilies() {
        return role.worksWithFamilies();
    }
}
