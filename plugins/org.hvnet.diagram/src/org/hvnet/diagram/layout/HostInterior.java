// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * One host drawn whole, laid out by itself (ELK layered, top-down: switches under its NICs, VMs at the bottom), for
 * the overview and for models of many hosts: positions inside the host, its size, and the routes of the edges
 * inside it, relative to the host (moved with it by {@link #translate}).
 */
final class HostInterior {

    private HostInterior() {
    }

    /** Lays {@code host} and its {@code inner} edges out; shapes moved by hand ({@code moved}) win, and the host grows to hold them. */
    static void layOut(GNode host, List<GEdge> inner, Map<String, GPoint> moved) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
        Map<GModelElement, ElkConnectableShape> shapes = new HashMap<>();
        ElkNode elkHost = ElkShapes.addNode(host, root, shapes);
        ElkShapes.spreadPortsOfSeparateHost(elkHost);
        Map<GEdge, ElkEdge> edges = new HashMap<>();
        for (GEdge edge : inner) {
            if (shapes.containsKey(edge.getSource()) && shapes.containsKey(edge.getTarget())) {
                ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(shapes.get(edge.getSource()), shapes.get(edge.getTarget()));
                ElkGraphUtil.updateContainment(elkEdge);
                edges.put(edge, elkEdge);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        ElkShapes.copyPositions(shapes);
        host.setPosition(GraphUtil.point(0, 0));
        edges.forEach((edge, elkEdge) -> {
            ElkShapes.route(edge, elkEdge);
            translate(edge, -elkHost.getX(), -elkHost.getY());
        });
        if (MovedShapes.place(host, moved)) {
            MovedShapes.grow(host);
            ElkShapes.placeToggle(host);
            inner.stream().filter(edge -> MovedShapes.touches(edge, moved)).forEach(edge -> edge.getRoutingPoints().clear());
        }
    }

    /** Moves every routing point of {@code edge} by ({@code dx}, {@code dy}). */
    static void translate(GEdge edge, double dx, double dy) {
        for (GPoint point : edge.getRoutingPoints()) {
            point.setX(point.getX() + dx);
            point.setY(point.getY() + dy);
        }
    }
}
