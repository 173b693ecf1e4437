// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.gmodel.ElementTypes;

/**
 * The positions a user moved shapes to (the layout sidecar) put over the computed ones. A shape moved inside a host
 * stays inside it: moved past the right or bottom border the host grows to hold it (with its margin), moved past the
 * left border or into the header it stops at the border.
 */
final class MovedShapes {

    /** Margin between a host's border and what it holds. */
    static final double MARGIN = 20;

    private MovedShapes() {
    }

    /** Puts the moved nodes inside {@code node} (not {@code node} itself) at their positions; true when one moved. */
    static boolean place(GNode node, Map<String, GPoint> moved) {
        boolean any = false;
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GNode inner) {
                GPoint position = moved.get(inner.getId());
                if (position != null) {
                    boolean inHost = ElementTypes.HOST.equals(node.getType());
                    inner.setPosition(GraphUtil.point(inHost ? Math.max(8, position.getX()) : position.getX(),
                            inHost ? Math.max(ElkShapes.HOST_HEADER, position.getY()) : position.getY()));
                    any = true;
                }
                any |= place(inner, moved);
            }
        }
        return any;
    }

    /** Makes {@code host} big enough for every node it holds, with a margin. */
    static void grow(GNode host) {
        double[] size = neededSize(host);
        host.setSize(GraphUtil.dimension(size[0], size[1]));
    }

    /** The size {@code host} needs to hold every node it holds (at least its size now). */
    static double[] neededSize(GNode host) {
        double width = host.getSize().getWidth();
        double height = host.getSize().getHeight();
        for (GModelElement child : host.getChildren()) {
            if (child instanceof GNode inner) {
                width = Math.max(width, inner.getPosition().getX() + inner.getSize().getWidth() + MARGIN);
                height = Math.max(height, inner.getPosition().getY() + inner.getSize().getHeight() + MARGIN);
            }
        }
        return new double[] { width, height };
    }

    /** True when an end of {@code edge}, or a container of an end, was moved. */
    static boolean touches(GEdge edge, Map<String, GPoint> moved) {
        return within(edge.getSource(), moved) || within(edge.getTarget(), moved);
    }

    private static boolean within(GModelElement element, Map<String, GPoint> moved) {
        for (GModelElement current = element; current != null; current = current.getParent()) {
            if (moved.containsKey(current.getId())) {
                return true;
            }
        }
        return false;
    }
}
