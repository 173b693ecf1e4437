package org.hvnet.diagram.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the user's own layout on lines whose tokens did not change: the serializer re-formats the block around a
 * change (comment alignment, double spaces), so every line of the new text whose words equal those of an old line
 * (matched in order, by longest common subsequence) is replaced by the old line, exactly as the user wrote it.
 */
public final class LayoutPreservingMerge {

    private LayoutPreservingMerge() {
    }

    /** The {@code updated} text with the unchanged lines taken from {@code original}. */
    public static String merge(String original, String updated) {
        List<String> before = lines(original);
        List<String> after = lines(updated);
        int n = before.size();
        int m = after.size();
        if ((long) n * m > 25_000_000L) {
            return updated;
        }
        String[] keyBefore = before.stream().map(LayoutPreservingMerge::words).toArray(String[]::new);
        String[] keyAfter = after.stream().map(LayoutPreservingMerge::words).toArray(String[]::new);
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = keyBefore[i].equals(keyAfter[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder merged = new StringBuilder(updated.length());
        int i = 0;
        int j = 0;
        while (j < m) {
            if (i < n && keyBefore[i].equals(keyAfter[j])) {
                merged.append(before.get(i));
                i++;
                j++;
            } else if (i < n && common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                merged.append(after.get(j));
                j++;
            }
        }
        return merged.toString();
    }

    /** The lines of {@code text}, each with its line end. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                lines.add(text.substring(start, k + 1));
                start = k + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** The words of a line, single-spaced; the line end is part of the key so that a last line without one differs. */
    private static String words(String line) {
        String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        return String.join(" ", body.strip().split("\\s+")) + (line.endsWith("\n") ? "\n" : "");
    }
}
