package org.crosswalk.housing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * HUD HMIS living situations (FY2024 3.12 destinations / 3.917 prior living situation), with HUD's
 * wording. Rental with a rapid re-housing subsidy is 435 with subsidy type 431; 426 is HOPWA.
 */
public enum LivingSituation {
    EMERGENCY_SHELTER(101, "Emergency shelter, including hotel or motel paid for with an emergency shelter voucher, or host home shelter"),
    NOT_MEANT_FOR_HABITATION(116, "Place not meant for habitation (a vehicle, an abandoned building, a station, outside)"),
    SAFE_HAVEN(118, "Safe Haven"),
    PSYCHIATRIC_FACILITY(204, "Psychiatric hospital or other psychiatric facility"),
    SUBSTANCE_USE_TREATMENT(205, "Substance abuse treatment facility or detox center"),
    HOSPITAL(206, "Hospital or other residential non-psychiatric medical facility"),
    JAIL(207, "Jail, prison or juvenile detention facility"),
    FOSTER_CARE(215, "Foster care home or foster care group home"),
    LONG_TERM_CARE(225, "Long-term care facility or nursing home"),
    TRANSITIONAL_HOUSING(302, "Transitional housing for homeless persons"),
    FAMILY_TEMPORARY(312, "Staying or living with family, temporary tenure"),
    FRIENDS_TEMPORARY(313, "Staying or living with friends, temporary tenure"),
    MOTEL_WITHOUT_VOUCHER(314, "Hotel or motel paid for without an emergency shelter voucher"),
    HOPWA_TRANSITIONAL(327, "Moved from one HOPWA funded project to HOPWA TH"),
    HOST_HOME(332, "Host home (non-crisis)"),
    RENTAL_NO_SUBSIDY(410, "Rental by client, no ongoing housing subsidy"),
    OWNED_NO_SUBSIDY(411, "Owned by client, no ongoing housing subsidy"),
    OWNED_WITH_SUBSIDY(421, "Owned by client, with ongoing housing subsidy"),
    FAMILY_PERMANENT(422, "Staying or living with family, permanent tenure"),
    FRIENDS_PERMANENT(423, "Staying or living with friends, permanent tenure"),
    HOPWA_PERMANENT(426, "Moved from one HOPWA funded project to HOPWA PH"),
    RENTAL_WITH_SUBSIDY(435, "Rental by client, with ongoing housing subsidy (including rapid re-housing)"),
    DOES_NOT_KNOW(8, "Client doesn't know"),
    PREFERS_NOT_TO_ANSWER(9, "Client prefers not to answer"),
    NOT_COLLECTED(99, "Data not collected");

    private final int code;
    private final String label;

    LivingSituation(int code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public HousingClass housingClass() {
        return HousingClass.ofCode(code);
    }

    public static Optional<LivingSituation> of(Integer code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }
}
