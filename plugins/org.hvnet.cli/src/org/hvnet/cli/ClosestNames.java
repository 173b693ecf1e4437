// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * "Did you mean": the known names closest to a mistyped one, by edit distance (an insertion, a deletion, a
 * substitution or two neighbours swapped count one each), or by prefix ({@code --sum} for {@code --summary}).
 */
public final class ClosestNames {

    private ClosestNames() {
    }

    /** The known names nearest to {@code typed}, nearest first; empty when none is close enough to be meant. */
    public static List<String> to(String typed, Collection<String> known) {
        String word = typed.toLowerCase(java.util.Locale.ROOT);
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String name : known) {
            String candidate = name.toLowerCase(java.util.Locale.ROOT);
            int distance = candidate.startsWith(word) && word.replace("-", "").length() >= 2 ? 1 : distance(word, candidate);
            if (distance > allowed(name)) {
                continue;
            }
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            if (distance == best) {
                nearest.add(name);
            }
        }
        return nearest;
    }

    /** The sentence to append to an "unknown ..." message: {@code ; did you mean 'x'?}, or empty. */
    public static String suggestion(String typed, Collection<String> known) {
        List<String> nearest = to(typed, known);
        if (nearest.isEmpty()) {
            return "";
        }
        if (nearest.size() == 1) {
            return "; did you mean '" + nearest.get(0) + "'?";
        }
        return "; did you mean one of '" + String.join("', '", nearest) + "'?";
    }

    /** How far a name may be mistyped: one edit for short names, a third of the letters for longer ones. */
    private static int allowed(String name) {
        int letters = name.replace("-", "").length();
        return Math.max(1, letters / 3);
    }

    /** The optimal string alignment distance of {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
