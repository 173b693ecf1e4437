// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Replays a change of a text onto a newer version of it (a three-way merge by lines): the change {@code from} →
 * {@code to} and the changes {@code from} → {@code current} made meanwhile (on disk, by another client) must touch
 * different lines, not even adjacent ones; then both are kept. Otherwise there is no safe result.
 */
public final class TextRebase {

    private TextRebase() {
    }

    /** {@code current} with the change {@code from} → {@code to} applied, or empty when it collides with a change of {@code current}. */
    public static Optional<String> apply(String from, String to, String current) {
        if (current.equals(from)) {
            return Optional.of(to);
        }
        List<String> base = TextLines.of(from);
        List<AbstractDelta<String>> ours = DiffUtils.diff(base, TextLines.of(to)).getDeltas();
        List<AbstractDelta<String>> theirs = DiffUtils.diff(base, TextLines.of(current)).getDeltas();
        for (AbstractDelta<String> mine : ours) {
            for (AbstractDelta<String> other : theirs) {
                if (start(mine) <= end(other) && start(other) <= end(mine)) {
                    return Optional.empty();
                }
            }
        }
        List<AbstractDelta<String>> all = new ArrayList<>(ours);
        all.addAll(theirs);
        all.sort(Comparator.comparingInt(TextRebase::start).reversed());
        List<String> lines = new ArrayList<>(base);
        for (AbstractDelta<String> delta : all) {
            List<String> region = lines.subList(start(delta), end(delta));
            region.clear();
            region.addAll(delta.getTarget().getLines());
        }
        return Optional.of(String.join("", lines));
    }

    private static int start(AbstractDelta<String> delta) {
        return delta.getSource().getPosition();
    }

    private static int end(AbstractDelta<String> delta) {
        return delta.getSource().getPosition() + delta.getSource().size();
    }
}
