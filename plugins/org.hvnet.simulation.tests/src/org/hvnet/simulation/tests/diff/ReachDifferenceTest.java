// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.diff.ModelDifference;
import org.hvnet.simulation.traffic.ReachDifference;
import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.hvnet.simulation.traffic.Trace;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reachability gained and lost between two versions (rule T-8), counted from the classes of both, checked against
 * the brute force: every ordered pair of distinct endpoints of both matrices, matched by name. On every example with
 * every hand edit, and as properties over generated data centres: a model against itself differs in nothing, and
 * swapping the versions swaps gained and lost. Every listed pair is a real change, confirmed by traces.
 */
class ReachDifferenceTest {

    static Stream<Arguments> examplesWithEdits() {
        List<Arguments> runs = new ArrayList<>();
        for (Path example : HvnetTestFiles.examples()) {
            for (String edit : ModelEdits.NAMES) {
                for (int nth = 0; nth < 3; nth++) {
                    runs.add(Arguments.of(example.getFileName().toString(), edit, nth));
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {1} #{2}")
    @MethodSource("examplesWithEdits")
    void t8CountsAreThePairsTheMatricesSayOnEveryExampleWithEveryEdit(String example, String edit, int nth) {
        List<Topology> model = Labs.example(example);
        List<Topology> edited = ModelEdits.apply(model, edit, nth);
        if (edited != null) {
            assertAgreesWithBruteForce(Simulation.of(model), Simulation.of(edited), example + " " + edit);
        }
    }

    @Test
    void t8CountsAreExactOnTheExamplesFolderAsOneModelWithEveryEdit() {
        List<Topology> model = Labs.allExamples();
        for (String edit : ModelEdits.NAMES) {
            List<Topology> edited = ModelEdits.apply(model, edit, 1);
            assertAgreesWithBruteForce(Simulation.of(model), Simulation.of(edited), "examples " + edit);
        }
    }

    static Stream<Arguments> generatedPairs() {
        List<Arguments> runs = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            runs.add(Arguments.of(3 + (int) (seed % 5), 1 + (int) (seed % 4), seed, ModelEdits.NAMES.get((int) (seed % ModelEdits.NAMES.size()))));
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}x{1} seed {2} {3}")
    @MethodSource("generatedPairs")
    void t8PropertiesOnGeneratedModels(int hosts, int vms, long seed, String edit) {
        List<Topology> a = Labs.generated(hosts, vms, seed);
        List<Topology> b = ModelEdits.apply(a, edit, (int) seed);
        b = b != null ? b : ModelEdits.apply(a, "rename-vm", (int) seed);
        Simulation older = Simulation.of(a);
        Simulation newer = Simulation.of(b);
        ModelDifference same = ModelDifference.between(a, Simulation.of(a), a, older, 20);
        assertTrue(same.isEmpty(), "diff A A is empty: " + same);
        ReachDifference forward = ReachDifference.between(older.reachSide(), newer.reachSide(), 5);
        ReachDifference backward = ReachDifference.between(newer.reachSide(), older.reachSide(), 5);
        assertEquals(forward.gained(), backward.lost(), "gained A->B = lost B->A");
        assertEquals(forward.lost(), backward.gained(), "lost A->B = gained B->A");
        assertAgreesWithBruteForce(older, newer, "generated " + hosts + "x" + vms + " seed " + seed + " " + edit);
    }

    @Test
    void t8ARenameLosesAndGainsEveryPairOfTheRenamedEndpoint() {
        List<Topology> model = Labs.example("article.hvnet");
        Simulation older = Simulation.of(model);
        Simulation newer = Simulation.of(ModelEdits.apply(model, "rename-vm", 0));
        ReachDifference difference = ReachDifference.between(older.reachSide(), newer.reachSide(), 100);
        assertTrue(difference.gained() > 0 && difference.gained() == difference.lost(), difference.gained() + " / " + difference.lost());
        String renamed = model.get(0).getHosts().get(0).getVms().get(0).getName() + ".";
        assertTrue(difference.pairs().stream().allMatch(p -> p.from().startsWith(renamed) || p.to().startsWith(renamed)
                || p.from().startsWith(renamed.replace(".", "_renamed.")) || p.to().startsWith(renamed.replace(".", "_renamed."))),
                difference.pairs()::toString);
        assertEquals(difference.gained() + difference.lost(), difference.pairs().size(), "every pair fits in the limit of 100");
    }

    /** Brute force: every cell of both matrices, by name; the difference's counts, and its pairs real and confirmed. */
    static void assertAgreesWithBruteForce(Simulation older, Simulation newer, String what) {
        ReachabilityMatrix before = older.matrix();
        ReachabilityMatrix after = newer.matrix();
        long gained = onlyIn(after, before).size();
        long lost = onlyIn(before, after).size();
        ReachDifference difference = ReachDifference.between(older.reachSide(), newer.reachSide(), Integer.MAX_VALUE);
        assertEquals(gained, difference.gained(), what + ": gained");
        assertEquals(lost, difference.lost(), what + ": lost");
        List<String> expected = new ArrayList<>();
        onlyIn(after, before).forEach(pair -> expected.add("gained " + pair));
        onlyIn(before, after).forEach(pair -> expected.add("lost " + pair));
        List<String> listed = new ArrayList<>();
        for (ReachDifference.PairChange pair : difference.pairs()) {
            listed.add(pair.change() + " " + pair.from() + " -> " + pair.to());
            Trace trace = (pair.gained() ? newer : older).trace(quoted(pair.from()), quoted(pair.to()));
            assertTrue(trace.delivered(), what + ": " + pair + " " + trace);
        }
        assertEquals(expected.stream().sorted().toList(), listed.stream().sorted().toList(), what + ": every changed pair listed without a limit");
        ReachDifference limited = ReachDifference.between(older.reachSide(), newer.reachSide(), 3);
        assertEquals(Math.min(3, gained + lost), limited.pairs().size(), what + ": the limit");
        assertFalse(limited.pairs().stream().anyMatch(p -> !listed.contains(p.change() + " " + p.from() + " -> " + p.to())));
    }

    private static String quoted(String label) {
        if (label.equals("internet")) {
            return "8.8.8.8";
        }
        int dot = label.indexOf('.');
        return label.substring(0, dot) + ".\"" + label.substring(dot + 1).replace("\"", "\\\"") + "\"";
    }

    /** The pairs {@code FROM -> TO} that {@code in} reaches and {@code other} does not (or lacks an endpoint of). */
    private static List<String> onlyIn(ReachabilityMatrix in, ReachabilityMatrix other) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < other.size(); i++) {
            index.putIfAbsent(other.endpoints().get(i), i);
        }
        List<String> pairs = new ArrayList<>();
        for (int from = 0; from < in.size(); from++) {
            for (int to = 0; to < in.size(); to++) {
                if (from == to || !in.reachable(from, to)) {
                    continue;
                }
                Integer otherFrom = index.get(in.endpoints().get(from));
                Integer otherTo = index.get(in.endpoints().get(to));
                if (otherFrom == null || otherTo == null || !other.reachable(otherFrom, otherTo)) {
                    pairs.add(in.endpoints().get(from) + " -> " + in.endpoints().get(to));
                }
            }
        }
        return pairs;
    }
}
