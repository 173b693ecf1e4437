// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.components.ComponentOrderingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.gmodel.ElementTypes;

/**
 * The layout of an estate (the overview, and the detail of more than {@value TopologyLayout#HOSTS_IN_ONE_ROW}
 * hosts): the hosts drawn whole are laid out each by itself, the hosts are grouped by the networks they are cabled
 * to into {@link HostBlock}s of rows, and ELK layered lays the networks, the blocks and the legend out top-down,
 * routing one trunk per network and block with right angles; the cables follow their trunk, then their block's
 * riser, bus and drop.
 */
final class EstateLayout {

    private EstateLayout() {
    }

    /** Lays {@code graph} out; {@code moved} positions of shapes inside a host win and grow it. */
    static void apply(GGraph graph, Map<String, GPoint> moved) {
        List<GNode> networks = new ArrayList<>();
        List<GNode> hosts = new ArrayList<>();
        List<GNode> others = new ArrayList<>();
        List<GEdge> cables = new ArrayList<>();
        Map<GNode, List<GEdge>> inner = new IdentityHashMap<>();
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GNode node) {
                String type = node.getType();
                (ElementTypes.NETWORK.equals(type) ? networks
                        : ElementTypes.HOST.equals(type) || ElementTypes.HOST_SUMMARY.equals(type) ? hosts : others).add(node);
            }
        }
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                if (ElementTypes.CABLE_EDGE.equals(edge.getType())) {
                    cables.add(edge);
                } else {
                    inner.computeIfAbsent(topLevel(edge.getTarget()), h -> new ArrayList<>()).add(edge);
                }
            }
        }
        for (GNode host : hosts) {
            if (ElementTypes.HOST.equals(host.getType())) {
                HostInterior.layOut(host, inner.getOrDefault(host, List.of()), moved);
            }
        }
        List<HostBlock> blocks = HostBlock.group(hosts, cables);

        ElkNode root = ElkShapes.layeredRoot(48, 16, 60);
        root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_COMPONENTS, ComponentOrderingStrategy.MODEL_ORDER);
        Map<GModelElement, ElkConnectableShape> shapes = new HashMap<>();
        for (GNode other : others) {
            ElkShapes.addNode(other, root, shapes);
        }
        Map<GNode, ElkPort> buses = new IdentityHashMap<>();
        for (GNode network : networks) {
            ElkNode node = ElkShapes.addNode(network, root, shapes);
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            ElkPort bus = ElkGraphUtil.createPort(node);
            bus.setProperty(CoreOptions.PORT_SIDE, PortSide.SOUTH);
            bus.setDimensions(2, 2);
            bus.setLocation(network.getSize().getWidth() / 2 - 1, network.getSize().getHeight());
            buses.put(network, bus);
        }
        Map<HostBlock, ElkNode> blockNodes = new IdentityHashMap<>();
        Map<GEdge, ElkEdge> trunks = new IdentityHashMap<>();
        for (HostBlock block : blocks) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(block.width(), block.height());
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            blockNodes.put(block, node);
            for (int i = 0; i < block.networks().size(); i++) {
                ElkPort riser = ElkGraphUtil.createPort(node);
                riser.setProperty(CoreOptions.PORT_SIDE, PortSide.NORTH);
                riser.setDimensions(2, 2);
                riser.setLocation(HostBlock.riserX(i) - 1, -2);
                ElkEdge trunk = ElkGraphUtil.createSimpleEdge(buses.get(block.networks().get(i)), riser);
                for (GEdge cable : block.cables()) {
                    if (cable.getSource() == block.networks().get(i)) {
                        trunks.put(cable, trunk);
                    }
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        shapes.forEach((element, shape) -> element.eSet(org.eclipse.glsp.graph.GraphPackage.Literals.GBOUNDS_AWARE__POSITION,
                GraphUtil.point(shape.getX(), shape.getY())));
        blockNodes.forEach((block, node) -> {
            for (GNode host : block.hosts()) {
                GPoint at = block.position(host);
                host.setPosition(GraphUtil.point(node.getX() + at.getX(), node.getY() + at.getY()));
                inner.getOrDefault(host, List.of()).forEach(edge -> HostInterior.translate(edge, host.getPosition().getX(), host.getPosition().getY()));
            }
            for (GEdge cable : block.cables()) {
                route(cable, trunks.get(cable), block.drop(cable), node);
            }
        });
        graph.setSize(GraphUtil.dimension(root.getWidth(), root.getHeight()));
    }

    /** The cable's route: its trunk from the network's bus to the riser, then the riser, bus and drop in its block. */
    private static void route(GEdge cable, ElkEdge trunk, List<GPoint> drop, ElkNode block) {
        ElkShapes.route(cable, trunk);
        List<GPoint> points = cable.getRoutingPoints();
        if (!points.isEmpty()) {
            points.remove(points.size() - 1);
        }
        for (GPoint point : drop) {
            points.add(GraphUtil.point(block.getX() + point.getX(), block.getY() + point.getY()));
        }
        RoutePoints.simplify(points);
    }

    /** The child of the root that holds {@code element}. */
    private static GNode topLevel(GModelElement element) {
        GModelElement current = element;
        while (current.getParent() != null && !(current.getParent() instanceof GGraph)) {
            current = current.getParent();
        }
        return current instanceof GNode node ? node : null;
    }
}
