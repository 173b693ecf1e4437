// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The interleaved JMH table: medians over all rounds' shots, growth per doubling, and the 2.3 mark. */
class InterleavedJmhTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, InterleavedJmh.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, InterleavedJmh.median(List.of(4.0, 1.0, 2.0, 3.0)));
        assertTrue(Double.isNaN(InterleavedJmh.median(List.of())));
    }

    @Test
    void growthIsTheRatioOfMediansAndIsMarkedAboveTheTarget() {
        Map<String, Map<String, List<Double>>> shots = new LinkedHashMap<>();
        Map<String, List<Double>> install = new LinkedHashMap<>();
        install.put("1000", List.of(100.0, 90.0, 110.0));
        install.put("2000", List.of(240.0, 250.0, 500.0));
        shots.put("install", install);
        String table = InterleavedJmh.table(shots, new String[] { "1000", "2000" });
        String[] lines = table.split("\n");
        assertEquals("| benchmark | 1000 | 2000 | ×2 1000→2000 | ×2 mean |", lines[0]);
        assertEquals("| install (ms) | 100 | 250 | 2.50× ✗ | 2.50× ✗ |", lines[2]);
    }
}
