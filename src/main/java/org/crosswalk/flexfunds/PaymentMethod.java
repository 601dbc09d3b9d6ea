package org.crosswalk.flexfunds;

import java.util.Arrays;
import java.util.Optional;

/** How the team paid the payee. */
public enum PaymentMethod {
    CHECK("Check"),
    AGENCY_CARD("Agency card"),
    ACH("Bank transfer (ACH)"),
    VOUCHER("Vendor voucher"),
    GIFT_CARD("Gift or transit card");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PaymentMethod> of(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
