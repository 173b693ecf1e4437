// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.dsl.ide.outline.OutlineLabels;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.NetNat;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.PortAcl;
import org.hvnet.model.PortMapping;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.dsl.ide.highlighting.SemanticRanges;
import org.hvnet.ui.editor.coloring.TextStyle;

/**
 * The outline of a topology: networks; hosts with their MAC pool, NICs, switches (with host vNICs), NetNats (with
 * static mappings) and VMs (with NICs); a switch port's ACL rules under it. A port's VLAN and guards, a NetNat's
 * prefix and a switch's teaming follow the name (the same details as the language server's document symbols).
 */
public final class OutlineNodes {

    private OutlineNodes() {
    }

    /** The top-level nodes of {@code topology} (empty for null). */
    public static List<OutlineNode> of(Topology topology) {
        List<OutlineNode> nodes = new ArrayList<>();
        if (topology == null) {
            return nodes;
        }
        for (Network network : topology.getNetworks()) {
            String subnet = network.getSubnet() == null ? "" : "  " + network.getSubnet();
            String vlan = network.getVlan() == null ? "" : "  vlan " + network.getVlan();
            nodes.add(node(network, network.getName() + subnet + vlan, List.of()));
        }
        for (Host host : topology.getHosts()) {
            String platform = host.getPlatform() == null ? "" : " (" + host.getPlatform().getLiteral() + ")";
            nodes.add(node(host, host.getName() + platform, children(host)));
        }
        return nodes;
    }

    private static List<OutlineNode> children(Host host) {
        List<OutlineNode> children = new ArrayList<>();
        if (host.getMacPool() != null) {
            children.add(unnamed(host.getMacPool()));
        }
        for (PhysicalNic nic : host.getNics()) {
            children.add(node(nic, "nic " + nic.getName(), List.of()));
        }
        for (VirtualSwitch virtualSwitch : host.getSwitches()) {
            List<OutlineNode> vnics = new ArrayList<>();
            for (HostVirtualNic vnic : virtualSwitch.getHostVnics()) {
                vnics.add(node(vnic, "host-vnic " + vnic.getName() + detail(vnic), acls(vnic)));
            }
            String kind = virtualSwitch.getKind() == null ? "" : " (" + virtualSwitch.getKind().getLiteral() + ")";
            children.add(node(virtualSwitch, virtualSwitch.getName() + kind + detail(virtualSwitch), vnics));
        }
        for (NetNat netNat : host.getNetNats()) {
            List<OutlineNode> mappings = new ArrayList<>();
            for (PortMapping mapping : netNat.getStaticMappings()) {
                mappings.add(unnamed(mapping));
            }
            children.add(node(netNat, "netnat " + netNat.getName() + detail(netNat), mappings));
        }
        for (VirtualMachine vm : host.getVms()) {
            List<OutlineNode> nics = new ArrayList<>();
            for (VmNic nic : vm.getNics()) {
                String on = nic.getSwitch() == null || nic.getSwitch().eIsProxy() ? "" : " on " + nic.getSwitch().getName();
                nics.add(node(nic, "nic " + nic.getName() + on + detail(nic), acls(nic)));
            }
            children.add(node(vm, "vm " + vm.getName(), nics));
        }
        return children;
    }

    private static List<OutlineNode> acls(VirtualPort port) {
        List<OutlineNode> acls = new ArrayList<>();
        for (PortAcl acl : port.getAcls()) {
            acls.add(unnamed(acl));
        }
        return acls;
    }

    /** Two spaces and the element's details, or nothing. */
    private static String detail(EObject element) {
        String detail = OutlineLabels.detail(element);
        return detail.isEmpty() ? "" : "  " + detail;
    }

    private static OutlineNode unnamed(EObject element) {
        return node(element, OutlineLabels.unnamed(element), List.of());
    }

    private static OutlineNode node(EObject element, String label, List<OutlineNode> children) {
        List<INode> names = NodeModelUtils.findNodesForFeature(element, HvnetPackage.Literals.NAMED_ELEMENT__NAME);
        INode node = names.isEmpty() ? NodeModelUtils.findActualNodeFor(element) : names.get(0);
        int offset = node == null ? 0 : node.getOffset();
        int length = node == null ? 0 : node.getLength();
        return new OutlineNode(label, TextStyle.of(SemanticRanges.kindOf(element)), offset, length, List.copyOf(children));
    }
}
