// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.hvnet.generator.TopologyGenerator;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.hvnet.simulation.traffic.ReachabilitySummary;
import org.hvnet.simulation.traffic.Trace;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rule T-8 on a generated data centre with every share of today's Hyper-V: for sampled sources, the class-based
 * summary counts what the matrix row holds, and every sampled cell of that row is what a trace of the pair says (T-7).
 */
class TodaysReachAgreementTest {

    @Test
    void t8SummaryAndTracesAgreeOnSampledPairs() {
        Simulation simulation = Simulation.of(Labs.of(TopologyGenerator.generate(TodaysSharesTest.EVERY_SHARE)));
        ReachabilityMatrix matrix = simulation.matrix();
        ReachabilitySummary summary = simulation.reachabilitySummary();
        List<String> endpoints = matrix.endpoints();
        assertEquals(endpoints.size(), summary.endpoints());
        SplittableRandom random = new SplittableRandom(14);
        int delivered = 0;
        int dropped = 0;
        for (int sample = 0; sample < 60; sample++) {
            int from = random.nextInt(endpoints.size());
            boolean[] row = matrix.row(from);
            int reached = 0;
            for (int to = 0; to < row.length; to++) {
                reached += to != from && row[to] ? 1 : 0;
            }
            assertEquals(reached, summary.reaches(from), "how many endpoints " + endpoints.get(from) + " reaches");
            for (int pair = 0; pair < 40; pair++) {
                int to = random.nextInt(endpoints.size());
                if (to == from) {
                    continue;
                }
                String source = endpoint(endpoints.get(from));
                String destination = endpoint(endpoints.get(to));
                Trace trace = simulation.trace(source, destination);
                assertEquals(trace.delivered(), row[to], () -> source + " -> " + destination + " traced " + trace);
                delivered += trace.delivered() ? 1 : 0;
                dropped += trace.delivered() ? 0 : 1;
            }
        }
        assertTrue(delivered > 0 && dropped > 0, delivered + " delivered, " + dropped + " dropped: the sample tests both");
    }

    private static String endpoint(String label) {
        if (label.equals("internet")) {
            return "8.8.8.8";
        }
        int dot = label.indexOf('.');
        return label.substring(0, dot) + ".\"" + label.substring(dot + 1) + "\"";
    }
}
