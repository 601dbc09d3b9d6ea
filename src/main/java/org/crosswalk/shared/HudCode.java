package org.crosswalk.shared;

/** HUD HMIS list values used on people, with the numeric code the CSV carries. */
public final class HudCode {

    private HudCode() {
    }

    /** 3.15 RelationshipToHoH */
    public enum Relationship {
        SELF(1, "Self (head of household)"),
        CHILD(2, "Head of household's child"),
        SPOUSE_OR_PARTNER(3, "Head of household's spouse or partner"),
        OTHER_RELATIVE(4, "Head of household's other relation member"),
        UNRELATED(5, "Other: non-relation member"),
        NOT_COLLECTED(99, "Data not collected");

        public final int code;
        public final String label;

        Relationship(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public static Relationship of(int code) {
            for (Relationship r : values()) if (r.code == code) return r;
            throw new IllegalArgumentException("RelationshipToHoH " + code);
        }

        public int code() { return code; }
        public String label() { return label; }
    }

    /** 3.06 Sex (FY2026) */
    public enum Sex {
        FEMALE(0, "Female"), MALE(1, "Male"), DOES_NOT_KNOW(8, "Client doesn't know"),
        PREFERS_NOT_TO_ANSWER(9, "Client prefers not to answer"), NOT_COLLECTED(99, "Data not collected");

        public final int code;
        public final String label;

        Sex(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public static Sex of(int code) {
            for (Sex s : values()) if (s.code == code) return s;
            throw new IllegalArgumentException("Sex " + code);
        }

        public int code() { return code; }
        public String label() { return label; }
    }

    /** 1.8 No/Yes/Reasons for missing data, used by 3.07 Veteran Status */
    public enum YesNo {
        NO(0, "No"), YES(1, "Yes"), DOES_NOT_KNOW(8, "Client doesn't know"),
        PREFERS_NOT_TO_ANSWER(9, "Client prefers not to answer"), NOT_COLLECTED(99, "Data not collected");

        public final int code;
        public final String label;

        YesNo(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public static YesNo of(int code) {
            for (YesNo y : values()) if (y.code == code) return y;
            throw new IllegalArgumentException("NoYesReasons " + code);
        }

        public int code() { return code; }
        public String label() { return label; }
    }
}
