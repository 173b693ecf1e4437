// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.hvnet.simulation.Simulation;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.Labs;
import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two simulations of the same files (loaded twice) give identical addresses, reports and matrices. */
class SimulationDeterminismTest {

    static List<Path> examples() {
        return HvnetTestFiles.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void twoRunsAgree(Path example) {
        assertEquals(render(example), render(example));
    }

    private static String render(Path example) {
        Simulation simulation = Simulation.of(Labs.example(example.getFileName().toString()));
        StringBuilder text = new StringBuilder();
        text.append(simulation.addressTable()).append('\n').append(simulation.model().installs()).append('\n');
        ReachabilityMatrix matrix = simulation.matrix();
        for (int i = 0; i < matrix.size(); i++) {
            text.append(java.util.Arrays.toString(matrix.row(i)));
        }
        simulation.expectations().forEach(r -> text.append(r.text()).append(r.found()));
        return text.toString();
    }
}
