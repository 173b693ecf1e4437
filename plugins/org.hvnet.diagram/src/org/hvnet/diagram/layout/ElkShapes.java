// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.gmodel.TextMetrics;
import org.hvnet.diagram.gmodel.TopologyGraphBuilder;

/**
 * The ELK shapes of GModel nodes: a host becomes a layered container (its physical NICs ports on the top border),
 * a leaf gets its fixed size with its labels (and, for a VM, its NIC ports) arranged inside; and ELK's edge routes
 * back as routing points.
 */
final class ElkShapes {

    /** Height of a host's header (name, platform) above its switches. */
    static final double HOST_HEADER = 44;

    private ElkShapes() {
    }

    /**
     * A root graph laid out by ELK layered top-down with orthogonal edges: {@code betweenLayers} between the layers,
     * {@code edgeToNode} between an edge and a node there, {@code betweenComponents} between unconnected parts.
     */
    static ElkNode layeredRoot(double betweenLayers, double edgeToNode, double betweenComponents) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 36.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, betweenLayers);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, edgeToNode);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, betweenComponents);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        return root;
    }

    /** Adds {@code node} (and what it holds) under {@code parent}, remembering every ELK shape in {@code shapes}. */
    static ElkNode addNode(GNode node, ElkNode parent, Map<GModelElement, ElkConnectableShape> shapes) {
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

    /**
     * A host laid out by itself: a physical NIC with no edge inside the host (no external switch on it) would get
     * no position from ELK layered but its initial one scaled to the host's new width: from a host of width 0 that
     * is 0/0, NaN. The ports start in file order along the top border of a host wide enough for them (its minimum
     * width), and keep that order.
     */
    static void spreadPortsOfSeparateHost(ElkNode host) {
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

    /** Copies positions (and the sizes of hosts) from the ELK shapes into the GModel elements. */
    static void copyPositions(Map<GModelElement, ElkConnectableShape> shapes) {
        shapes.forEach((element, shape) -> {
            element.eSet(org.eclipse.glsp.graph.GraphPackage.Literals.GBOUNDS_AWARE__POSITION, GraphUtil.point(shape.getX(), shape.getY()));
            if (element instanceof GNode node && ElementTypes.HOST.equals(node.getType())) {
                node.setSize(GraphUtil.dimension(shape.getWidth(), shape.getHeight()));
                placeToggle(node);
            }
        });
    }

    /** The collapse toggle of an expanded host sits at its top right corner, once its width is known. */
    static void placeToggle(GNode host) {
        host.getChildren().stream().filter(c -> ElementTypes.TOGGLE_LABEL.equals(c.getType())).map(GLabel.class::cast)
                .forEach(toggle -> toggle.setPosition(GraphUtil.point(host.getSize().getWidth() - 24, 7)));
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
            GLabel name = labels(node).get(0);
            width = Math.max(x, name.getSize().getWidth() + 32);
            boolean addressed = ports.stream().anyMatch(p -> labels(p).stream().anyMatch(l -> ElementTypes.ADDRESS_LABEL.equals(l.getType())));
            height = (addressed ? 64 : 52) + ports.stream().mapToDouble(ElkShapes::badgesHeight).max().orElse(0);
            name.setPosition(GraphUtil.point((width - name.getSize().getWidth()) / 2, height - TextMetrics.LINE_HEIGHT - 8));
            node.setSize(GraphUtil.dimension(width, height));
            return;
        }
        if (ElementTypes.LEGEND.equals(node.getType()) || ElementTypes.HOST_SUMMARY.equals(node.getType())) {
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
        List<GLabel> labels = labels(host).stream().filter(l -> !ElementTypes.TOGGLE_LABEL.equals(l.getType())).toList();
        double x = 14;
        for (GLabel label : labels) {
            label.setPosition(GraphUtil.point(x, label == labels.get(0) ? 22 : 24));
            x += label.getSize().getWidth() + 10;
        }
    }

    /**
     * Port labels: a physical NIC's name and badge on one line beside it, its address under them; a VM NIC's name
     * under it, its badges (VLAN, ACLs, guards) one a line under the name, and its address last.
     */
    private static void arrangePortLabels(GPort port) {
        double x = port.getSize().getWidth() + 4;
        boolean vmNic = ElementTypes.VM_NIC.equals(port.getType());
        double y = port.getSize().getHeight() + 1;
        for (GLabel label : labels(port)) {
            if (ElementTypes.ADDRESS_LABEL.equals(label.getType())) {
                label.setPosition(GraphUtil.point(vmNic ? 0 : port.getSize().getWidth() + 4, vmNic ? 30 + badgesHeight(port) : 14));
            } else if (vmNic) {
                label.setPosition(GraphUtil.point(0, y));
                y += label.getSize().getHeight() + 1;
            } else {
                label.setPosition(GraphUtil.point(x, -label.getSize().getHeight()));
                x += label.getSize().getWidth() + 4;
            }
        }
    }

    /** The height the badges of a VM NIC take under its name (none: 0). */
    private static double badgesHeight(GPort port) {
        return labels(port).stream().filter(l -> ElementTypes.BADGE_LABEL.equals(l.getType())).mapToDouble(l -> l.getSize().getHeight() + 1)
                .sum();
    }

    private static double widestPortLabel(GNode host) {
        return host.getChildren().stream().filter(GPort.class::isInstance).mapToDouble(p -> labels(p).stream()
                .filter(l -> !ElementTypes.ADDRESS_LABEL.equals(l.getType())).mapToDouble(l -> l.getSize().getWidth() + 4).sum())
                .max().orElse(0);
    }

    private static double widestLabel(GModelElement element) {
        return labels(element).stream().mapToDouble(l -> l.getSize().getWidth()).max().orElse(0);
    }

    /** The labels of {@code element}. */
    static List<GLabel> labels(GModelElement element) {
        return element.getChildren().stream().filter(GLabel.class::isInstance).map(GLabel.class::cast).toList();
    }

    /** Copies the ELK route into the edge, as absolute routing points (edges are children of the root). */
    static void route(GEdge edge, ElkEdge elkEdge) {
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
}
