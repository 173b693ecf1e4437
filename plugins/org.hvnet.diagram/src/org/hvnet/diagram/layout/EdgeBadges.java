// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.gmodel.TopologyGraphBuilder;

/**
 * Places the badges of edges (the VLANs a cable carries, rule X-3) once the shapes have their positions: above the
 * name of the NIC the cable ends at, right of the cable, in the root's coordinates (edges are children of the root).
 */
final class EdgeBadges {

    /** How far above the NIC port the badge's top lies: over the NIC's name and bindings line. */
    private static final double ABOVE_PORT = 34;

    private EdgeBadges() {
    }

    /** Places the badges of every edge of {@code graph}. */
    static void place(GGraph graph) {
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge && edge.getTarget() != null && !edge.getChildren().isEmpty()) {
                GPoint end = TopologyLayout.absolute(edge.getTarget());
                double y = end.getY() - ABOVE_PORT;
                for (GModelElement badge : edge.getChildren()) {
                    if (badge instanceof GLabel label) {
                        label.setPosition(GraphUtil.point(end.getX() + TopologyGraphBuilder.PORT_SIZE / 2 + 5, y));
                        y -= label.getSize().getHeight() + 2;
                    }
                }
            }
        }
    }
}
