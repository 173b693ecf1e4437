// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NetNat;
import org.hvnet.model.PortMapping;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;

/**
 * The NATs of today's Hyper-V drawn as what they are: a NetNat (rule X-1) as a node of the host with its internal
 * prefix and its static mappings, tied to the host vNIC that is its gateway; the Default Switch (rule X-2) as a switch
 * that says it brings NAT and DHCP.
 */
public final class NatShapes {

    private NatShapes() {
    }

    /** The id of a NetNat node: {@code netnat:HOST/NAME}. */
    public static String id(NetNat nat) {
        Host host = (Host) nat.eContainer();
        return "netnat:" + host.getName() + ElementIds.SEPARATOR + nat.getName();
    }

    /** The node of {@code nat}: its name, {@code WinNAT PREFIX}, one line per static mapping. */
    static GNode node(NetNat nat, GLabel name) {
        String id = id(nat);
        List<GLabel> lines = new ArrayList<>();
        lines.add(detail(id + "#prefix", "WinNAT " + (nat.getInternalPrefix() == null ? "(no prefix)" : nat.getInternalPrefix())));
        int i = 0;
        for (PortMapping mapping : nat.getStaticMappings()) {
            lines.add(detail(id + "#forward" + i++, mapping(mapping)));
        }
        double width = name.getSize().getWidth();
        GNodeBuilder node = new GNodeBuilder(ElementTypes.NETNAT).id(id).addCssClass("netnat").add(name);
        for (GLabel line : lines) {
            node.add(line);
            width = Math.max(width, line.getSize().getWidth());
        }
        return node.size(Math.max(120, width + 36), 44).build(); // the arrow runs wider than the metrics say
    }

    /** A static mapping as {@code tcp 8080 → 172.20.0.10:80} (the private port is the public one when not written). */
    static String mapping(PortMapping mapping) {
        String protocol = mapping.isSetProtocol() ? mapping.getProtocol().getLiteral() : "tcp";
        int privatePort = mapping.getPrivatePort() == null ? mapping.getPublicPort() : mapping.getPrivatePort();
        return protocol + " " + mapping.getPublicPort() + " \u2192 " + mapping.getPrivateAddress() + ":" + privatePort;
    }

    /**
     * The gateway of {@code nat}: the first host vNIC of an internal switch of its host whose static address lies in
     * the NAT's prefix (what rule V-12 asks for), if any.
     */
    static Optional<HostVirtualNic> gateway(NetNat nat) {
        if (nat.getInternalPrefix() == null || !(nat.eContainer() instanceof Host host)) {
            return Optional.empty();
        }
        for (VirtualSwitch virtualSwitch : host.getSwitches()) {
            if (virtualSwitch.isSetKind() && virtualSwitch.getKind() != SwitchKind.INTERNAL) {
                continue;
            }
            for (HostVirtualNic vnic : virtualSwitch.getHostVnics()) {
                if (vnic.getIpv4() instanceof StaticIpv4Config config && config.getAddress() != null
                        && nat.getInternalPrefix().contains(config.getAddress().address())) {
                    return Optional.of(vnic);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The lines of a switch under its name: its kind ({@code internal switch}); for the Default Switch
     * {@code Default Switch}, {@code NAT + DHCP} and its subnet when pinned.
     */
    static List<String> switchLines(VirtualSwitch virtualSwitch) {
        if (virtualSwitch.getKind() != SwitchKind.DEFAULT) {
            return List.of((virtualSwitch.isSetKind() ? virtualSwitch.getKind().getLiteral() : "internal") + " switch");
        }
        String subnet = virtualSwitch.getSubnet() == null ? "subnet picked at boot" : "subnet " + virtualSwitch.getSubnet();
        return List.of("Default Switch", "NAT + DHCP", subnet);
    }

    private static GLabel detail(String id, String text) {
        return new GLabelBuilder(ElementTypes.DETAIL_LABEL).id(id).text(text).addCssClass("detail").size(TextMetrics.width(text, 11), 14).build();
    }
}
