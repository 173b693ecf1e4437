// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.text;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Keeps the user's own layout on lines whose tokens did not change: the serializer re-formats the block around a
 * change (comment alignment, double spaces), so every line of the new text whose words equal those of an old line
 * (matched in order by a line diff, java-diff-utils' Myers) is replaced by the old line, exactly as the user wrote
 * it. The diff costs about the size of the file times the size of the change, whatever the size of the file.
 */
public final class LayoutPreservingMerge {

    private LayoutPreservingMerge() {
    }

    /** The {@code updated} text with the unchanged lines taken from {@code original}. */
    public static String merge(String original, String updated) {
        List<String> before = TextLines.of(original);
        List<String> after = TextLines.of(updated);
        List<String> keyBefore = before.stream().map(LayoutPreservingMerge::words).toList();
        List<String> keyAfter = after.stream().map(LayoutPreservingMerge::words).toList();
        StringBuilder merged = new StringBuilder(updated.length());
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(keyBefore, keyAfter).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++) {
                merged.append(before.get(i));
            }
            int target = delta.getTarget().getPosition();
            for (int j = target; j < target + delta.getTarget().size(); j++) {
                merged.append(after.get(j));
            }
            i += delta.getSource().size();
        }
        for (; i < before.size(); i++) {
            merged.append(before.get(i));
        }
        return merged.toString();
    }

    /** The words of a line, single-spaced; the line end is part of the key so that a last line without one differs. */
    private static String words(String line) {
        String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        return String.join(" ", body.strip().split("\\s+")) + (line.endsWith("\n") ? "\n" : "");
    }
}
