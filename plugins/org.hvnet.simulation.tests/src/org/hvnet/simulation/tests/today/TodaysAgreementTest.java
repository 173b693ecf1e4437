// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.today;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.tests.traffic.TodaysAgreement;
import org.hvnet.testing.Labs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule T-8 against T-7 on random labs of today's Hyper-V ({@link TodaysLabs}): VLANs and ACLs refine the classes of the
 * reachability analysis, NetNats and Default Switches translate; a matrix cell is reachable exactly when the trace is
 * delivered, and the summary counts what the matrix holds, on every lab.
 */
class TodaysAgreementTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matrixAgreesWithTracesAndSummaryWithMatrix(long seed) {
        String text = TodaysLabs.of(seed);
        Simulation simulation = Simulation.of(Labs.of(text));
        TodaysAgreement.assertAgrees(simulation, "today's lab of seed " + seed + ":\n" + text);
        assertTrue(simulation.reachability().walks() > 0);
    }
}
