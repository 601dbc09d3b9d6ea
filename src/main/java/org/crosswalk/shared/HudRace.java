package org.crosswalk.shared;

import java.util.Arrays;
import java.util.Collection;

/** HUD Data Standards 3.04 race and ethnicity: several may be chosen, except the three "no answer" codes. */
public enum HudRace {
    AM_IND_AK_NATIVE(1, "American Indian, Alaska Native, or Indigenous", "AmIndAKNative"),
    ASIAN(2, "Asian or Asian American", "Asian"),
    BLACK_AF_AMERICAN(3, "Black, African American, or African", "BlackAfAmerican"),
    NATIVE_HI_PACIFIC(4, "Native Hawaiian or Pacific Islander", "NativeHIPacific"),
    WHITE(5, "White", "White"),
    HISPANIC_LATINAEO(6, "Hispanic/Latina/e/o", "HispanicLatinaeo"),
    MID_EAST_N_AFRICAN(7, "Middle Eastern or North African", "MidEastNAfrican"),
    DOES_NOT_KNOW(8, "Client doesn't know", null),
    PREFERS_NOT_TO_ANSWER(9, "Client prefers not to answer", null),
    NOT_COLLECTED(99, "Data not collected", null);

    private final int code;
    private final String label;
    private final String hmisColumn;

    HudRace(int code, String label, String hmisColumn) {
        this.code = code;
        this.label = label;
        this.hmisColumn = hmisColumn;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The HMIS CSV column for this race, or null for the RaceNone answers. */
    public String hmisColumn() {
        return hmisColumn;
    }

    public boolean isAnswer() {
        return hmisColumn != null;
    }

    /** The rule HMIS applies: a "no answer" code stands alone. Returns a message, or null when fine. */
    public static String problemWith(Collection<HudRace> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return "Choose at least one, or \"" + NOT_COLLECTED.label + "\".";
        }
        long noAnswers = chosen.stream().filter(r -> !r.isAnswer()).count();
        if (noAnswers > 0 && chosen.size() > 1) {
            return "\"Doesn't know\", \"prefers not to answer\" and \"not collected\" cannot be combined with other answers.";
        }
        return null;
    }

    public static HudRace[] answers() {
        return Arrays.stream(values()).filter(HudRace::isAnswer).toArray(HudRace[]::new);
    }
}
