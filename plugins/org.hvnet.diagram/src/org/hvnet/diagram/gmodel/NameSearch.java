// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/**
 * Finds the elements a user names in the diagram's search: hosts, networks, VMs, switches, host vNICs and NICs, by
 * their name or as the language writes them qualified ({@code HV01.Lab}, {@code Web01.eth0}), ignoring case. The
 * elements named exactly come first, then those whose name contains the text, each in file order.
 */
public final class NameSearch {

    private NameSearch() {
    }

    /** The elements of {@code topologies} that {@code query} names. */
    public static List<EObject> find(List<Topology> topologies, String query) {
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        List<EObject> exact = new ArrayList<>();
        List<EObject> partial = new ArrayList<>();
        if (wanted.isEmpty()) {
            return exact;
        }
        for (Topology topology : topologies) {
            for (Network network : topology.getNetworks()) {
                match(network, wanted, exact, partial, network.getName());
            }
            for (Host host : topology.getHosts()) {
                match(host, wanted, exact, partial, host.getName());
                for (PhysicalNic nic : host.getNics()) {
                    match(nic, wanted, exact, partial, host.getName() + "." + nic.getName());
                }
                for (VirtualSwitch virtualSwitch : host.getSwitches()) {
                    match(virtualSwitch, wanted, exact, partial, host.getName() + "." + virtualSwitch.getName(), virtualSwitch.getName());
                    for (HostVirtualNic vnic : virtualSwitch.getHostVnics()) {
                        match(vnic, wanted, exact, partial, host.getName() + "." + vnic.getName(), vnic.getName());
                    }
                }
                for (VirtualMachine vm : host.getVms()) {
                    match(vm, wanted, exact, partial, vm.getName(), host.getName() + "." + vm.getName());
                    for (VmNic nic : vm.getNics()) {
                        match(nic, wanted, exact, partial, vm.getName() + "." + nic.getName());
                    }
                }
            }
        }
        exact.addAll(partial);
        return exact;
    }

    private static void match(EObject element, String wanted, List<EObject> exact, List<EObject> partial, String... names) {
        boolean contains = false;
        for (String name : names) {
            String lower = String.valueOf(name).toLowerCase(Locale.ROOT);
            if (lower.equals(wanted)) {
                exact.add(element);
                return;
            }
            contains |= lower.contains(wanted);
        }
        if (contains) {
            partial.add(element);
        }
    }
}
