// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.model.SwitchKind;

/**
 * What the client may do with each element type: hosts contain switches, VMs and host vNICs; VMs contain NIC
 * ports; connections go from a VM NIC to a switch, cables from a physical NIC to a network. The server lays out
 * (ELK) and sizes everything, so the client never measures.
 */
public class HvnetDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        for (String node : List.of(ElementTypes.NETWORK, ElementTypes.HOST, ElementTypes.HOST_SUMMARY, ElementTypes.SWITCH,
                ElementTypes.HOST_VNIC, ElementTypes.VM, ElementTypes.LEGEND, ElementTypes.NETNAT)) {
            mappings.put(node, GraphPackage.Literals.GNODE);
        }
        mappings.put(ElementTypes.PHYSICAL_NIC, GraphPackage.Literals.GPORT);
        mappings.put(ElementTypes.VM_NIC, GraphPackage.Literals.GPORT);
        for (String label : List.of(ElementTypes.NAME_LABEL, ElementTypes.DETAIL_LABEL, ElementTypes.BADGE_LABEL, ElementTypes.ADDRESS_LABEL,
                ElementTypes.TOGGLE_LABEL, ElementTypes.EDGE_BADGE_LABEL)) {
            mappings.put(label, GraphPackage.Literals.GLABEL);
        }
        for (String edge : List.of(ElementTypes.CONNECTION_EDGE, ElementTypes.CABLE_EDGE, ElementTypes.UPLINK_EDGE, ElementTypes.HOST_VNIC_EDGE,
                ElementTypes.NAT_EDGE)) {
            mappings.put(edge, GraphPackage.Literals.GEDGE);
        }
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<ShapeTypeHint> hints = new ArrayList<>();
        List<String> inHost = new ArrayList<>(List.of(ElementTypes.VM, ElementTypes.NETNAT));
        SwitchKind.VALUES.forEach(kind -> inHost.add(ElementTypes.SWITCH_OF_KIND + kind.getLiteral()));
        hints.add(new ShapeTypeHint(ElementTypes.HOST, true, true, false, false, inHost));
        hints.add(new ShapeTypeHint(ElementTypes.HOST_SUMMARY, false, true, false, false, inHost));
        hints.add(new ShapeTypeHint(ElementTypes.VM, true, true, false, false, List.of(ElementTypes.VM_NIC)));
        hints.add(new ShapeTypeHint(ElementTypes.NETWORK, true, true, false, false));
        hints.add(new ShapeTypeHint(ElementTypes.SWITCH, true, true, false, false));
        hints.add(new ShapeTypeHint(ElementTypes.HOST_VNIC, true, true, false, false));
        hints.add(new ShapeTypeHint(ElementTypes.LEGEND, true, false, false, false));
        // a NAT is deleted in the text (the diagram's delete knows the elements that have ids in ElementLookup)
        hints.add(new ShapeTypeHint(ElementTypes.NETNAT, true, false, false, false));
        hints.add(new ShapeTypeHint(ElementTypes.PHYSICAL_NIC, false, true, false, false));
        hints.add(new ShapeTypeHint(ElementTypes.VM_NIC, false, true, false, false));
        return hints;
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(
                new EdgeTypeHint(ElementTypes.CONNECTION_EDGE, false, true, false,
                        List.of(ElementTypes.VM_NIC, ElementTypes.SWITCH), List.of(ElementTypes.SWITCH, ElementTypes.VM_NIC)),
                new EdgeTypeHint(ElementTypes.CABLE_EDGE, false, true, false,
                        List.of(ElementTypes.PHYSICAL_NIC, ElementTypes.NETWORK), List.of(ElementTypes.NETWORK, ElementTypes.PHYSICAL_NIC)),
                new EdgeTypeHint(ElementTypes.UPLINK_EDGE, false, false, false, List.of(), List.of()),
                new EdgeTypeHint(ElementTypes.HOST_VNIC_EDGE, false, true, false, List.of(), List.of()));
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
