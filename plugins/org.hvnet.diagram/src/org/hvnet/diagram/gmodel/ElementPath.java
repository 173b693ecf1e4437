// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Host;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;

/**
 * Finds the element an id of {@link ElementIds} names by following its names ({@code vmnic:HV01/Web01/eth0}: host
 * HV01, its VM Web01, its NIC eth0), without visiting the rest of the model; null when the names do not lead to an
 * element of the id's kind (then {@link ElementLookup} walks the model).
 */
final class ElementPath {

    private ElementPath() {
    }

    static EObject find(List<Topology> topologies, String id) {
        int colon = id.indexOf(':');
        if (colon < 0 || ElementIds.isEdge(id)) {
            return null;
        }
        String kind = id.substring(0, colon);
        String[] names = id.substring(colon + 1).split(ElementIds.SEPARATOR, -1);
        if (kind.equals("network")) {
            return names.length == 1 ? topologies.stream().flatMap(t -> t.getNetworks().stream())
                    .filter(n -> names[0].equals(n.getName())).findFirst().orElse(null) : null;
        }
        Host host = topologies.stream().flatMap(t -> t.getHosts().stream()).filter(h -> names[0].equals(h.getName())).findFirst().orElse(null);
        if (host == null) {
            return null;
        }
        EObject found = switch (kind) {
            case "host" -> names.length == 1 ? host : null;
            case "pnic" -> names.length == 2 ? named(host.getNics(), names[1]) : null;
            case "switch" -> names.length == 2 ? named(host.getSwitches(), names[1]) : null;
            case "vm" -> names.length == 2 ? named(host.getVms(), names[1]) : null;
            case "vmnic" -> names.length == 3 && named(host.getVms(), names[1]) instanceof VirtualMachine vm ? named(vm.getNics(), names[2]) : null;
            case "hostvnic" -> names.length == 3 && named(host.getSwitches(), names[1]) instanceof VirtualSwitch s ? named(s.getHostVnics(), names[2]) : null;
            default -> null;
        };
        return found != null && id.equals(ElementLookup.idOf(found)) ? found : null;
    }

    private static NamedElement named(List<? extends NamedElement> elements, String name) {
        for (NamedElement element : elements) {
            if (name.equals(element.getName())) {
                return element;
            }
        }
        return null;
    }
}
