// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.gmodel.ElementTypes;

/**
 * Lays the topology diagram out with ELK layered, top-down: networks above the hosts, physical NIC ports on the
 * host's top border, switches below them and VMs at the bottom. Up to {@value #HOSTS_IN_ONE_ROW} hosts drawn whole
 * are laid out together in one row; an estate (the overview, or more hosts) by {@link EstateLayout}. The positions
 * the user moved (the layout sidecar) win over the computed ones: top-level shapes in a diagram of a few hosts, and
 * shapes inside a host everywhere (the host grows to hold them).
 */
public final class TopologyLayout {

    /** Up to this many hosts drawn whole stand in one row, laid out together (the diagram of a lab). */
    public static final int HOSTS_IN_ONE_ROW = 4;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private TopologyLayout() {
    }

    /** Computes positions, sizes and edge routes in {@code graph}, then applies the {@code moved} positions. */
    public static void apply(GGraph graph, Map<String, GPoint> moved) {
        long whole = graph.getChildren().stream().filter(c -> ElementTypes.HOST.equals(c.getType())).count();
        boolean compact = graph.getChildren().stream().anyMatch(c -> ElementTypes.HOST_SUMMARY.equals(c.getType()));
        if (compact || whole > HOSTS_IN_ONE_ROW) {
            EstateLayout.apply(graph, moved);
        } else {
            oneRow(graph, moved, Map.of());
        }
        EdgeBadges.place(graph);
        FiniteLayout.check(graph);
    }

    /**
     * The hosts in one row, laid out together with the networks (cables routed into the hosts). A host a moved shape
     * would stick out of is laid out again with as much more room on its right and bottom as it needs ({@code grown}:
     * extra width and height), so that its neighbours make way.
     */
    private static void oneRow(GGraph graph, Map<String, GPoint> moved, Map<GNode, double[]> grown) {
        ElkNode root = ElkShapes.layeredRoot(56, 20, 48);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        Map<GModelElement, ElkConnectableShape> shapes = new HashMap<>();
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GNode node) {
                ElkNode elkNode = ElkShapes.addNode(node, root, shapes);
                double[] extra = grown.get(node);
                if (extra != null) {
                    ElkPadding padding = elkNode.getProperty(CoreOptions.PADDING);
                    elkNode.setProperty(CoreOptions.PADDING,
                            new ElkPadding(padding.getTop(), padding.getRight() + extra[0], padding.getBottom() + extra[1], padding.getLeft()));
                }
            }
        }
        Map<GEdge, ElkEdge> edges = new HashMap<>();
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge && shapes.containsKey(edge.getSource()) && shapes.containsKey(edge.getTarget())) {
                ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(shapes.get(edge.getSource()), shapes.get(edge.getTarget()));
                ElkGraphUtil.updateContainment(elkEdge);
                edges.put(edge, elkEdge);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        ElkShapes.copyPositions(shapes);
        edges.forEach(ElkShapes::route);
        graph.setSize(GraphUtil.dimension(root.getWidth(), root.getHeight()));
        if (moved.isEmpty()) {
            return;
        }
        Map<GNode, double[]> needed = new HashMap<>();
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GNode node) {
                placeMoved(node, moved);
                if (ElementTypes.HOST.equals(node.getType()) && MovedShapes.place(node, moved)) {
                    double[] size = MovedShapes.neededSize(node);
                    double extraWidth = Math.max(0, size[0] - node.getSize().getWidth());
                    double extraHeight = Math.max(0, size[1] - node.getSize().getHeight());
                    if (extraWidth > 0.5 || extraHeight > 0.5) {
                        needed.put(node, new double[] { extraWidth, extraHeight });
                    }
                }
            }
        }
        if (!needed.isEmpty() && grown.isEmpty()) {
            oneRow(graph, moved, needed);
            return;
        }
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge && MovedShapes.touches(edge, moved)) {
                edge.getRoutingPoints().clear();
            }
        }
    }

    private static void placeMoved(GNode node, Map<String, GPoint> moved) {
        GPoint position = moved.get(node.getId());
        if (position != null) {
            node.setPosition(GraphFactory.eINSTANCE.createGPoint());
            node.getPosition().setX(position.getX());
            node.getPosition().setY(position.getY());
        }
    }

    /**
     * Lays out one host drawn whole by itself (its position left at the origin) with the edges inside it, as the
     * overview draws it in place of its compact node; {@code moved} shapes inside it win and grow it.
     */
    public static void layOutAlone(GNode host, java.util.List<GEdge> inner, Map<String, GPoint> moved) {
        HostInterior.layOut(host, inner, moved);
        FiniteLayout.check(host);
    }

    /** The absolute position of an element (the sum of its and its containers' positions). */
    public static GPoint absolute(GModelElement element) {
        double x = 0;
        double y = 0;
        for (GModelElement current = element; current != null && !(current instanceof GGraph); current = current.getParent()) {
            if (current instanceof org.eclipse.glsp.graph.GBoundsAware bounds && bounds.getPosition() != null) {
                x += bounds.getPosition().getX();
                y += bounds.getPosition().getY();
            }
        }
        return GraphUtil.point(x, y);
    }
}
