package org.crosswalk.linkage.matching;

import java.util.List;

/**
 * One comparison of a scheme and its agreement levels, from "disagree" (level 1) up to the strongest
 * agreement (level {@code levels.size()}); level 0 means a side is blank and carries no weight.
 * Its {@link Role} seeds the EM's latent classes.
 */
public record Field(String name, List<String> levels, Role role) {

    /** What a field describes, which seeds the EM's latent classes (see {@link FellegiSunter}). */
    public enum Role {
        /** the person: given name, birth, SSN, sex; household members differ on these */
        PERSON,
        /** the family name: shared in a household, kept by someone who moves */
        FAMILY,
        /** the home: changes when someone moves, shared in a household */
        PLACE
    }

    public Field(String name, List<String> levels) {
        this(name, levels, Role.PERSON);
    }

    Field as(Role r) {
        return new Field(name, levels, r);
    }

    public int levelCount() {
        return levels.size();
    }

    public String levelName(int level) {
        return level == 0 ? "missing" : levels.get(level - 1);
    }

    static final int BITS = 3;

    static int level(long pattern, int field) {
        return (int) ((pattern >>> (field * BITS)) & 7);
    }

    static long with(long pattern, int field, int level) {
        return pattern | ((long) level << (field * BITS));
    }
}
