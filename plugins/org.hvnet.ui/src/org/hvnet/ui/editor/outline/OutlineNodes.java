package org.hvnet.ui.editor.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.ui.editor.coloring.SemanticRanges;

/** The outline of a topology: networks; hosts with their NICs, switches (with host vNICs) and VMs (with NICs). */
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
            nodes.add(node(network, network.getName() + subnet, List.of()));
        }
        for (Host host : topology.getHosts()) {
            List<OutlineNode> children = new ArrayList<>();
            for (PhysicalNic nic : host.getNics()) {
                children.add(node(nic, "nic " + nic.getName(), List.of()));
            }
            for (VirtualSwitch virtualSwitch : host.getSwitches()) {
                List<OutlineNode> vnics = new ArrayList<>();
                for (HostVirtualNic vnic : virtualSwitch.getHostVnics()) {
                    vnics.add(node(vnic, "host-vnic " + vnic.getName(), List.of()));
                }
                String kind = virtualSwitch.getKind() == null ? "" : " (" + virtualSwitch.getKind().getLiteral() + ")";
                children.add(node(virtualSwitch, virtualSwitch.getName() + kind, vnics));
            }
            for (VirtualMachine vm : host.getVms()) {
                List<OutlineNode> nics = new ArrayList<>();
                for (VmNic nic : vm.getNics()) {
                    String on = nic.getSwitch() == null || nic.getSwitch().eIsProxy() ? "" : " on " + nic.getSwitch().getName();
                    nics.add(node(nic, "nic " + nic.getName() + on, List.of()));
                }
                children.add(node(vm, "vm " + vm.getName(), nics));
            }
            String platform = host.getPlatform() == null ? "" : " (" + host.getPlatform().getLiteral() + ")";
            nodes.add(node(host, host.getName() + platform, children));
        }
        return nodes;
    }

    private static OutlineNode node(EObject element, String label, List<OutlineNode> children) {
        List<INode> names = NodeModelUtils.findNodesForFeature(element, HvnetPackage.Literals.NAMED_ELEMENT__NAME);
        INode node = names.isEmpty() ? NodeModelUtils.findActualNodeFor(element) : names.get(0);
        int offset = node == null ? 0 : node.getOffset();
        int length = node == null ? 0 : node.getLength();
        return new OutlineNode(label, SemanticRanges.styleOf(element), offset, length, List.copyOf(children));
    }
}
