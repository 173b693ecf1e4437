// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.serializer.sequencer.GenericSequencer;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.hvnet.dsl.HvnetRuntimeModule;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TodaysShares;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.model.Topology;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Writing a data centre built in memory (what install, convert and import write) sequences its hosts, switches, VMs
 * and NICs without Xtext's backtracking search: were the language's sequencer to fall back to it for the common
 * shapes, writing would be as slow as before while the text stayed the same, which no other test would notice.
 */
class DirectSequencingTakenTest {

    /** The types the language's sequencer writes itself. */
    private static final Set<String> DIRECT = Set.of("Topology", "Host", "PhysicalNic", "VirtualSwitch", "HostVirtualNic", "VirtualMachine",
            "VmNic", "VmDhcpServer", "StaticIpv4Config", "DhcpIpv4Config", "VlanTrunk");

    @Test
    void aGeneratedDataCentreIsWrittenWithoutTheSearchForItsHostsSwitchesVmsAndNics() {
        Topology parsed = HvnetTestFiles.parseClean(TopologyGenerator.generate(new GeneratorSettings(10, 10, 1, new TodaysShares(50, 50, 50, 50))));
        Topology copy = EcoreUtil.copy(parsed);
        Injector counting = Guice.createInjector(Modules.override(new HvnetRuntimeModule())
                .with(binder -> binder.bind(ISemanticSequencer.class).annotatedWith(GenericSequencer.class).to(CountingGenericSequencer.class)));
        CountingGenericSequencer.SEQUENCED.clear();
        String written = counting.getInstance(TopologyWriter.class).write(copy);

        Map<String, Long> searched = new TreeMap<>();
        CountingGenericSequencer.SEQUENCED.forEach((type, count) -> searched.put(type, count.get()));
        assertTrue(searched.getOrDefault("Network", 0L) > 0, () -> "the counting sequencer was not used: " + searched);
        assertEquals(List.of(), searched.keySet().stream().filter(DIRECT::contains).toList(),
                () -> "elements left to the backtracking search: " + searched);
        for (String part : List.of("vlan trunk", "acl ", "dhcp-guard", "embedded-teaming", "host-vnic", "ipv4 static", "ipv4 dhcp",
                "dhcp-server on")) {
            assertTrue(written.contains(part), () -> "the data centre has " + part);
        }
    }
}
