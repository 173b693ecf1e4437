// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.simulation.expectations.ExpectationResult;

/**
 * An {@code expect} line, as written, that passes in one version and fails in the other. Lines are matched by their
 * text (the n-th occurrence of a text with the n-th); a line in one version only has not flipped.
 */
public record ExpectationFlip(String line, boolean oldPassed, boolean newPassed) {

    /** {@code PASS} or {@code FAIL}. */
    public static String verdict(boolean passed) {
        return passed ? "PASS" : "FAIL";
    }

    /** The lines whose verdict flipped, in the new version's order. */
    public static List<ExpectationFlip> between(List<ExpectationResult> older, List<ExpectationResult> newer) {
        Map<String, List<Boolean>> before = new HashMap<>();
        older.forEach(result -> before.computeIfAbsent(result.text(), k -> new ArrayList<>()).add(result.passed()));
        Map<String, Integer> seen = new HashMap<>();
        List<ExpectationFlip> flips = new ArrayList<>();
        for (ExpectationResult result : newer) {
            int occurrence = seen.merge(result.text(), 1, Integer::sum) - 1;
            List<Boolean> old = before.getOrDefault(result.text(), List.of());
            if (occurrence < old.size() && old.get(occurrence) != result.passed()) {
                flips.add(new ExpectationFlip(result.text(), old.get(occurrence), result.passed()));
            }
        }
        return List.copyOf(flips);
    }
}
