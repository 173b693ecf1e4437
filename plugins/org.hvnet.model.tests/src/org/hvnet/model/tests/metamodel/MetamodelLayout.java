// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.metamodel;

import java.util.ArrayList;
import java.util.List;

/** A laid-out class diagram: where each box stands and the route of each edge, in SVG coordinates. */
record MetamodelLayout(double width, double height, List<PlacedBox> boxes, List<RoutedEdge> edges) {

    /** How an edge is drawn: a supertype (hollow triangle at the supertype), a containment (filled diamond at the container), a reference (open arrow at the target). */
    enum EdgeKind {
        /** From a supertype (source) to its subtype. */
        SUPERTYPE,
        /** From a container (source) to the contained class. */
        CONTAINMENT,
        /** From the referring class (source) to the referred one. */
        REFERENCE
    }

    /** A box at its place. */
    record PlacedBox(ClassBox box, double x, double y, double width, double height) {
    }

    /** An edge: its points from source to target, and its label (null for none) with the label's top-left corner. */
    record RoutedEdge(EdgeKind kind, List<double[]> points, String label, double labelX, double labelY) {
    }

    /** This layout with {@code other} placed below it, {@code gap} apart. */
    MetamodelLayout stack(MetamodelLayout other, double gap) {
        double offset = height + gap;
        List<PlacedBox> allBoxes = new ArrayList<>(boxes);
        for (PlacedBox placed : other.boxes) {
            allBoxes.add(new PlacedBox(placed.box(), placed.x(), placed.y() + offset, placed.width(), placed.height()));
        }
        List<RoutedEdge> allEdges = new ArrayList<>(edges);
        for (RoutedEdge edge : other.edges) {
            List<double[]> moved = edge.points().stream().map(p -> new double[] { p[0], p[1] + offset }).toList();
            allEdges.add(new RoutedEdge(edge.kind(), moved, edge.label(), edge.labelX(), edge.labelY() + offset));
        }
        return new MetamodelLayout(Math.max(width, other.width), offset + other.height, allBoxes, allEdges);
    }
}
