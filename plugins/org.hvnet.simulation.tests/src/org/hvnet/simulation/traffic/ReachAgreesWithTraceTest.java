package org.hvnet.simulation.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.hvnet.dsl.tests.HvnetTestFiles;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.tests.Labs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule T-8: the class-based matrix says "reachable" exactly when a trace of that pair is delivered, on every example. */
class ReachAgreesWithTraceTest {

    static List<Path> examples() {
        return HvnetTestFiles.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void t8MatrixAgreesWithTraceForEveryPair(Path example) {
        Simulation simulation = Simulation.of(Labs.example(example.getFileName().toString()));
        ReachabilityMatrix matrix = simulation.matrix();
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
                assertEquals(trace.delivered(), matrix.reachable(i, j), () -> example + ": " + from + " -> " + to + " traced " + trace);
                delivered += trace.delivered() ? 1 : 0;
            }
        }
        assertTrue(matrix.size() < 2 || delivered > 0, "a lab where nothing reaches anything tests nothing");
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

    private static String quoteInterface(String label) {
        int dot = label.indexOf('.');
        return label.substring(0, dot) + ".\"" + label.substring(dot + 1) + "\"";
    }
}
