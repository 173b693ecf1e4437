// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.model.Host;
import org.hvnet.model.MacAddressPool;
import org.hvnet.model.NetNat;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.PortAcl;
import org.hvnet.model.PortMapping;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.model.values.VlanRange;

/**
 * What the outlines (the workbench's Outline and the language server's document symbols) say about the statements of
 * today's Hyper-V that have no name: a port ACL, a static mapping and a MAC address pool are shown as written; a port's
 * VLAN and guards, a NetNat's prefix and a switch's teaming as a short description.
 */
public final class OutlineLabels {

    private OutlineLabels() {
    }

    /** The label of an element without a name of its own (ACL, static mapping, MAC pool), or null for any other. */
    public static String unnamed(EObject element) {
        if (element instanceof PortAcl || element instanceof PortMapping || element instanceof MacAddressPool) {
            ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
            return node == null ? element.eClass().getName() : NodeModelUtils.getTokenText(node);
        }
        return null;
    }

    /**
     * What follows a named element's name in the outline: a port's VLAN and guards ({@code vlan access 20,
     * dhcp-guard}), a NetNat's prefix, a teamed switch's {@code embedded-teaming}; empty for anything else.
     */
    public static String detail(EObject element) {
        List<String> parts = new ArrayList<>();
        if (element instanceof VirtualPort port) {
            parts.add(vlan(port));
        }
        if (element instanceof VmNic nic) {
            parts.add(nic.isDhcpGuard() ? "dhcp-guard" : "");
            parts.add(nic.isRouterGuard() ? "router-guard" : "");
            parts.add(nic.isMacAddressSpoofing() ? "mac-spoofing" : "");
        }
        if (element instanceof NetNat netNat && netNat.getInternalPrefix() != null) {
            parts.add(netNat.getInternalPrefix().toString());
        }
        if (element instanceof VirtualSwitch vswitch && vswitch.isEmbeddedTeaming()) {
            parts.add("embedded-teaming");
        }
        parts.removeIf(String::isEmpty);
        return String.join(", ", parts);
    }

    /**
     * The detail of a document symbol: what the element is beyond its name, in the words of the language: a
     * network's subnet and VLAN, a host's platform, a switch's kind (and NICs), a VM NIC's switch, a physical NIC's
     * networks, then the {@link #detail} of ports, NetNats and teamed switches.
     */
    public static String symbolDetail(EObject element) {
        List<String> parts = new ArrayList<>();
        if (element instanceof Network network) {
            parts.add(network.getSubnet() == null ? "" : network.getSubnet().toString());
            parts.add(network.getVlan() == null ? "" : "vlan " + network.getVlan());
        } else if (element instanceof Host host && host.getPlatform() != null) {
            parts.add(host.getPlatform().getLiteral());
        } else if (element instanceof VirtualSwitch vswitch && vswitch.getKind() != null) {
            List<String> nics = vswitch.getExternalNics().stream().filter(nic -> !nic.eIsProxy()).map(PhysicalNic::getName).toList();
            parts.add(vswitch.getKind().getLiteral() + (nics.isEmpty() ? "" : " on " + String.join(", ", nics)));
        } else if (element instanceof VmNic nic && nic.getSwitch() != null && !nic.getSwitch().eIsProxy()) {
            parts.add("on " + nic.getSwitch().getName());
        } else if (element instanceof PhysicalNic nic && !nic.getCables().isEmpty()) {
            parts.add("cable " + String.join(", ", nic.getCables().stream().filter(n -> !n.eIsProxy()).map(Network::getName).toList()));
        }
        parts.add(detail(element));
        parts.removeIf(String::isEmpty);
        return String.join(", ", parts);
    }

    /** A port's VLAN as written in canonical form: {@code vlan access 10}, {@code vlan trunk 10, 30-39 native 10}, or empty. */
    public static String vlan(VirtualPort port) {
        if (port.getTrunk() != null) {
            List<String> allowed = port.getTrunk().getAllowed().stream().map(VlanRange::toString).toList();
            return "vlan trunk " + String.join(", ", allowed) + " native " + port.getTrunk().getNativeVlan();
        }
        return port.getVlan() == null ? "" : "vlan access " + port.getVlan();
    }
}
