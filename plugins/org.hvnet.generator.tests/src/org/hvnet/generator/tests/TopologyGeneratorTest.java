// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.model.Host;
import org.hvnet.model.Platform;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.junit.jupiter.api.Test;

/** The generator writes repeatable, loadable topologies with the promised mix of platforms and switches. */
class TopologyGeneratorTest {

    @Test
    void sameSeedSameTextOtherSeedOtherText() {
        String first = TopologyGenerator.generate(new GeneratorSettings(40, 8, 7));
        assertEquals(first, TopologyGenerator.generate(new GeneratorSettings(40, 8, 7)));
        assertNotEquals(first, TopologyGenerator.generate(new GeneratorSettings(40, 8, 8)));
    }

    @Test
    void loadsWithoutSyntaxOrLinkProblemsAndHasTheRequestedSize() {
        LoadedModel model = HvnetTestFiles.load(TopologyGenerator.generate(new GeneratorSettings(120, 12, 1)));
        assertEquals(List.of(), model.problems());
        Topology topology = model.topologies().get(0);
        assertEquals(120, topology.getHosts().size());
        assertEquals(120 * 12, topology.getHosts().stream().mapToInt(h -> h.getVms().size()).sum());
        assertEquals(new GeneratorSettings(120, 12, 1).networks(), topology.getNetworks().size());
        assertTrue(topology.getExpectations().size() >= 120 / 25, "a sample of expectations");
    }

    @Test
    void mixesPlatformsSwitchKindsAndPlannedInstalls() {
        Topology topology = HvnetTestFiles.parseClean(TopologyGenerator.generate(new GeneratorSettings(100, 6, 3)));
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        Set<SwitchKind> kinds = EnumSet.noneOf(SwitchKind.class);
        long planned = 0;
        for (Host host : topology.getHosts()) {
            platforms.add(host.getPlatform());
            host.getSwitches().forEach(s -> kinds.add(s.getKind()));
            planned += host.getInstall() == null ? 0 : 1;
        }
        assertEquals(EnumSet.of(Platform.VIRTUAL_SERVER, Platform.HYPERV_2008, Platform.HYPERV_2012_PLUS), platforms);
        // the Default Switch of Hyper-V on Windows 10/11 (rule X-2) is not generated: data-centre hosts are servers
        assertEquals(EnumSet.of(SwitchKind.EXTERNAL, SwitchKind.INTERNAL, SwitchKind.PRIVATE), kinds);
        assertTrue(planned > 0, "some hosts carry a planned Hyper-V install");
    }

    @Test
    void dataCentreScaleHasAboutTwoAndAHalfInterfacesPerVmAndUniqueMacs() {
        Topology topology = HvnetTestFiles.parseClean(TopologyGenerator.generate(new GeneratorSettings(50, 20, 4)));
        Set<String> macs = new HashSet<>();
        int interfaces = 0;
        int multiHomed = 0;
        for (Host host : topology.getHosts()) {
            interfaces += host.getNics().size();
            host.getNics().forEach(nic -> assertTrue(macs.add(nic.getMac().toString()), "unique MAC " + nic.getMac()));
            for (VirtualSwitch vswitch : host.getSwitches()) {
                interfaces += vswitch.getHostVnics().size();
            }
            for (VirtualMachine vm : host.getVms()) {
                interfaces += vm.getNics().size();
                multiHomed += vm.getNics().size() > 1 ? 1 : 0;
                vm.getNics().forEach(nic -> assertTrue(macs.add(nic.getMac().toString()), "unique MAC " + nic.getMac()));
            }
        }
        // issue 6: 2,000 hosts x 20 VMs is about 100k interfaces, so about 2.5 per VM with the hosts' own
        double perVm = interfaces / (50.0 * 20);
        assertTrue(perVm > 2.1 && perVm < 2.8, "interfaces per VM: " + perVm);
        assertTrue(multiHomed > 50 * 20 / 2, "most VMs have a back-end or lab NIC: " + multiHomed);
    }

    @Test
    void rejectsSizesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(0, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(5, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(GeneratorSettings.MAX_HOSTS + 1, 5, 1));
    }
}
