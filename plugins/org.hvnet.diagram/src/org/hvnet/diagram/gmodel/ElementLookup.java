// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.model.util.HvnetSwitch;

/** Finds the model element a diagram id names in a (possibly re-parsed) topology. */
public final class ElementLookup {

    private ElementLookup() {
    }

    /** The element of {@code topology} whose id is {@code id}, or null. */
    public static EObject find(Topology topology, String id) {
        return find(java.util.List.of(topology), id);
    }

    /**
     * The element of {@code topologies} whose id is {@code id}, or null: found by its names (host, then what is in
     * it), or by a walk of every element when a name holds the separator.
     */
    public static EObject find(java.util.List<Topology> topologies, String id) {
        EObject byNames = ElementPath.find(topologies, id);
        if (byNames != null) {
            return byNames;
        }
        for (Topology topology : topologies) {
            EObject element = walk(topology, id);
            if (element != null) {
                return element;
            }
        }
        return null;
    }

    private static EObject walk(Topology topology, String id) {
        for (Iterator<EObject> all = topology.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (id.equals(idOf(element))) {
                return element;
            }
        }
        return null;
    }

    /** The host that holds {@code element} (or is it), or null. */
    public static Host hostOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Host host) {
                return host;
            }
        }
        return null;
    }

    /** The diagram id of a shown model element, or null for elements that are not shown by themselves. */
    public static String idOf(EObject element) {
        return IDS.doSwitch(element);
    }

    /** The id of each kind of shown element (EMF's generated switch over the metamodel). */
    private static final HvnetSwitch<String> IDS = new HvnetSwitch<>() {
        @Override
        public String caseNetwork(Network network) {
            return ElementIds.of(network);
        }

        @Override
        public String caseHost(Host host) {
            return ElementIds.of(host);
        }

        @Override
        public String casePhysicalNic(PhysicalNic nic) {
            return ElementIds.of(nic);
        }

        @Override
        public String caseVirtualSwitch(VirtualSwitch virtualSwitch) {
            return ElementIds.of(virtualSwitch);
        }

        @Override
        public String caseHostVirtualNic(HostVirtualNic vnic) {
            return ElementIds.of(vnic);
        }

        @Override
        public String caseVirtualMachine(VirtualMachine vm) {
            return ElementIds.of(vm);
        }

        @Override
        public String caseVmNic(VmNic nic) {
            return ElementIds.of(nic);
        }
    };
}
