// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GLabel;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VmNic;

/**
 * The badges of a switch port (a VM NIC or a host vNIC) under its name: its VLAN mode (rule X-3; css class
 * {@code vlan}, id {@code PORT#vlan}), the number of its port ACL rules (rule X-7; {@code acl}, {@code PORT#acl}) and,
 * of a VM NIC, each guard that is on (rule X-4; {@code guard}, {@code PORT#dhcp-guard}, {@code PORT#router-guard},
 * {@code PORT#mac-spoofing}).
 */
public final class PortBadges {

    private PortBadges() {
    }

    /** The badges of {@code port}, whose shape has the id {@code id}, in the order they are drawn. */
    public static List<GLabel> of(VirtualPort port, String id) {
        List<GLabel> badges = new ArrayList<>();
        VlanTexts.of(port).ifPresent(text -> badges.add(TopologyGraphBuilder.badge(id + "#vlan", text, "vlan")));
        int acls = port.getAcls().size();
        if (acls > 0) {
            badges.add(TopologyGraphBuilder.badge(id + "#acl", acls + (acls == 1 ? " ACL rule" : " ACL rules"), "acl"));
        }
        if (port instanceof VmNic nic) {
            if (nic.isDhcpGuard()) {
                badges.add(TopologyGraphBuilder.badge(id + "#dhcp-guard", "DHCP guard", "guard"));
            }
            if (nic.isRouterGuard()) {
                badges.add(TopologyGraphBuilder.badge(id + "#router-guard", "router guard", "guard"));
            }
            if (nic.isMacAddressSpoofing()) {
                badges.add(TopologyGraphBuilder.badge(id + "#mac-spoofing", "MAC spoofing", "guard"));
            }
        }
        return badges;
    }
}
