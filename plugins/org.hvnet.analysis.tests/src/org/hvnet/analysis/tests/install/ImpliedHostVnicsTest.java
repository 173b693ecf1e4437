// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.analysis.install.ImpliedHostVnic;
import org.hvnet.model.Host;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** Rules S-4 and S-8: host vNICs that exist without being written. */
class ImpliedHostVnicsTest {

    @Test
    void s4InternalSwitchGetsNextNameAfterTheInstallsNames() {
        SimulatedModel model = SimulatedModel.of(Labs.of("""
                topology T
                host H platform hyperv-2008 {
                    nic "Local Area Connection"
                    install hyperv using "Local Area Connection"
                    switch A internal
                    switch P private
                    switch B internal
                }
                """));
        Host host = model.topologies().get(0).getHosts().get(0);
        assertEquals("Local Area Connection 2", host.getSwitches().get(3).getHostVnics().get(0).getName(), "the install's V");
        assertEquals("Local Area Connection 3", host.getSwitches().get(0).getHostVnics().get(0).getName());
        assertTrue(host.getSwitches().get(1).getHostVnics().isEmpty(), "rule S-3");
        assertEquals("Local Area Connection 4", host.getSwitches().get(2).getHostVnics().get(0).getName());
        assertEquals(List.of("S-4", "S-4"), model.implied().stream().map(ImpliedHostVnic::rule).toList());
    }

    @Test
    void s8NoManagementOsMeansNoHostVnicButAWrittenOneIsKept() {
        SimulatedModel model = SimulatedModel.of(Labs.of("""
                topology T
                host H platform hyperv-2012 {
                    nic a { bind vswitch }
                    nic b { bind vswitch }
                    switch X external on a no-management-os
                    switch Y external on b
                    switch I internal { host-vnic mine }
                }
                """));
        Host host = model.topologies().get(0).getHosts().get(0);
        assertTrue(host.getSwitches().get(0).getHostVnics().isEmpty());
        assertEquals("vEthernet (Y)", host.getSwitches().get(1).getHostVnics().get(0).getName());
        assertEquals("mine", host.getSwitches().get(2).getHostVnics().get(0).getName());
        assertEquals(1, model.implied().size());
    }

    @Test
    void s4HostedProductsHaveNoHostVnics() {
        SimulatedModel model = SimulatedModel.of(Labs.of("""
                topology T
                host H platform virtual-pc { nic a  switch I internal }
                """));
        assertTrue(model.implied().isEmpty());
    }
}
