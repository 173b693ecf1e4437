// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.hvnet.model.Interface;
import org.hvnet.model.Network;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.analysis.segments.SegmentIndex;
import org.hvnet.model.util.HvnetSwitch;

/**
 * Shades every switch, network and interface by its broadcast domain (rule T-1, from the simulation's
 * {@link SegmentIndex}): css class {@code segment-N}, N cycling through six colours, and a tooltip-like
 * {@code segment} argument with the segment's name.
 */
public final class SegmentShading {

    /** How many distinct segment colours the stylesheet has. */
    public static final int COLOURS = 6;

    private SegmentShading() {
    }

    /** Adds the segment class to the shapes in {@code shown} (model element to diagram element). */
    public static void apply(List<Topology> topologies, Map<EObject, GModelElement> shown) {
        SegmentIndex segments = SegmentIndex.of(topologies);
        HvnetSwitch<Integer> segmentOf = new HvnetSwitch<>() {
            @Override
            public Integer caseVirtualSwitch(VirtualSwitch virtualSwitch) {
                return segments.segmentOfSwitch(virtualSwitch);
            }

            @Override
            public Integer caseNetwork(Network network) {
                return segments.segmentOfNetwork(network);
            }

            @Override
            public Integer caseInterface(Interface iface) {
                return segments.segmentOf(iface);
            }

            @Override
            public Integer defaultCase(EObject other) {
                return -1;
            }
        };
        shown.forEach((element, shape) -> {
            int segment = segmentOf.doSwitch(element);
            if (segment >= 0) {
                shape.getCssClasses().add("segment-" + (segment % COLOURS));
                shape.getArgs().put("segment", segments.name(segment));
            }
        });
    }
}
