package org.hvnet.diagram.tests;

import java.util.ArrayList;
import java.util.List;

/** The lines removed from and added to a text, by longest common subsequence: what a diff would show. */
public record LineChanges(List<String> removed, List<String> added) {

    /** The changes that turn {@code before} into {@code after}. */
    public static LineChanges between(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j >= b.length || (i < a.length && common[i + 1][j] >= common[i][j + 1])) {
                removed.add(a[i++]);
            } else {
                added.add(b[j++]);
            }
        }
        removed.removeIf(String::isBlank);
        added.removeIf(String::isBlank);
        return new LineChanges(removed, added);
    }
}
