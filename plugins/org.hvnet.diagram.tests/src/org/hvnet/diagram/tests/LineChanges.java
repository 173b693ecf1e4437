// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/** The lines removed from and added to a text, by a line diff (java-diff-utils): what a diff would show. */
public record LineChanges(List<String> removed, List<String> added) {

    /** The changes that turn {@code before} into {@code after} (blank lines left out). */
    public static LineChanges between(String before, String after) {
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(Arrays.asList(before.split("\n", -1)), Arrays.asList(after.split("\n", -1))).getDeltas()) {
            removed.addAll(delta.getSource().getLines());
            added.addAll(delta.getTarget().getLines());
        }
        removed.removeIf(String::isBlank);
        added.removeIf(String::isBlank);
        return new LineChanges(removed, added);
    }
}
