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

/** Finds the model element a diagram id names in a (possibly re-parsed) topology. */
public final class ElementLookup {

    private ElementLookup() {
    }

    /** The element of {@code topology} whose id is {@code id}, or null. */
    public static EObject find(Topology topology, String id) {
        for (Iterator<EObject> all = topology.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (id.equals(idOf(element))) {
                return element;
            }
        }
        return null;
    }

    /** The diagram id of a shown model element, or null for elements that are not shown by themselves. */
    public static String idOf(EObject element) {
        if (element instanceof Network network) {
            return ElementIds.of(network);
        }
        if (element instanceof Host host) {
            return ElementIds.of(host);
        }
        if (element instanceof PhysicalNic nic) {
            return ElementIds.of(nic);
        }
        if (element instanceof VirtualSwitch virtualSwitch) {
            return ElementIds.of(virtualSwitch);
        }
        if (element instanceof HostVirtualNic vnic) {
            return ElementIds.of(vnic);
        }
        if (element instanceof VirtualMachine vm) {
            return ElementIds.of(vm);
        }
        if (element instanceof VmNic nic) {
            return ElementIds.of(nic);
        }
        return null;
    }
}
