// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Interface;
import org.hvnet.model.Platform;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.validation.Rule;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.TopologyValidation;
import org.hvnet.validation.checks.ModelUnderCheck;
import org.hvnet.validation.checks.ModelUnderCheck.HostVmNics;
import org.junit.jupiter.api.Test;

/**
 * The lists that {@link ModelUnderCheck} collects once for the checks: the interfaces and, per host, the VM NICs are
 * exactly those of a walk over the model, in file order, hosts without VMs and VMs without NICs included.
 */
class ModelUnderCheckTest {

    private static final String HOSTS = """
            topology Hosts
            host HV01 platform hyperv-2016 { nic eth0 switch Lab private }
            host HV02 platform hyperv-2016 {
                switch Lab private { host-vnic Mgmt }
                vm Empty { }
                vm A { nic eth0 on Lab nic eth1 on Lab }
                vm B { nic eth0 on Lab }
            }
            host HV03 platform hyperv-2016 { switch Lab internal }
            host HV04 platform hyperv-2016 {
                nic eth0
                switch Lab private
                vm C { nic eth0 on Lab }
                vm Empty2 { }
            }
            """;

    @Test
    void vmNicsByHostAreEachHostsVmNicsInFileOrder() {
        Topology topology = HvnetTestFiles.parseClean(HOSTS);
        List<HostVmNics> byHost = new ModelUnderCheck(List.of(topology)).vmNicsByHost();
        assertEquals(topology.getHosts().size(), byHost.size());
        for (int i = 0; i < byHost.size(); i++) {
            Host host = topology.getHosts().get(i);
            List<VmNic> expected = new ArrayList<>();
            host.getVms().forEach(vm -> expected.addAll(vm.getNics()));
            assertSame(host, byHost.get(i).host());
            assertEquals(expected, byHost.get(i).nics(), host.getName());
        }
        assertEquals(List.of(0, 3, 0, 1), byHost.stream().map(h -> h.nics().size()).toList());
    }

    @Test
    void interfacesArePerHostNicsHostVnicsThenVmNics() {
        Topology topology = HvnetTestFiles.parseClean(HOSTS);
        ModelUnderCheck model = new ModelUnderCheck(List.of(topology));
        List<HostVmNics> first = model.vmNicsByHost(); // either list first: both come from one walk
        List<Interface> expected = new ArrayList<>();
        for (Host host : topology.getHosts()) {
            expected.addAll(host.getNics());
            for (VirtualSwitch vswitch : host.getSwitches()) {
                expected.addAll(vswitch.getHostVnics());
            }
            for (VirtualMachine vm : host.getVms()) {
                expected.addAll(vm.getNics());
            }
        }
        assertEquals(expected, model.interfaces());
        assertSame(first, model.vmNicsByHost());
    }

    @Test
    void aNewValidationSeesTheVmNicsAddedSinceTheLastOne() {
        Topology topology = HvnetTestFiles.parseClean(HOSTS);
        topology.getHosts().get(3).setPlatform(Platform.HYPERV_2008);
        assertEquals(List.of(), guardFindings(topology));
        VmNic guarded = HvnetFactory.eINSTANCE.createVmNic();
        guarded.setName("eth1");
        guarded.setDhcpGuard(true);
        topology.getHosts().get(3).getVms().get(1).getNics().add(guarded);
        List<RuleDiagnostic> found = guardFindings(topology);
        assertEquals(1, found.size());
        assertSame(guarded, found.get(0).element());
    }

    private static List<RuleDiagnostic> guardFindings(Topology topology) {
        return TopologyValidation.validate(List.of(topology)).stream().filter(d -> d.rule() == Rule.V11_PORT_GUARD_PLATFORM).toList();
    }
}
