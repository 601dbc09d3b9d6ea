package org.crosswalk.intake;

/**
 * A navigator in the enrollment picker, with their caseload (active enrollments) and whether the
 * family's releases let their agency see the family.
 */
public record NavigatorChoice(long userId, String name, String agency, long caseload, boolean seesFamily) {

    public String label() {
        return name + " — " + agency + " — " + caseload + (caseload == 1 ? " active family" : " active families")
                + (seesFamily ? "" : " (cannot see this family: no release names " + agency + ")");
    }
}
