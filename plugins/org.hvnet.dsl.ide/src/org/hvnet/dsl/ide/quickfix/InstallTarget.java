// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.analysis.SimulatedModel;

/**
 * Where the planned Hyper-V install puts a NIC's host vNIC (rule I-2), as the simulation computes it: the external
 * switch bound to the NIC (written, or the one the install creates) and the name of its host vNIC.
 *
 * @param written the switch written as {@code external on NIC}, or null when the install creates it
 * @param switchName the switch's name
 * @param writtenVnic the host vNIC written in that switch, or null
 * @param vnicName the host vNIC's name
 */
public record InstallTarget(VirtualSwitch written, String switchName, HostVirtualNic writtenVnic, String vnicName) {

    /** The target of {@code nic}, or null when the install gives it no host vNIC (no-management-os). */
    public static InstallTarget of(PhysicalNic nic, List<Topology> topologies) {
        Host host = (Host) nic.eContainer();
        VirtualSwitch written = externalSwitchOn(host, nic);
        HostVirtualNic writtenVnic = written == null || written.getHostVnics().isEmpty() ? null : written.getHostVnics().get(0);
        PhysicalNic copy = SimulatedModel.of(topologies).copyOf(nic);
        VirtualSwitch simulated = copy == null ? null : externalSwitchOn((Host) copy.eContainer(), copy);
        if (simulated == null || simulated.getHostVnics().isEmpty()) {
            return null;
        }
        return new InstallTarget(written, simulated.getName(), writtenVnic, simulated.getHostVnics().get(0).getName());
    }

    private static VirtualSwitch externalSwitchOn(Host host, PhysicalNic nic) {
        for (VirtualSwitch vswitch : host.getSwitches()) {
            if (vswitch.getKind() == SwitchKind.EXTERNAL && vswitch.getExternalNics().contains(nic)) {
                return vswitch;
            }
        }
        return null;
    }
}
