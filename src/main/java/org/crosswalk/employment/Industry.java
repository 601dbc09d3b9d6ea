package org.crosswalk.employment;

/** The sectors job developers work with; the ones Secure Jobs families were most often hired into first. */
public enum Industry {
    RETAIL("Retail"),
    HEALTH_CARE("Health care and home care"),
    FOOD_SERVICE("Food service"),
    WAREHOUSE("Warehouse and logistics"),
    HOSPITALITY("Hotels and hospitality"),
    MANUFACTURING("Manufacturing"),
    CONSTRUCTION("Construction and trades"),
    OFFICE("Office and customer service"),
    TRANSPORTATION("Transportation"),
    EDUCATION("Education and child care"),
    OTHER("Other");

    private final String label;

    Industry(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
