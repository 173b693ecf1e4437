// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.segments.SegmentIndex;
import org.hvnet.model.Interface;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.NameText;
import org.hvnet.validation.TopologyValidation;

/**
 * The two fixes of rule V-5 (S-5, A-3), for a DHCP interface on an internal or private switch whose segment has no
 * DHCP server (or a switch whose implied host vNIC is one): give it a free static address of the segment, or run a
 * DHCP server in a VM of the segment that has a static address there.
 */
final class SegmentAddressing {

    private SegmentAddressing() {
    }

    /** The edit that gives the interface (or the switch's implied host vNIC) a free static address, or none. */
    static List<TextEdit> staticAddress(EObject element, Document document) {
        List<Topology> topologies = TopologyValidation.topologiesBeside(element.eResource());
        SegmentIndex segments = SegmentIndex.of(topologies);
        int segment = element instanceof Interface iface ? segments.segmentOf(iface) : segments.segmentOfSwitch((VirtualSwitch) element);
        if (segment < 0) {
            return List.of();
        }
        FreeAddresses free = FreeAddresses.of(segments, segment, topologies);
        Ipv4Cidr address = free.firstFree(free.subnet());
        if (address == null) {
            return List.of();
        }
        String settings = "ipv4 static " + address;
        if (element instanceof Interface iface) {
            if (iface.getIpv4() == null) {
                return List.of(TextEdits.addInline(document, iface, settings));
            }
            INode written = NodeModelUtils.findActualNodeFor(iface.getIpv4());
            return List.of(TextEdits.replace(document, written.getOffset(), written.getEndOffset(), settings));
        }
        VirtualSwitch implied = SimulatedModel.of(topologies).copyOf((VirtualSwitch) element);
        if (implied == null || implied.getHostVnics().isEmpty()) {
            return List.of();
        }
        String vnic = "host-vnic " + NameText.asWritten(implied.getHostVnics().get(0).getName()) + " { " + settings + " }";
        return List.of(TextEdits.addOnOwnLine(document, element, vnic));
    }

    /** The edit that runs a DHCP server in a VM with a static address on the segment, or none when there is none. */
    static List<TextEdit> dhcpServer(EObject element, Document document) {
        List<Topology> topologies = TopologyValidation.topologiesBeside(element.eResource());
        SegmentIndex segments = SegmentIndex.of(topologies);
        int segment = element instanceof Interface iface ? segments.segmentOf(iface) : segments.segmentOfSwitch((VirtualSwitch) element);
        if (segment < 0) {
            return List.of();
        }
        FreeAddresses free = FreeAddresses.of(segments, segment, topologies);
        for (Interface member : segments.members(segment)) {
            if (member instanceof VmNic nic && nic.getIpv4() instanceof StaticIpv4Config settings && settings.getAddress() != null
                    && nic.eContainer() instanceof VirtualMachine vm && vm.eResource() == element.eResource()) {
                Ipv4Address[] range = free.rangeAbove(settings.getAddress().subnet());
                if (range != null) {
                    return List.of(TextEdits.addOnOwnLine(document, vm,
                            "dhcp-server on " + NameText.asWritten(nic.getName()) + " range " + range[0] + " - " + range[1]));
                }
            }
        }
        return List.of();
    }
}
