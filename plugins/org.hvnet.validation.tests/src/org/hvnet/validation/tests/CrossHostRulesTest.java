// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.validation.Rule;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.RuleSeverity;
import org.hvnet.validation.TopologyValidation;
import org.junit.jupiter.api.Test;

/**
 * Rules S-7 (V-2) and V-3 across hosts. The .hvnet scoping offers only the host's own switches and NICs, so such a
 * model comes from other editors (the diagram, the API): the tests connect elements across hosts in the model.
 */
class CrossHostRulesTest {

    private static final String TWO_HOSTS = """
            topology Two
            network Office { subnet 192.168.1.0/24 }
            host HV01 platform hyperv-2012 {
                nic eth0 cable Office { bind vswitch }
                switch External external on eth0
                switch Lab private
                vm Web01 { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }
            }
            host HV02 platform hyperv-2012 {
                nic eth0 cable Office { bind vswitch }
                switch Lab private
            }
            """;

    private static List<RuleDiagnostic> findings(Topology topology, Rule rule) {
        return TopologyValidation.validate(List.of(topology)).stream().filter(d -> d.rule() == rule).toList();
    }

    @Test
    void v2VmNicOnAnotherHostsSwitch() {
        Topology topology = HvnetTestFiles.parseClean(TWO_HOSTS);
        assertEquals(List.of(), findings(topology, Rule.V2_VM_NIC_ON_OTHER_HOST));
        Host hv02 = topology.getHosts().get(1);
        VmNic nic = topology.getHosts().get(0).getVms().get(0).getNics().get(0);
        nic.setSwitch(hv02.getSwitches().get(0));
        List<RuleDiagnostic> found = findings(topology, Rule.V2_VM_NIC_ON_OTHER_HOST);
        assertEquals(1, found.size());
        assertEquals(nic, found.get(0).element());
        assertEquals(HvnetPackage.Literals.VM_NIC__SWITCH, found.get(0).feature());
        assertEquals("V-2", found.get(0).rule().id());
        assertEquals("VM NIC HV01.Web01.eth0 is connected to switch Lab of host HV02, not to a switch of its own host HV01 (S-7). "
                + Rule.V2_VM_NIC_ON_OTHER_HOST.fix(), found.get(0).getMessage());
    }

    @Test
    void v3ExternalSwitchOnAnotherHostsNic() {
        Topology topology = HvnetTestFiles.parseClean(TWO_HOSTS);
        assertEquals(List.of(), findings(topology, Rule.V3_EXTERNAL_NIC_NOT_ON_HOST));
        VirtualSwitch external = topology.getHosts().get(0).getSwitches().get(0);
        external.getExternalNics().set(0, topology.getHosts().get(1).getNics().get(0));
        List<RuleDiagnostic> found = findings(topology, Rule.V3_EXTERNAL_NIC_NOT_ON_HOST);
        assertEquals(1, found.size());
        assertEquals(external, found.get(0).element());
        assertEquals(HvnetPackage.Literals.VIRTUAL_SWITCH__EXTERNAL_NICS, found.get(0).feature());
        assertEquals(RuleSeverity.ERROR, found.get(0).ruleSeverity());
    }

    @Test
    void v3ExternalSwitchWithoutNic() {
        Topology topology = HvnetTestFiles.parseClean(TWO_HOSTS);
        VirtualSwitch external = topology.getHosts().get(0).getSwitches().get(0);
        external.getExternalNics().clear();
        List<RuleDiagnostic> found = findings(topology, Rule.V3_EXTERNAL_NIC_NOT_ON_HOST);
        assertEquals(1, found.size());
        assertEquals(external, found.get(0).element());
    }
}
