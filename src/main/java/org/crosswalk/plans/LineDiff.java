package org.crosswalk.plans;

import java.util.ArrayList;
import java.util.List;

/** What changed between two texts, line by line (longest common subsequence): kept, removed, added. */
final class LineDiff {

    private LineDiff() {
    }

    static List<Plans.DiffLine> between(String before, String after) {
        List<String> a = before == null || before.isEmpty() ? List.of() : before.lines().toList();
        List<String> b = after == null || after.isEmpty() ? List.of() : after.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Plans.DiffLine> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(new Plans.DiffLine(Plans.DiffLine.Op.KEPT, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Plans.DiffLine(Plans.DiffLine.Op.REMOVED, a.get(i++)));
            } else {
                lines.add(new Plans.DiffLine(Plans.DiffLine.Op.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            lines.add(new Plans.DiffLine(Plans.DiffLine.Op.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            lines.add(new Plans.DiffLine(Plans.DiffLine.Op.ADDED, b.get(j++)));
        }
        return lines;
    }
}
