package org.crosswalk.linkage.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Given names people use for one another ({@code linkage/nicknames.csv}): bill and william, lupe and guadalupe. */
final class Nicknames {

    private static final int[] NONE = new int[0];
    private static final Map<String, int[]> GROUPS = load();

    private Nicknames() {}

    /** The groups this (cleaned) name belongs to, sorted; empty when it is in none. */
    static int[] groupsOf(String name) {
        return GROUPS.getOrDefault(name, NONE);
    }

    static boolean shareAGroup(int[] a, int[] b) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    private static Map<String, int[]> load() {
        Map<String, int[]> groups = new HashMap<>();
        try (var in = Nicknames.class.getResourceAsStream("/linkage/nicknames.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int group = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                for (String name : line.split(",")) {
                    String n = name.trim();
                    int[] old = groups.getOrDefault(n, NONE);
                    if (old.length > 0 && old[old.length - 1] == group) continue;
                    int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = group;
                    groups.put(n, grown);
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(groups);
    }
}
