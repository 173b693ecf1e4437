// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.hvnet.analysis.names.ElementNames;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** One element-name path for diagnostics ({@code element}) and messages: owner first, a host vNIC named by its host. */
class ElementNamesTest {

    private static final Topology LAB = Labs.of("""
            topology Lab
            host HV01 platform hyperv-2008 {
                nic "Local Area Connection"
                switch Lab internal { host-vnic "Local Area Connection 4" }
                vm Web01 { nic eth0 on Lab }
            }
            """).get(0);

    private static Host hv01() {
        return LAB.getHosts().get(0);
    }

    @Test
    void aVmNicIsNamedByItsHostAndVm() {
        VmNic nic = hv01().getVms().get(0).getNics().get(0);
        assertEquals(List.of("HV01", "Web01", "eth0"), ElementNames.path(nic));
        assertEquals("HV01.Web01.eth0", ElementNames.qualifiedName(nic));
        assertEquals("HV01.Web01.eth0", ElementNames.asWritten(nic));
    }

    @Test
    void aHostVnicIsNamedByItsHostNotItsSwitch() {
        VirtualSwitch lab = hv01().getSwitches().get(0);
        assertEquals("HV01.Local Area Connection 4", ElementNames.qualifiedName(lab.getHostVnics().get(0)));
        assertEquals("HV01.\"Local Area Connection 4\"", ElementNames.asWritten(lab.getHostVnics().get(0)));
        assertEquals("HV01.Lab", ElementNames.qualifiedName(lab));
    }

    @Test
    void namesWithSpacesAreQuotedOnlyInTheWrittenForm() {
        PhysicalNic nic = hv01().getNics().get(0);
        assertEquals("HV01.Local Area Connection", ElementNames.qualifiedName(nic));
        assertEquals("HV01.\"Local Area Connection\"", ElementNames.asWritten(nic));
    }

    @Test
    void theTopologyAndUnwrittenNames() {
        assertEquals("Lab", ElementNames.qualifiedName(LAB));
        assertEquals("?", ElementNames.asWritten(LAB));
        Host host = HvnetFactory.eINSTANCE.createHost();
        host.setName("HV02");
        PhysicalNic unnamed = HvnetFactory.eINSTANCE.createPhysicalNic();
        host.getNics().add(unnamed);
        assertEquals(Arrays.asList("HV02", null), ElementNames.path(unnamed));
        assertEquals("HV02", ElementNames.qualifiedName(unnamed));
        assertEquals("HV02.?", ElementNames.asWritten(unnamed));
        assertEquals("", ElementNames.qualifiedName(HvnetFactory.eINSTANCE.createPhysicalNic()));
    }
}
