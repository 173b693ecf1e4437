// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.expectations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.simulation.Simulation;
import org.hvnet.analysis.names.UnresolvedInterfaceNames;
import org.hvnet.testing.Labs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example in examples/ has expectations, all of which pass, and no unresolved interface name. */
class ExampleExpectationsTest {

    static List<Path> examples() {
        return HvnetTestFiles.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExpectationOfTheExamplePasses(Path example) {
        var topologies = Labs.example(example.getFileName().toString());
        assertTrue(UnresolvedInterfaceNames.of(topologies).isEmpty(), () -> UnresolvedInterfaceNames.of(topologies).toString());
        List<ExpectationResult> results = Simulation.of(topologies).expectations();
        assertFalse(results.isEmpty(), example + " has no expect line");
        for (ExpectationResult result : results) {
            assertTrue(result.passed(), () -> example + ": expect " + result.text() + ": expected " + result.expected() + ", found " + result.found());
        }
    }
}
