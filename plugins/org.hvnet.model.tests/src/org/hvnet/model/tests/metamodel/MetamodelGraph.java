// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.metamodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.hvnet.model.tests.metamodel.MetamodelLayout.EdgeKind;
import org.hvnet.model.tests.metamodel.MetamodelLayout.PlacedBox;
import org.hvnet.model.tests.metamodel.MetamodelLayout.RoutedEdge;

/**
 * Lays out the class diagram of an Ecore package with ELK: the classes with their supertype, containment and
 * reference edges by ELK layered (top-down, so that supertypes and containers stand above), then the enumerations
 * and data types, which have no edges, packed in rows below by ELK's box layout.
 */
public final class MetamodelGraph {

    private static final double GAP = 40;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private MetamodelGraph() {
    }

    /** The laid-out diagram of every classifier of {@code metamodel}, in the order the package lists them. */
    public static MetamodelLayout layOut(EPackage metamodel) {
        List<EClassifier> classes = new ArrayList<>();
        List<EClassifier> values = new ArrayList<>();
        for (EClassifier classifier : metamodel.getEClassifiers()) {
            (classifier instanceof EClass ? classes : values).add(classifier);
        }
        MetamodelLayout layout = layOutClasses(classes);
        if (values.isEmpty()) {
            return layout;
        }
        ElkNode root = graph("org.eclipse.elk.box");
        root.setProperty(CoreOptions.ASPECT_RATIO, Math.max(1.0, layout.width() / 300));
        Map<ElkNode, ClassBox> boxes = nodes(root, values);
        run(root);
        MetamodelLayout valueLayout = new MetamodelLayout(root.getWidth(), root.getHeight(), placed(boxes), List.of());
        return layout.stack(valueLayout, 0);
    }

    private static MetamodelLayout layOutClasses(List<EClassifier> classes) {
        ElkNode root = graph(LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        Map<ElkNode, ClassBox> boxes = nodes(root, classes);
        Map<EClassifier, ElkNode> nodeOf = new LinkedHashMap<>();
        boxes.forEach((node, box) -> nodeOf.put(box.classifier(), node));
        Map<ElkEdge, EdgeKind> kinds = new LinkedHashMap<>();
        for (EClassifier classifier : classes) {
            EClass type = (EClass) classifier;
            for (EClass supertype : type.getESuperTypes()) {
                if (nodeOf.containsKey(supertype)) {
                    kinds.put(edge(nodeOf.get(supertype), nodeOf.get(type), null), EdgeKind.SUPERTYPE);
                }
            }
            for (EReference reference : type.getEReferences()) {
                if (ClassBox.isEdge(reference) && nodeOf.containsKey(reference.getEReferenceType())) {
                    String label = reference.getName() + ClassBox.multiplicity(reference);
                    ElkEdge edge = edge(nodeOf.get(type), nodeOf.get(reference.getEReferenceType()), label);
                    kinds.put(edge, reference.isContainment() ? EdgeKind.CONTAINMENT : EdgeKind.REFERENCE);
                }
            }
        }
        run(root);
        List<RoutedEdge> edges = new ArrayList<>();
        kinds.forEach((edge, kind) -> edges.add(routed(edge, kind)));
        return new MetamodelLayout(root.getWidth(), root.getHeight(), placed(boxes), edges);
    }

    private static ElkNode graph(String algorithm) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, algorithm);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 36.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(GAP / 2));
        return root;
    }

    private static Map<ElkNode, ClassBox> nodes(ElkNode root, List<EClassifier> classifiers) {
        Map<ElkNode, ClassBox> boxes = new LinkedHashMap<>();
        for (EClassifier classifier : classifiers) {
            ClassBox box = ClassBox.of(classifier);
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(classifier.getName());
            node.setDimensions(box.width(), box.height());
            boxes.put(node, box);
        }
        return boxes;
    }

    private static ElkEdge edge(ElkNode source, ElkNode target, String label) {
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
        if (label != null) {
            ElkLabel elkLabel = ElkGraphUtil.createLabel(label, edge);
            elkLabel.setDimensions(Math.ceil(label.length() * ClassBox.CHAR_WIDTH * 11 / 12), 14);
            elkLabel.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        }
        return edge;
    }

    private static void run(ElkNode root) {
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }

    private static List<PlacedBox> placed(Map<ElkNode, ClassBox> boxes) {
        List<PlacedBox> placed = new ArrayList<>();
        boxes.forEach((node, box) -> placed.add(new PlacedBox(box, node.getX(), node.getY(), node.getWidth(), node.getHeight())));
        return placed;
    }

    private static RoutedEdge routed(ElkEdge edge, EdgeKind kind) {
        List<double[]> points = new ArrayList<>();
        ElkEdgeSection section = edge.getSections().get(0);
        points.add(new double[] { section.getStartX(), section.getStartY() });
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new double[] { bend.getX(), bend.getY() });
        }
        points.add(new double[] { section.getEndX(), section.getEndY() });
        if (edge.getLabels().isEmpty()) {
            return new RoutedEdge(kind, points, null, 0, 0);
        }
        ElkLabel label = edge.getLabels().get(0);
        return new RoutedEdge(kind, points, label.getText(), label.getX(), label.getY());
    }
}
