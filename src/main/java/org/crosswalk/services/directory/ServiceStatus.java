package org.crosswalk.services.directory;

/** HSDS 3.0 service status. Only active services take referrals. */
public enum ServiceStatus {
    ACTIVE("active", "Active"),
    TEMPORARILY_CLOSED("temporarily closed", "Temporarily closed"),
    INACTIVE("inactive", "Inactive"),
    DEFUNCT("defunct", "Closed for good");

    private final String hsds;
    private final String label;

    ServiceStatus(String hsds, String label) {
        this.hsds = hsds;
        this.label = label;
    }

    /** The value HSDS uses, as stored and as the API writes it. */
    public String hsds() {
        return hsds;
    }

    public String label() {
        return label;
    }

    public static ServiceStatus ofHsds(String value) {
        for (ServiceStatus s : values()) {
            if (s.hsds.equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("HSDS service status " + value);
    }
}
