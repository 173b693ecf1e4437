package org.hvnet.diagram.gmodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GLabel;
import org.hvnet.model.VirtualPort;

/**
 * The badges of a switch port (a VM NIC or a host vNIC) under its name: its VLAN mode (rule X-3), css class
 * {@code vlan}, id {@code PORT#vlan}.
 */
public final class PortBadges {

    private PortBadges() {
    }

    /** The badges of {@code port}, whose shape has the id {@code id}, in the order they are drawn. */
    public static List<GLabel> of(VirtualPort port, String id) {
        List<GLabel> badges = new ArrayList<>();
        VlanTexts.of(port).ifPresent(text -> badges.add(TopologyGraphBuilder.badge(id + "#vlan", text, "vlan")));
        return badges;
    }
}
