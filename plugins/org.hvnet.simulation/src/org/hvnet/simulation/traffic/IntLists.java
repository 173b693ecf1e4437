// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers gathered per key in lists, then frozen into arrays: a list grows in amortized constant time, where an array
 * grown by one per number is quadratic in how many numbers a key gets (an address on every host has thousands).
 */
final class IntLists {

    private IntLists() {
    }

    /** Appends {@code value} to the list of {@code key}. */
    static <K> void append(Map<K, List<Integer>> map, K key, int value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** Every list of {@code map} as an array, in the list's order. */
    static <K> Map<K, int[]> frozen(Map<K, List<Integer>> map) {
        Map<K, int[]> arrays = new HashMap<>();
        map.forEach((key, values) -> arrays.put(key, values.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }
}
