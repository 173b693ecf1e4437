// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualPort;

/**
 * The layer "VLANs" (rule X-3): every access port (VM NIC, host vNIC) and its link to the switch, every network with a
 * {@code vlan} and every cable of one such network get the css class {@code vlan-N}, N the VLAN id modulo
 * {@value #COLOURS} (so a VLAN has the same colour in every diagram and after every change); a trunk port and its link
 * get {@code vlan-trunk}. Untagged ports, networks and cables keep their colours.
 */
public final class VlanColours {

    /** How many VLAN colours the stylesheet has. */
    public static final int COLOURS = 8;

    private VlanColours() {
    }

    /** Colours {@code shape} and every shape in it by the VLAN of its model element in {@code elements} (id to element). */
    public static void apply(GModelElement shape, Map<String, EObject> elements) {
        colour(shape, elements);
        for (TreeIterator<EObject> all = shape.eAllContents(); all.hasNext();) {
            if (all.next() instanceof GModelElement inner) {
                colour(inner, elements);
            }
        }
    }

    private static void colour(GModelElement shape, Map<String, EObject> elements) {
        if (shape.getId() == null || shape.getId().contains("#")) {
            return; // labels keep their colours
        }
        classOf(elements.get(shape.getId())).ifPresent(css -> shape.getCssClasses().add(css));
    }

    /** The VLAN class of a model element: its VLAN's colour, {@code vlan-trunk}, or none (untagged). */
    static Optional<String> classOf(EObject element) {
        Integer vlan = null;
        if (element instanceof VirtualPort port) {
            if (port.getTrunk() != null) {
                return Optional.of("vlan-trunk");
            }
            vlan = port.getVlan();
        } else if (element instanceof Network network) {
            vlan = network.getVlan();
        } else if (element instanceof PhysicalNic nic && nic.getCables().size() == 1) {
            vlan = nic.getCables().get(0).getVlan(); // the cable edge (edges map to the NIC they end at)
        } else if (element instanceof PhysicalNic nic && nic.getCables().size() > 1) {
            return Optional.of("vlan-trunk");
        }
        return vlan == null ? Optional.empty() : Optional.of("vlan-" + Math.floorMod(vlan, COLOURS));
    }
}
