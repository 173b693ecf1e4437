// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;

/**
 * The simulation overlay of one traced packet (rule T-7): every interface, switch and network the packet passes
 * gets the css class {@code trace-hop}, and so do the edges between two of them and a box that states the verdict.
 * Between an external switch and its network the packet goes through the switch's physical NIC, which the trace
 * names in words only: the NIC, its uplink and its cable are marked too. A hop inside a host the overview shows
 * compact marks that host.
 */
public record TraceOverlay(List<String> hops, String verdict) {

    /** The model elements of {@code topologies} the packet passes, in order, with the physical NICs between. */
    public List<EObject> onPath(List<Topology> topologies) {
        Map<String, EObject> byHopName = new HashMap<>();
        for (Topology topology : topologies) {
            HopNames.index(topology, byHopName);
        }
        List<EObject> path = new ArrayList<>();
        EObject previous = null;
        for (String hop : hops) {
            EObject element = byHopName.get(hop);
            if (element == null) {
                continue;
            }
            PhysicalNic between = uplinkBetween(previous, element);
            if (between != null) {
                path.add(between);
            }
            path.add(element);
            previous = element;
        }
        return path;
    }

    /**
     * The physical NIC that joins an external switch and a network its NIC is cabled to (either way), or null; of a
     * team (rule X-6: one uplink) the first NIC cabled to that network, the one the diagram draws the uplink from.
     */
    private static PhysicalNic uplinkBetween(EObject from, EObject to) {
        if (from instanceof VirtualSwitch s && to instanceof Network n) {
            return uplinkTo(s, n);
        }
        if (to instanceof VirtualSwitch s && from instanceof Network n) {
            return uplinkTo(s, n);
        }
        return null;
    }

    private static PhysicalNic uplinkTo(VirtualSwitch virtualSwitch, Network network) {
        return virtualSwitch.getExternalNics().stream().filter(nic -> nic.getCables().contains(network)).findFirst().orElse(null);
    }

    /** Marks the path in the built {@code graph}. */
    public void apply(DiagramGraph graph) {
        GGraph root = graph.root();
        Map<EObject, String> ids = graph.shapeIds();
        Set<String> marked = new HashSet<>();
        for (EObject element : onPath(graph.topologies())) {
            String id = graph.shownId(element, ids);
            if (id != null) {
                marked.add(id);
            }
        }
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof GModelElement element && marked.contains(element.getId())) {
                element.getCssClasses().add("trace-hop");
            }
        });
        for (GModelElement child : root.getChildren()) {
            if (child instanceof GEdge edge && marked.contains(edge.getSourceId()) && marked.contains(edge.getTargetId())) {
                edge.getCssClasses().add("trace-hop");
            }
        }
        String text = verdict;
        root.getChildren().add(new GNodeBuilder(ElementTypes.LEGEND).id("trace").addCssClass("legend").addCssClass("trace-verdict")
                .position(24, Math.max(0, root.getSize() == null ? 0 : root.getSize().getHeight()))
                .size(TextMetrics.width(text) + 24, 30)
                .add(new GLabelBuilder(ElementTypes.DETAIL_LABEL).id("trace#verdict").text(text).addCssClass("legend-title")
                        .position(12, 7).size(TextMetrics.width(text), TextMetrics.LINE_HEIGHT).build())
                .build());
        if (root.getSize() != null) {
            root.setSize(GraphUtil.dimension(Math.max(root.getSize().getWidth(), TextMetrics.width(text) + 72), root.getSize().getHeight() + 44));
        }
    }
}
