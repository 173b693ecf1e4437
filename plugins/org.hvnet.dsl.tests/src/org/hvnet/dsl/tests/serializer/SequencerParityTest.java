// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TodaysShares;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.model.Host;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The language's semantic sequencer writes exactly the text of Xtext's generic one: for every example, the test
 * topologies and generated data centres with each of today's features, parsed (with their node model and comments),
 * as detached copies (built in memory, what install, convert and import write) and edited after parsing.
 */
class SequencerParityTest {

    static List<Path> examples() {
        List<Path> examples = HvnetTestFiles.examples();
        assertFalse(examples.isEmpty(), "no examples found under " + HvnetTestFiles.repositoryRoot());
        return examples;
    }

    private static void assertParity(String text) {
        Topology parsed = HvnetTestFiles.parseClean(text);
        SameText.assertSameText(parsed);
        SameText.assertSameText(Serialization.detachedCopies(List.of(parsed)).get(0));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsWrittenAlike(Path example) {
        String text = HvnetTestFiles.read(example);
        LoadedModel model = HvnetTestFiles.load(Map.of(example.getFileName().toString(), text));
        assertEquals(List.of(), model.problems());
        SameText.assertSameText(model.topologies().get(0));
        SameText.assertSameText(Serialization.detachedCopies(model.topologies()).get(0));
    }

    @Test
    void testTopologiesAreWrittenAlike() {
        assertParity(HvnetTestFiles.todaysHyperV());
        assertParity(HvnetTestFiles.resource(getClass(), "every-construct.hvnet"));
        assertParity(HvnetTestFiles.resource(getClass(), "built-lab.hvnet"));
    }

    /** Shares of hosts with VLAN tenants, WinNAT, a Switch Embedded Team and port ACLs, as {@code hvnet generate} takes them. */
    @ParameterizedTest
    @ValueSource(strings = { "0,0,0,0", "100,0,0,0", "0,100,0,0", "0,0,100,0", "0,0,0,100", "30,10,20,20", "100,100,100,100" })
    void generatedDataCentresAreWrittenAlike(String shares) {
        int[] percent = java.util.Arrays.stream(shares.split(",")).mapToInt(Integer::parseInt).toArray();
        TodaysShares todays = new TodaysShares(percent[0], percent[1], percent[2], percent[3]);
        for (long seed = 1; seed <= 3; seed++) {
            assertParity(TopologyGenerator.generate(new GeneratorSettings(6, 8, seed, todays)));
        }
    }

    @Test
    void commentsKeepTheirPlace() {
        String text = """
                // the lab
                topology Lab
                host HV platform hyperv-2016 { // the host
                    nic Ethernet /* the uplink */ { bind vswitch }
                    switch Uplink external on Ethernet { // the external switch
                        host-vnic Management vlan 10 { ipv4 dhcp } // management
                    }
                    vm Web {
                        // the front end
                        nic eth0 on Uplink vlan 20 dhcp-guard { /* address */ ipv4 static 10.0.0.5/24 acl deny out remote 0.0.0.0/0 }
                    }
                }
                """;
        Topology parsed = HvnetTestFiles.parseClean(text);
        String written = SameText.assertSameText(parsed);
        for (String comment : List.of("// the lab", "// the host", "/* the uplink */", "// the external switch", "// management",
                "// the front end", "/* address */")) {
            assertTrue(written.contains(comment), () -> comment + " in\n" + written);
        }
        assertTrue(written.contains("nic eth0 on Uplink vlan 20 dhcp-guard"), () -> "the order of the text is kept:\n" + written);
    }

    @Test
    void elementsAddedToAParsedModelAreWrittenAlike() {
        Topology parsed = HvnetTestFiles.parseClean(TopologyGenerator.generate(new GeneratorSettings(2, 3, 1, new TodaysShares(50, 50, 50, 50))));
        Host host = parsed.getHosts().get(0);
        VirtualMachine copy = EcoreUtil.copy(host.getVms().get(0));
        copy.setName("Added");
        host.getVms().add(copy);
        host.getVms().get(1).setName("Renamed");
        String written = SameText.assertSameText(parsed);
        assertTrue(written.contains("vm Added {") && written.contains("vm Renamed {"), written);
    }
}
