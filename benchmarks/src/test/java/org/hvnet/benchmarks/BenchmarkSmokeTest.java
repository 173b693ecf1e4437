// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.ResolvedEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every phase the benchmarks time runs outside OSGi on a two-host model, and the table renders growth rows (no timing). */
class BenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void everyPhaseRunsOnTheStandaloneClasspath() throws IOException {
        LoadedModel model = GeneratedTopology.load(2);
        assertTrue(model.problems().isEmpty(), model.problems().toString());
        assertFalse(ModelValidation.validate(model).stream().anyMatch(p -> p.severity().name().equals("ERROR")));
        Simulation simulation = Simulation.of(model.topologies());
        ResolvedEndpoint[][] pairs = TracePairs.draw(simulation.snapshot(), simulation.addresses(), 10);
        assertEquals(10, pairs.length);
        for (ResolvedEndpoint[] pair : pairs) {
            assertNotNull(simulation.trace(pair[0], pair[1]).verdict());
        }
        assertEquals(simulation.reachabilitySummary().reachablePairs(), new ReachabilitySummaryBenchmark() {
            {
                hosts = 2;
                simulate();
            }
        }.reachabilitySummary().reachablePairs());
        Path xmi = dir.resolve("two.xmi");
        XmiFiles.save(model.topologies().get(0), xmi);
        Topology loaded = XmiFiles.load(xmi);
        assertEquals(model.topologies().get(0).getHosts().size(), loaded.getHosts().size());
    }

    @Test
    void theSharesPropertyGeneratesTodaysHyperVUnderItsOwnFileName() {
        String before = System.getProperty(GeneratedTopology.SHARES_PROPERTY);
        System.setProperty(GeneratedTopology.SHARES_PROPERTY, "30,10,20,20");
        try {
            assertEquals(Path.of("generated-40x20-shares-30-10-20-20.hvnet"), GeneratedTopology.fileName(40));
            String text = GeneratedTopology.text(40);
            for (String feature : new String[] { "vlan access 10", "netnat LabNat", "embedded-teaming", "acl deny out" }) {
                assertTrue(text.contains(feature), feature);
            }
            LoadedModel model = GeneratedTopology.load(40);
            assertTrue(model.problems().isEmpty(), model.problems().toString());
            assertFalse(ModelValidation.validate(model).stream().anyMatch(p -> p.severity().name().equals("ERROR")));
        } finally {
            if (before == null) {
                System.clearProperty(GeneratedTopology.SHARES_PROPERTY);
            } else {
                System.setProperty(GeneratedTopology.SHARES_PROPERTY, before);
            }
        }
        assertEquals(Path.of("generated-40x20.hvnet"), GeneratedTopology.fileName(40));
        assertFalse(GeneratedTopology.text(40).contains("netnat"));
    }

    @Test
    void theTableHasAGrowthRowPerDoubling() throws IOException {
        Path rows = dir.resolve("rows.tsv");
        Files.writeString(rows, "hosts=250\tparseMs=100.0\tvms=5000\nhosts=500\tparseMs=240.0\tvms=10000\n");
        PrintStream standardOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            EndToEndTable.main(new String[] { rows.toString() });
        } finally {
            System.setOut(standardOut);
        }
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.startsWith("| hosts | VMs | parse+link ms |"), table);
        assertTrue(table.contains("| ×2: 250→500 |  | 2.40× ✗ |"), table);
    }
}
