package org.crosswalk.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * HUD HMIS living situations and destinations (FY2024 lists 3.12 and 4.12), with the three-digit
 * CSV code. The hundreds digit gives the class. Labels follow HUD; 327 and 426 are HUD's HOPWA
 * moves, 329 the residential project or halfway house, 332 the non-crisis host home.
 */
public enum LivingSituation {
    EMERGENCY_SHELTER(101, "Emergency shelter, including a motel paid for with a shelter voucher"),
    NOT_MEANT_FOR_HABITATION(116, "Place not meant for habitation (car, abandoned building, outside)"),
    SAFE_HAVEN(118, "Safe haven"),
    PSYCHIATRIC_FACILITY(204, "Psychiatric hospital or other psychiatric facility"),
    SUBSTANCE_USE_TREATMENT(205, "Substance use treatment facility or detox center"),
    HOSPITAL(206, "Hospital or other residential non-psychiatric medical facility"),
    JAIL_OR_PRISON(207, "Jail, prison or juvenile detention facility"),
    FOSTER_CARE(215, "Foster care home or foster care group home"),
    LONG_TERM_CARE(225, "Long-term care facility or nursing home"),
    TRANSITIONAL_HOUSING(302, "Transitional housing for homeless persons"),
    WITH_FAMILY_TEMPORARILY(312, "Staying with family, temporary tenure"),
    WITH_FRIENDS_TEMPORARILY(313, "Staying with friends, temporary tenure"),
    MOTEL_WITHOUT_VOUCHER(314, "Hotel or motel paid for without a shelter voucher"),
    HOPWA_TRANSITIONAL(327, "Moved from one HOPWA funded project to HOPWA transitional housing"),
    RESIDENTIAL_PROJECT(329, "Residential project or halfway house with no homeless criteria"),
    HOST_HOME(332, "Host home (non-crisis)"),
    RENTAL_NO_SUBSIDY(410, "Rental by client, no ongoing housing subsidy"),
    OWNED_NO_SUBSIDY(411, "Owned by client, no ongoing housing subsidy"),
    OWNED_WITH_SUBSIDY(421, "Owned by client, with ongoing housing subsidy"),
    WITH_FAMILY_PERMANENTLY(422, "Staying with family, permanent tenure"),
    WITH_FRIENDS_PERMANENTLY(423, "Staying with friends, permanent tenure"),
    HOPWA_PERMANENT(426, "Moved from one HOPWA funded project to HOPWA permanent housing"),
    RENTAL_WITH_SUBSIDY(435, "Rental by client, with ongoing housing subsidy (RRH, voucher, public housing…)"),
    OTHER(17, "Other"),
    WORKER_UNABLE_TO_DETERMINE(37, "Worker unable to determine"),
    DECEASED(24, "Deceased"),
    NO_EXIT_INTERVIEW(30, "No exit interview completed"),
    DOES_NOT_KNOW(8, "Client doesn't know"),
    PREFERS_NOT_TO_ANSWER(9, "Client prefers not to answer"),
    NOT_COLLECTED(99, "Data not collected");

    /** The class a code belongs to, by its hundreds digit; the picker groups by it. */
    public enum SituationClass {
        HOMELESS("Homeless"),
        INSTITUTIONAL("Institutional"),
        TEMPORARY("Temporary"),
        PERMANENT("Permanent"),
        OTHER("Other or unknown");

        private final String label;

        SituationClass(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** "homeless" for use inside a sentence. */
        public String lowerLabel() {
            return this == OTHER ? "other or unknown" : label.toLowerCase();
        }
    }

    private final int code;
    private final String label;

    LivingSituation(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public SituationClass situationClass() {
        return switch (code / 100) {
            case 1 -> SituationClass.HOMELESS;
            case 2 -> SituationClass.INSTITUTIONAL;
            case 3 -> SituationClass.TEMPORARY;
            case 4 -> SituationClass.PERMANENT;
            default -> SituationClass.OTHER;
        };
    }

    /** Only an exit has these: a family is not referred from "deceased" or "no exit interview". */
    public boolean destinationOnly() {
        return this == DECEASED || this == NO_EXIT_INTERVIEW;
    }

    /**
     * Psychiatric and substance use facilities say something about a person's mental health or
     * substance use, so they are shown only to those who may see sensitive information.
     */
    public boolean sensitive() {
        return this == PSYCHIATRIC_FACILITY || this == SUBSTANCE_USE_TREATMENT;
    }

    /** "101 — Emergency shelter…" */
    public String codeAndLabel() {
        return code + " — " + label;
    }

    public static Optional<LivingSituation> of(Integer code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    /** Codes a family can be living in now, for the referral form. */
    public static List<LivingSituation> livingSituations() {
        return Arrays.stream(values()).filter(s -> !s.destinationOnly()).toList();
    }

    /** Every code, for an exit's destination. */
    public static List<LivingSituation> destinations() {
        return List.of(values());
    }
}
