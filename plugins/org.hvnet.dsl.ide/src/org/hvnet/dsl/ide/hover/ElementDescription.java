// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NamedElement;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VmNic;
import org.hvnet.simulation.addresses.InterfaceAddress;

/**
 * What an element is, for hovers: its kind and name, and for a host, a VM or an interface the simulated address of
 * each of its interfaces (rules ). The workbench's editor and the language server show the same lines.
 */
public final class ElementDescription {

    private ElementDescription() {
    }

    /**
     * The lines describing {@code element} (none for an element without a name); {@code addresses} gives the
     * simulated address table, asked for only when the element has interfaces.
     */
    public static List<String> lines(EObject element, Supplier<List<InterfaceAddress>> addresses) {
        List<String> lines = new ArrayList<>();
        if (!(element instanceof NamedElement named) || named.getName() == null) {
            return lines;
        }
        lines.add(element.eClass().getName() + " " + named.getName());
        String owner = null;
        String iface = null;
        if (element instanceof Host || element instanceof VirtualMachine) {
            owner = named.getName();
        } else if (element instanceof VmNic || element instanceof PhysicalNic || element instanceof HostVirtualNic) {
            EObject container = element.eContainer();
            while (container != null && !(container instanceof Host) && !(container instanceof VirtualMachine)) {
                container = container.eContainer();
            }
            owner = container instanceof NamedElement n ? n.getName() : null;
            iface = named.getName();
        }
        if (owner != null) {
            for (InterfaceAddress row : addresses.get()) {
                if (row.owner().equals(owner) && (iface == null || iface.equals(row.iface()))) {
                    lines.add("    " + row.label() + "  " + (row.address() == null ? "no address" : row.address()) + "  ("
                            + (row.source() == null ? "" : row.source().label())
                            + (row.server() == null ? "" : " from " + row.server()) + ")");
                }
            }
        }
        return lines;
    }
}
