// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.hvnet.simulation.traffic.Trace;

/** Rule T-8 against T-7: a matrix cell says "reachable" exactly when the trace of that pair is delivered. */
final class TraceAgreement {

    private TraceAgreement() {
    }

    /** Traces every ordered pair of distinct endpoints of {@code matrix} and compares each with its cell. */
    static void assertEveryPair(Simulation simulation, ReachabilityMatrix matrix, String lab) {
        List<String> endpoints = matrix.endpoints();
        int delivered = 0;
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = 0; j < matrix.size(); j++) {
                String from = endpoints.get(i).equals("internet") ? "8.8.8.8" : quoteInterface(endpoints.get(i));
                String to = endpoints.get(j).equals("internet") ? "8.8.8.8" : quoteInterface(endpoints.get(j));
                if (from.equals(to)) {
                    continue;
                }
                Trace trace = simulation.trace(from, to);
                assertEquals(trace.delivered(), matrix.reachable(i, j), () -> lab + ": " + from + " -> " + to + " traced " + trace);
                delivered += trace.delivered() ? 1 : 0;
            }
        }
        assertTrue(matrix.size() < 2 || delivered > 0, "a lab where nothing reaches anything tests nothing");
    }

    private static String quoteInterface(String label) {
        int dot = label.indexOf('.');
        return label.substring(0, dot) + ".\"" + label.substring(dot + 1) + "\"";
    }
}
