// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/** How a trace names the elements it passes (rule T-7): {@code OWNER.IFACE}, {@code HOST.SWITCH}, a network's name. */
final class HopNames {

    private HopNames() {
    }

    /** Puts every interface, switch and network of {@code topology} into {@code index} under its hop name. */
    static void index(Topology topology, Map<String, EObject> index) {
        for (Network network : topology.getNetworks()) {
            index.putIfAbsent(network.getName(), network);
        }
        for (Host host : topology.getHosts()) {
            for (PhysicalNic nic : host.getNics()) {
                index.putIfAbsent(host.getName() + "." + nic.getName(), nic);
            }
            for (VirtualSwitch virtualSwitch : host.getSwitches()) {
                index.putIfAbsent(host.getName() + "." + virtualSwitch.getName(), virtualSwitch);
                for (HostVirtualNic vnic : virtualSwitch.getHostVnics()) {
                    index.putIfAbsent(host.getName() + "." + vnic.getName(), vnic);
                }
            }
            for (VirtualMachine vm : host.getVms()) {
                for (VmNic nic : vm.getNics()) {
                    index.putIfAbsent(vm.getName() + "." + nic.getName(), nic);
                }
            }
        }
    }
}
