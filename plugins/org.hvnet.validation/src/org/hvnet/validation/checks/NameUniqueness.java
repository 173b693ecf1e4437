// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Network;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.validation.Rule;

/**
 * Rule V-9: names are unique where they are identifiers. Networks, hosts and VMs share one namespace across all
 * files (expectations name hosts and VMs alike, {@code dhcp from} networks and VMs); switches are unique in their
 * host; physical NICs and host vNICs (the host's connections) are unique in their host; VM NICs in their VM.
 */
public final class NameUniqueness implements TopologyCheck {

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        Map<String, NamedElement> global = new HashMap<>();
        for (Topology topology : model.topologies()) {
            for (Network network : topology.getNetworks()) {
                unique(network, global, () -> "networks, hosts and VMs", findings);
            }
            for (Host host : topology.getHosts()) {
                unique(host, global, () -> "networks, hosts and VMs", findings);
                for (VirtualMachine vm : host.getVms()) {
                    unique(vm, global, () -> "networks, hosts and VMs", findings);
                }
            }
        }
        for (Host host : model.hosts()) {
            Map<String, NamedElement> switches = new HashMap<>();
            Map<String, NamedElement> connections = new HashMap<>();
            host.getNics().forEach(nic -> unique(nic, connections, () -> "the connections of host " + Labels.of(host), findings));
            for (VirtualSwitch vswitch : host.getSwitches()) {
                unique(vswitch, switches, () -> "the switches of host " + Labels.of(host), findings);
                vswitch.getHostVnics().forEach(vnic -> unique(vnic, connections, () -> "the connections of host " + Labels.of(host), findings));
            }
            for (VirtualMachine vm : host.getVms()) {
                Map<String, NamedElement> nics = new HashMap<>();
                vm.getNics().forEach(nic -> unique(nic, nics, () -> "the NICs of VM " + Labels.of(vm), findings));
            }
        }
    }

    private static void unique(NamedElement element, Map<String, NamedElement> names, Supplier<String> namespace, Findings findings) {
        String name = element.getName();
        if (name == null) {
            return;
        }
        NamedElement first = names.putIfAbsent(name, element);
        if (first != null) {
            findings.report(Rule.V9_DUPLICATE_NAME, element, HvnetPackage.Literals.NAMED_ELEMENT__NAME,
                    Labels.name(name), Labels.kind(element), Labels.kind(first) + " " + Labels.of(first) + where(first, element),
                    namespace.get());
        }
    }

    private static String where(NamedElement first, NamedElement second) {
        Resource resource = first.eResource();
        if (resource == null || resource == second.eResource() || resource.getURI() == null) {
            return "";
        }
        return " (" + resource.getURI().lastSegment() + ")";
    }
}
