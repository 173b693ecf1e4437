// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.traffic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.simulation.Simulation;
import org.hvnet.testing.Labs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule T-8: the class-based matrix says "reachable" exactly when a trace of that pair is delivered, on every example
 * and on generated data centres.
 */
class ReachAgreesWithTraceTest {

    static List<Path> examples() {
        return HvnetTestFiles.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void t8MatrixAgreesWithTraceForEveryPair(Path example) {
        Simulation simulation = Simulation.of(Labs.example(example.getFileName().toString()));
        TraceAgreement.assertEveryPair(simulation, simulation.matrix(), example.toString());
    }

    @ParameterizedTest
    @CsvSource({ "2, 4, 1", "4, 6, 7" })
    void t8MatrixAgreesWithTraceForEveryPairOfAGeneratedDataCentre(int hosts, int vmsPerHost, long seed) {
        // generated hosts mix NAT, private and multi-homed VMs: the source classes group devices, not just ports
        Simulation simulation = Simulation.of(Labs.generated(hosts, vmsPerHost, seed));
        TraceAgreement.assertEveryPair(simulation, simulation.matrix(), "generated " + hosts + "x" + vmsPerHost);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void t8ClassWalksAreFewerThanPairs(Path example) {
        Simulation simulation = Simulation.of(Labs.example(example.getFileName().toString()));
        ReachabilityMatrix matrix = simulation.matrix();
        for (int i = 0; i < matrix.size(); i++) {
            matrix.row(i);
        }
        assertTrue(simulation.reachability().walks() <= matrix.size() * matrix.size(),
                () -> simulation.reachability().walks() + " walks for " + matrix.size() + " endpoints");
    }
}
