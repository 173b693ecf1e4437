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

    /** Rules V-11, V-15 and V-16 read only the VM NICs with port settings: each kind of setting, alone, is still seen. */
    private static final String PORT_SETTINGS = """
            topology Ports
            host OLD platform hyperv-2008 {
                switch Lab private
                vm A {
                    nic eth0 on Lab
                    nic eth1 on Lab router-guard
                    nic eth2 on Lab mac-spoofing
                    nic eth3 on Lab { acl deny in remote 10.0.0.0/8 }
                    nic eth4 on Lab vlan trunk 10, 5000 native 10
                    nic eth5 on Lab vlan trunk 10 native 20
                }
            }
            host LAPTOP platform hyperv-client {
                switch "Default Switch" default
                vm B { nic eth0 nic eth1 on "Default Switch" nic eth2 on "Default Switch" { ipv4 static 172.29.16.50/20 } }
            }
            """;

    @Test
    void eachPortSettingTheRulesReadIsSeen() {
        Topology topology = HvnetTestFiles.parseClean(PORT_SETTINGS);
        List<VmNic> old = topology.getHosts().get(0).getVms().get(0).getNics();
        VmNic fixed = topology.getHosts().get(1).getVms().get(0).getNics().get(2);
        assertEquals(List.of(old.get(1), old.get(2)), elements(topology, Rule.V11_PORT_GUARD_PLATFORM));
        assertEquals(List.of(old.get(3).getAcls().get(0)), elements(topology, Rule.V11_PORT_ACL_PLATFORM));
        assertEquals(List.of(old.get(4).getTrunk()), elements(topology, Rule.V15_VLAN_ID_OUT_OF_RANGE));
        assertEquals(List.of(old.get(5).getTrunk()), elements(topology, Rule.V15_NATIVE_VLAN_NOT_ALLOWED));
        assertEquals(List.of(fixed.getIpv4()), elements(topology, Rule.V16_STATIC_ON_DEFAULT_SWITCH));
    }

    private static List<EObject> elements(Topology topology, Rule rule) {
        return TopologyValidation.validate(List.of(topology)).stream().filter(d -> d.rule() == rule).map(RuleDiagnostic::element)
                .toList();
    }
}
