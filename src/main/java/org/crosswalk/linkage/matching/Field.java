package org.crosswalk.linkage.matching;

import java.util.List;

/**
 * One comparison of a scheme and its agreement levels, from "disagree" (level 1) up to the strongest
 * agreement (level {@code levels.size()}); level 0 means a side is blank and carries no weight.
 */
public record Field(String name, List<String> levels) {

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
