// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * The end of a cable in an estate: along its bus to above its NIC, then down to the NIC. A cable's route in an
 * estate always ends with these two points, so that a host drawn whole in place of its compact node (other NICs at
 * other places) gets its cables by changing them only.
 */
public final class CableDrop {

    private CableDrop() {
    }

    /** The two last points of a cable whose bus runs at {@code busY}, to a NIC whose top middle is ({@code x}, {@code top}). */
    static List<GPoint> points(double x, double busY, double top) {
        return List.of(GraphUtil.point(x, busY), GraphUtil.point(x, top));
    }

    /** Ends {@code cable}, laid out in an estate, at the NIC {@code port} (wherever its host now is). */
    public static void reroute(GEdge cable, GPort port) {
        List<GPoint> route = cable.getRoutingPoints();
        if (route.size() < 2) {
            return;
        }
        double busY = route.get(route.size() - 2).getY();
        GPoint at = TopologyLayout.absolute(port);
        route.remove(route.size() - 1);
        route.remove(route.size() - 1);
        route.addAll(points(at.getX() + port.getSize().getWidth() / 2, busY, at.getY()));
    }
}
