// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.ChangeBaseline;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.gmodel.EstateScope;
import org.hvnet.diagram.gmodel.HostShapes;
import org.hvnet.diagram.gmodel.TopologyGraphBuilder;
import org.hvnet.diagram.layout.CableDrop;
import org.hvnet.diagram.layout.LayoutSidecars;
import org.hvnet.diagram.layout.TopologyLayout;
import org.hvnet.model.Host;

/**
 * Expands or collapses hosts of the overview in place, changing only them: a host drawn whole lies over its place,
 * so nothing else moves, and the client is sent what changed (the host, the edges inside it, its cables) instead of
 * the whole estate. Not possible (empty) when the diagram is no overview or an overlay (trace, segments) covers it:
 * then the diagram is built again.
 */
public final class HostToggle {

    private final HvnetModelState state;
    private final List<ModelPatch.Match> matches = new ArrayList<>();

    private HostToggle(HvnetModelState state) {
        this.state = state;
    }

    /** The patch that expands {@code expand} and collapses {@code collapse}, applied to the state's diagram; empty when it cannot be patched. */
    public static Optional<ModelPatch> apply(HvnetModelState state, List<String> expand, List<String> collapse) {
        DiagramGraph graph = state.graph();
        if (graph == null || !Boolean.TRUE.equals(graph.root().getArgs().get("overview")) || state.trace() != null
                || state.filters().segments() || "shown".equals(graph.root().getArgs().get(ChangeBaseline.ROOT_ARGUMENT))) {
            return Optional.empty();
        }
        for (String id : union(expand, collapse)) {
            if (!isOfType(graph, id, ElementTypes.HOST_SUMMARY) && !isOfType(graph, id, ElementTypes.HOST)) {
                return Optional.empty();
            }
        }
        HostToggle toggle = new HostToggle(state);
        // a host already drawn as asked is left as it is
        expand.stream().filter(id -> isOfType(graph, id, ElementTypes.HOST_SUMMARY)).forEach(id -> toggle.replace(id, true));
        collapse.stream().filter(id -> isOfType(state.graph(), id, ElementTypes.HOST)).forEach(id -> toggle.replace(id, false));
        return Optional.of(new ModelPatch(toggle.matches));
    }

    private static List<String> union(List<String> one, List<String> other) {
        List<String> both = new ArrayList<>(one);
        both.addAll(other);
        return both;
    }

    private static boolean isOfType(DiagramGraph graph, String id, String type) {
        return graph.element(id) instanceof Host && graph.root().getChildren().stream().anyMatch(c -> id.equals(c.getId()) && type.equals(c.getType()));
    }

    /** Puts the host {@code id} drawn whole ({@code whole}) or compact in place of how it is drawn now. */
    private void replace(String id, boolean whole) {
        DiagramGraph graph = state.graph();
        GGraph root = graph.root();
        GNode old = (GNode) root.getChildren().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
        Host host = (Host) graph.element(id);
        Host modelHost = host;
        TopologyGraphBuilder builder = new TopologyGraphBuilder(state.filters(), TopologyDiagram.addresses(graph.topologies(), state.filters()),
                new EstateScope(Set.of(modelHost), Set.of(), whole ? Set.of(modelHost) : Set.of(), true));
        Map<String, EObject> elements = new HashMap<>(graph.elements());
        removeIds(old, elements);
        List<GEdge> oldInner = root.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast)
                .filter(e -> !ElementTypes.CABLE_EDGE.equals(e.getType()) && isWithin(e.getTarget(), old)).toList();
        oldInner.forEach(e -> elements.remove(e.getId()));
        HostShapes shapes = whole ? builder.whole(host, elements) : builder.compact(host, elements);
        GNode node = shapes.node();
        // in the root before the layout (an edge finds its ends through the root's index); a host expanded last lies on top
        if (whole) {
            root.getChildren().remove(old);
            root.getChildren().add(node);
        } else {
            root.getChildren().set(root.getChildren().indexOf(old), node);
        }
        root.getChildren().removeAll(oldInner);
        root.getChildren().addAll(shapes.edges());
        if (whole) {
            TopologyLayout.layOutAlone(node, shapes.edges(), LayoutSidecars.read(state.files().paths()).positions());
        }
        node.setPosition(GraphUtil.point(old.getPosition().getX(), old.getPosition().getY()));
        shapes.edges().forEach(edge -> edge.getRoutingPoints().forEach(p -> {
            p.setX(p.getX() + old.getPosition().getX());
            p.setY(p.getY() + old.getPosition().getY());
        }));
        if (whole) {
            matches.add(ModelPatch.Match.remove(old.getId(), root.getId()));
            matches.add(ModelPatch.Match.add(node, root.getId()));
        } else {
            matches.add(ModelPatch.Match.replace(node, root.getId()));
        }
        oldInner.forEach(edge -> matches.add(ModelPatch.Match.remove(edge.getId(), root.getId())));
        shapes.edges().forEach(edge -> matches.add(ModelPatch.Match.add(edge, root.getId())));
        for (GModelElement child : root.getChildren()) {
            if (child instanceof GEdge cable && ElementTypes.CABLE_EDGE.equals(cable.getType())
                    && node.getChildren().stream().anyMatch(port -> port instanceof GPort && port.getId().equals(cable.getTargetId()))) {
                GPort port = (GPort) node.getChildren().stream().filter(p -> p.getId().equals(cable.getTargetId())).findFirst().orElseThrow();
                cable.setTarget(port);
                CableDrop.reroute(cable, port);
                matches.add(ModelPatch.Match.replace(cable, root.getId()));
            }
        }
        double right = node.getPosition().getX() + node.getSize().getWidth() + 24;
        double bottom = node.getPosition().getY() + node.getSize().getHeight() + 24;
        if (root.getSize() != null && (right > root.getSize().getWidth() || bottom > root.getSize().getHeight())) {
            root.setSize(GraphUtil.dimension(Math.max(right, root.getSize().getWidth()), Math.max(bottom, root.getSize().getHeight())));
        }
        state.setGraph(new DiagramGraph(root, Map.copyOf(shapes.elements()), graph.topologies()));
    }

    private static void removeIds(GModelElement element, Map<String, EObject> elements) {
        elements.remove(element.getId());
        element.getChildren().forEach(child -> removeIds(child, elements));
    }

    private static boolean isWithin(GModelElement element, GModelElement container) {
        for (GModelElement current = element; current != null; current = current.getParent()) {
            if (current == container) {
                return true;
            }
        }
        return false;
    }
}
