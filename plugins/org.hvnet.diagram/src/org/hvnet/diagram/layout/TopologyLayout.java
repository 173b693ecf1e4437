package org.hvnet.diagram.layout;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.gmodel.TextMetrics;
import org.hvnet.diagram.gmodel.TopologyGraphBuilder;

/**
 * Lays the topology diagram out with ELK layered, top-down: networks above the hosts, physical NIC ports on the
 * host's top border, switches below them and VMs at the bottom. Leaf shapes get a fixed inner arrangement of their
 * labels; the positions the user moved (the layout sidecar) win over the computed ones.
 */
public final class TopologyLayout {

    private static final double HOST_HEADER = 44;
    /** Above this many hosts the hosts are packed in rows (ELK box) instead of one layered row. */
    public static final int HOSTS_IN_ONE_ROW = 4;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private TopologyLayout() {
    }

    /** Computes positions, sizes and edge routes in {@code graph}, then applies the {@code moved} positions. */
    public static void apply(GGraph graph, Map<String, GPoint> moved) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 36.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 48.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        long hosts = graph.getChildren().stream().filter(c -> ElementTypes.HOST.equals(c.getType())).count();
        boolean packed = hosts > HOSTS_IN_ONE_ROW;
        if (packed) {
            // many hosts: each host laid out by itself (layered), then hosts and networks packed in rows; the
            // cables between networks and hosts are drawn straight
            root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
            root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
        }
        Map<GModelElement, ElkConnectableShape> shapes = new HashMap<>();
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GNode node) {
                ElkNode elkNode = addNode(node, root, shapes);
                if (packed && ElementTypes.HOST.equals(node.getType())) {
                    spreadPortsOfPackedHost(elkNode);
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
        shapes.forEach((element, shape) -> {
            element.eSet(org.eclipse.glsp.graph.GraphPackage.Literals.GBOUNDS_AWARE__POSITION, GraphUtil.point(shape.getX(), shape.getY()));
            if (element instanceof GNode node && ElementTypes.HOST.equals(node.getType())) {
                node.setSize(GraphUtil.dimension(shape.getWidth(), shape.getHeight()));
            }
        });
        edges.forEach((edge, elkEdge) -> route(edge, elkEdge));
        graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).forEach(node -> placeMoved(node, moved));
        dropRoutesOfMoved(graph, moved);
        graph.setSize(GraphUtil.dimension(root.getWidth(), root.getHeight()));
        FiniteLayout.check(graph);
    }

    /**
     * A packed host is laid out by itself, so a physical NIC with no edge inside the host (no external switch on it)
     * gets no position from ELK layered but its initial one scaled to the host's new width: from a host of width 0
     * that is 0/0, NaN. The ports start in file order along the top border of a host wide enough for them (its
     * minimum width), and keep that order.
     */
    private static void spreadPortsOfPackedHost(ElkNode host) {
        double step = host.getProperty(CoreOptions.SPACING_PORT_PORT) + TopologyGraphBuilder.PORT_SIZE;
        double left = host.getProperty(CoreOptions.PADDING).getLeft();
        double width = left + host.getPorts().size() * step + host.getProperty(CoreOptions.PADDING).getRight();
        host.setDimensions(width, HOST_HEADER);
        host.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
        host.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, 0));
        host.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_ORDER);
        double x = left;
        for (ElkPort port : host.getPorts()) {
            port.setLocation(x, -TopologyGraphBuilder.PORT_SIZE);
            x += step;
        }
    }

    private static ElkNode addNode(GNode node, ElkNode parent, Map<GModelElement, ElkConnectableShape> shapes) {
        ElkNode elkNode = ElkGraphUtil.createNode(parent);
        elkNode.setIdentifier(node.getId());
        shapes.put(node, elkNode);
        boolean host = ElementTypes.HOST.equals(node.getType());
        if (!host) {
            arrangeLeaf(node);
            elkNode.setDimensions(node.getSize().getWidth(), node.getSize().getHeight());
        } else {
            arrangeHostHeader(node);
            elkNode.setProperty(CoreOptions.PADDING, new ElkPadding(HOST_HEADER + 10, 20, 20, 20));
            elkNode.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
            elkNode.setProperty(CoreOptions.PORT_BORDER_OFFSET, -TopologyGraphBuilder.PORT_SIZE / 2);
            elkNode.setProperty(CoreOptions.SPACING_PORT_PORT, widestPortLabel(node) + 24);
            elkNode.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
            elkNode.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
            elkNode.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
            elkNode.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
            elkNode.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        }
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GPort port) {
                ElkPort elkPort = ElkGraphUtil.createPort(elkNode);
                elkPort.setIdentifier(port.getId());
                elkPort.setDimensions(port.getSize().getWidth(), port.getSize().getHeight());
                elkPort.setProperty(CoreOptions.PORT_SIDE, PortSide.NORTH);
                if (!host) {
                    elkPort.setLocation(port.getPosition().getX(), port.getPosition().getY());
                }
                shapes.put(port, elkPort);
                arrangePortLabels(port);
            } else if (child instanceof GNode inner) {
                addNode(inner, elkNode, shapes);
            }
        }
        if (!host && node.getChildren().stream().anyMatch(GPort.class::isInstance)) {
            elkNode.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
        }
        return elkNode;
    }

    /** Places labels (and, for a VM, its NIC ports along the top border) inside a leaf shape of fixed size. */
    private static void arrangeLeaf(GNode node) {
        List<GPort> ports = node.getChildren().stream().filter(GPort.class::isInstance).map(GPort.class::cast).toList();
        double width = node.getSize() == null ? 0 : node.getSize().getWidth();
        double height = node.getSize() == null ? 0 : node.getSize().getHeight();
        if (ElementTypes.VM.equals(node.getType())) {
            double x = 16;
            for (GPort port : ports) {
                port.setPosition(GraphUtil.point(x, -port.getSize().getHeight() / 2));
                x += Math.max(widestLabel(port), port.getSize().getWidth()) + 24;
            }
            GLabel name = firstLabel(node);
            width = Math.max(x, name.getSize().getWidth() + 32);
            height = ports.stream().anyMatch(p -> labels(p).size() > 1) ? 64 : 52;
            name.setPosition(GraphUtil.point((width - name.getSize().getWidth()) / 2, height - TextMetrics.LINE_HEIGHT - 8));
            node.setSize(GraphUtil.dimension(width, height));
            return;
        }
        if (ElementTypes.LEGEND.equals(node.getType())) {
            return;
        }
        double y = 6;
        for (GLabel label : labels(node)) {
            label.setPosition(GraphUtil.point((width - label.getSize().getWidth()) / 2, y));
            y += label.getSize().getHeight() + 2;
        }
        if (y + 4 > height) {
            node.setSize(GraphUtil.dimension(width, y + 4));
        }
    }

    private static void arrangeHostHeader(GNode host) {
        List<GLabel> labels = labels(host);
        double x = 14;
        for (GLabel label : labels) {
            label.setPosition(GraphUtil.point(x, label == labels.get(0) ? 22 : 24));
            x += label.getSize().getWidth() + 10;
        }
    }

    /** Port labels sit beside the port: name and badge on one line, the address under them. */
    private static void arrangePortLabels(GPort port) {
        double x = port.getSize().getWidth() + 4;
        boolean vmNic = ElementTypes.VM_NIC.equals(port.getType());
        for (GLabel label : labels(port)) {
            if (ElementTypes.ADDRESS_LABEL.equals(label.getType())) {
                label.setPosition(GraphUtil.point(vmNic ? 0 : port.getSize().getWidth() + 4, vmNic ? 30 : 14));
            } else if (vmNic) {
                label.setPosition(GraphUtil.point(0, port.getSize().getHeight() + 1));
            } else {
                label.setPosition(GraphUtil.point(x, -label.getSize().getHeight()));
                x += label.getSize().getWidth() + 4;
            }
        }
    }

    private static double widestPortLabel(GNode host) {
        return host.getChildren().stream().filter(GPort.class::isInstance).mapToDouble(p -> labels(p).stream()
                .filter(l -> !ElementTypes.ADDRESS_LABEL.equals(l.getType())).mapToDouble(l -> l.getSize().getWidth() + 4).sum())
                .max().orElse(0);
    }

    private static double widestLabel(GModelElement element) {
        return labels(element).stream().mapToDouble(l -> l.getSize().getWidth()).max().orElse(0);
    }

    private static List<GLabel> labels(GModelElement element) {
        return element.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast).toList();
    }

    private static GLabel firstLabel(GModelElement element) {
        return labels(element).get(0);
    }

    /** Copies the ELK route into the edge, as absolute routing points (edges are children of the root). */
    private static void route(GEdge edge, ElkEdge elkEdge) {
        edge.getRoutingPoints().clear();
        if (elkEdge.getSections().isEmpty()) {
            return;
        }
        double offsetX = 0;
        double offsetY = 0;
        for (ElkNode container = elkEdge.getContainingNode(); container != null && container.getParent() != null; container = container.getParent()) {
            offsetX += container.getX();
            offsetY += container.getY();
        }
        ElkEdgeSection section = elkEdge.getSections().get(0);
        edge.getRoutingPoints().add(GraphUtil.point(section.getStartX() + offsetX, section.getStartY() + offsetY));
        for (org.eclipse.elk.graph.ElkBendPoint bend : section.getBendPoints()) {
            edge.getRoutingPoints().add(GraphUtil.point(bend.getX() + offsetX, bend.getY() + offsetY));
        }
        edge.getRoutingPoints().add(GraphUtil.point(section.getEndX() + offsetX, section.getEndY() + offsetY));
    }

    private static void placeMoved(GNode node, Map<String, GPoint> moved) {
        GPoint position = moved.get(node.getId());
        if (position != null) {
            node.setPosition(GraphFactory.eINSTANCE.createGPoint());
            node.getPosition().setX(position.getX());
            node.getPosition().setY(position.getY());
        }
        node.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).forEach(child -> placeMoved(child, moved));
    }

    /** An edge whose end (or an end's container) was moved by hand is drawn straight: its ELK route is stale. */
    private static void dropRoutesOfMoved(GGraph graph, Map<String, GPoint> moved) {
        if (moved.isEmpty()) {
            return;
        }
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge && (movedWithin(edge.getSource(), moved) || movedWithin(edge.getTarget(), moved))) {
                edge.getRoutingPoints().clear();
            }
        }
    }

    private static boolean movedWithin(GModelElement element, Map<String, GPoint> moved) {
        for (GModelElement current = element; current != null; current = current.getParent()) {
            if (moved.containsKey(current.getId())) {
                return true;
            }
        }
        return false;
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
