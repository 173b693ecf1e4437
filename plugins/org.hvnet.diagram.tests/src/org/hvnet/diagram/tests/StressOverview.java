// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.layout.TopologyLayout;

/**
 * The overview laid out by ELK stress instead (networks and hosts placed by their graph distance, cables straight):
 * the layout docs/diagram.md compares with ELK layered, which the diagram uses.
 */
final class StressOverview {

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new StressMetaDataProvider());
    }

    private StressOverview() {
    }

    /** Lays the overview {@code graph} out with ELK stress. */
    static void apply(GGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, StressOptions.ALGORITHM_ID);
        root.setProperty(StressOptions.DESIRED_EDGE_LENGTH, 260.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        Map<GModelElement, ElkNode> nodes = new HashMap<>();
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GNode node) {
                ElkNode elk = ElkGraphUtil.createNode(root);
                elk.setDimensions(node.getSize().getWidth(), node.getSize().getHeight());
                nodes.put(node, elk);
            }
        }
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                ElkNode from = nodes.get(edge.getSource());
                ElkNode to = nodes.get(edge.getTarget().getParent());
                if (from != null && to != null) {
                    ElkGraphUtil.createSimpleEdge(from, to);
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        nodes.forEach((node, elk) -> ((GNode) node).setPosition(GraphUtil.point(elk.getX(), elk.getY())));
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                GNode network = (GNode) edge.getSource();
                GPoint port = TopologyLayout.absolute(edge.getTarget());
                edge.getRoutingPoints().clear();
                edge.getRoutingPoints().add(GraphUtil.point(network.getPosition().getX() + network.getSize().getWidth() / 2,
                        network.getPosition().getY() + network.getSize().getHeight() / 2));
                edge.getRoutingPoints().add(GraphUtil.point(port.getX() + 5, port.getY()));
            }
        }
        graph.setSize(GraphUtil.dimension(root.getWidth(), root.getHeight()));
    }
}
