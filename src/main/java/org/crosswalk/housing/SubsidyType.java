package org.crosswalk.housing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** HUD HMIS 3.12.A rental subsidy types, with the short name caseworkers use. */
public enum SubsidyType {
    VASH(419, "VASH", "VASH housing subsidy"),
    OTHER_ONGOING(420, "Other ongoing", "Rental by client, with other ongoing housing subsidy"),
    GPD_TIP(428, "GPD TIP", "GPD TIP housing subsidy"),
    RRH(431, "RRH", "RRH or equivalent subsidy"),
    HCV(433, "HCV", "HCV voucher (tenant or project based) (not dedicated)"),
    PUBLIC_HOUSING(434, "Public housing", "Public housing unit"),
    HOUSING_STABILITY_VOUCHER(436, "Housing Stability Voucher", "Housing Stability Voucher"),
    FUP(437, "FUP", "Family Unification Program Voucher (FUP)"),
    FYI(438, "FYI", "Foster Youth to Independence Initiative (FYI)"),
    PSH(439, "PSH", "Permanent Supportive Housing"),
    OTHER_PERMANENT(440, "Other permanent", "Other permanent housing dedicated for formerly homeless persons");

    private final int code;
    private final String shortName;
    private final String label;

    SubsidyType(int code, String shortName, String label) {
        this.code = code;
        this.shortName = shortName;
        this.label = label;
    }

    @JsonValue
    public int code() {
        return code;
    }

    public String shortName() {
        return shortName;
    }

    public String label() {
        return label;
    }

    public static Optional<SubsidyType> of(Integer code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
