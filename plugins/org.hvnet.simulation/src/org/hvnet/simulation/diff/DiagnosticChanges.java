// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The diagnostics of the new version that the old one did not have ({@code added}) and those of the old version
 * that are gone ({@code fixed}), matched by a key that leaves out where they are (rule, element, message), so that
 * moving a line is no change; as many times as they occur.
 */
public record DiagnosticChanges<T>(List<T> added, List<T> fixed) {

    /** Compares two lists of diagnostics by {@code key}. */
    public static <T> DiagnosticChanges<T> between(List<T> older, List<T> newer, Function<T, String> key) {
        return new DiagnosticChanges<>(missingFrom(newer, older, key), missingFrom(older, newer, key));
    }

    private static <T> List<T> missingFrom(List<T> items, List<T> others, Function<T, String> key) {
        Map<String, Integer> available = new HashMap<>();
        others.forEach(other -> available.merge(key.apply(other), 1, Integer::sum));
        List<T> missing = new ArrayList<>();
        for (T item : items) {
            String k = key.apply(item);
            if (available.getOrDefault(k, 0) > 0) {
                available.merge(k, -1, Integer::sum);
            } else {
                missing.add(item);
            }
        }
        return List.copyOf(missing);
    }

    /** True when nothing is new and nothing was fixed. */
    public boolean isEmpty() {
        return added.isEmpty() && fixed.isEmpty();
    }
}
