// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.ReachGroup;
import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.hvnet.simulation.traffic.ReachabilitySummary;

/**
 * Rule T-8 the slow way, to check the summary against: every cell of the {@link ReachabilityMatrix}, counted per
 * row, then compared with what {@link ReachabilitySummary} counted without visiting the cells.
 */
final class MatrixCounts {

    private final List<String> endpoints;
    private final int[] reaches;
    private final long reachablePairs;
    private final int reachInternet;
    private final int reachNothing;

    private MatrixCounts(ReachabilityMatrix matrix) {
        endpoints = matrix.endpoints();
        int internet = endpoints.indexOf("internet");
        reaches = new int[matrix.size()];
        long pairs = 0;
        int toInternet = 0;
        int nothing = 0;
        for (int from = 0; from < matrix.size(); from++) {
            for (int to = 0; to < matrix.size(); to++) {
                reaches[from] += from != to && matrix.reachable(from, to) ? 1 : 0;
            }
            pairs += reaches[from];
            nothing += reaches[from] == 0 ? 1 : 0;
            toInternet += internet >= 0 && from != internet && matrix.reachable(from, internet) ? 1 : 0;
        }
        reachablePairs = pairs;
        reachInternet = toInternet;
        reachNothing = nothing;
    }

    /** Counts every cell of the simulation's matrix. */
    static MatrixCounts of(Simulation simulation) {
        return new MatrixCounts(simulation.matrix());
    }

    /** Rule T-8: the summary's totals, row counts and groups are the matrix's, on {@code lab}. */
    static void assertSummaryAgrees(Simulation simulation, String lab) {
        MatrixCounts matrix = of(simulation);
        ReachabilitySummary summary = simulation.reachabilitySummary();
        int n = matrix.endpoints.size();
        assertEquals(n, summary.endpoints(), lab);
        assertEquals((long) n * Math.max(0, n - 1), summary.pairs(), lab);
        for (int i = 0; i < n; i++) {
            int endpoint = i;
            assertEquals(matrix.reaches[i], summary.reaches(i), () -> lab + ": how many endpoints " + matrix.endpoints.get(endpoint) + " reaches");
        }
        assertEquals(matrix.reachablePairs, summary.reachablePairs(), lab + ": reachable pairs");
        assertEquals(matrix.reachInternet, summary.reachInternet(), lab + ": endpoints that reach the internet");
        assertEquals(matrix.reachNothing, summary.reachNothing(), lab + ": endpoints that reach nothing");
        assertEquals(n, summary.groups().stream().mapToInt(ReachGroup::members).sum(), lab + ": every endpoint is in one group");
        assertEquals(summary.groups().size(), summary.sourceClasses(), lab);
        for (ReachGroup group : summary.groups()) {
            int representative = matrix.endpoints.indexOf(group.endpoint());
            assertTrue(representative >= 0, () -> lab + ": " + group);
            int reached = matrix.reaches[representative];
            assertTrue(group.reaches() <= reached && reached <= group.reachesMost(), () -> lab + ": " + group + " but its representative reaches "
                    + reached);
        }
    }
}
