// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Platform;
import org.hvnet.model.Topology;
import org.hvnet.model.VmNic;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.validation.Rule;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.TopologyValidation;
import org.junit.jupiter.api.Test;

/**
 * The checks of VM NICs read one list of every host's VM NICs, collected once per validation: each VM NIC is checked
 * once, with its own host, in file order, hosts without VMs and VMs without NICs included, and a new validation sees
 * the NICs added since the last one.
 */
class VmNicChecksTest {

    private static final String HOSTS = """
            topology Hosts
            host HV01 platform hyperv-2016 { nic eth0 switch Lab private }
            host HV02 platform hyperv-2016 {
                switch Lab private { host-vnic Mgmt vlan 5000 }
                vm Empty { }
                vm A { nic eth0 vlan 4095 on Lab nic eth1 vlan 4096 on Lab }
                vm B { nic eth0 vlan 5001 on Lab }
            }
            host HV03 platform hyperv-2016 { switch Lab internal }
            host HV04 platform hyperv-2016 {
                nic eth0
                switch Lab private
                vm C { nic eth0 vlan 5002 on Lab }
                vm Empty2 { }
            }
            """;

    @Test
    void everyVmNicIsCheckedOnceInFileOrder() {
        Topology topology = HvnetTestFiles.parseClean(HOSTS);
        List<EObject> expected = new ArrayList<>();
        for (Host host : topology.getHosts()) {
            host.getSwitches().forEach(vswitch -> expected.addAll(vswitch.getHostVnics()));
            host.getVms().forEach(vm -> expected.addAll(vm.getNics()));
        }
        assertEquals(5, expected.size());
        assertEquals(expected, elements(topology, Rule.V15_VLAN_ID_OUT_OF_RANGE));
        assertEquals(List.of(), elements(topology, Rule.V2_VM_NIC_ON_OTHER_HOST)); // each NIC judged with its own host
    }

    @Test
    void aNewValidationSeesTheVmNicsAddedSinceTheLastOne() {
        Topology topology = HvnetTestFiles.parseClean(HOSTS);
        topology.getHosts().get(3).setPlatform(Platform.HYPERV_2008);
        assertEquals(List.of(), elements(topology, Rule.V11_PORT_GUARD_PLATFORM));
        VmNic guarded = HvnetFactory.eINSTANCE.createVmNic();
        guarded.setName("eth1");
        guarded.setDhcpGuard(true);
        topology.getHosts().get(3).getVms().get(1).getNics().add(guarded);
        List<EObject> found = elements(topology, Rule.V11_PORT_GUARD_PLATFORM);
        assertEquals(1, found.size());
        assertSame(guarded, found.get(0));
    }

    private static List<EObject> elements(Topology topology, Rule rule) {
        return TopologyValidation.validate(List.of(topology)).stream().filter(d -> d.rule() == rule).map(RuleDiagnostic::element)
                .toList();
    }
}
