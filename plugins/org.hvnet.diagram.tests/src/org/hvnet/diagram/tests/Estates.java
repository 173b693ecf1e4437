// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.layout.TopologyLayout;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;

/** Generated estates for the diagram's tests, and what is drawn of them. */
final class Estates {

    private Estates() {
    }

    /** A generated estate of {@code hosts} hosts with {@code vms} VMs each, opened from {@code dir}. */
    static TopologyDocument generated(Path dir, int hosts, int vms) {
        return ArticleCopy.open(dir, "estate" + hosts + ".hvnet", TopologyGenerator.generate(new GeneratorSettings(hosts, vms, 1)));
    }

    /** The diagram of {@code document} as {@code view} shows it (no addresses). */
    static DiagramGraph diagram(TopologyDocument document, EstateView view) {
        return TopologyDiagram.layOut(document, DiagramFilters.ALL, AddressLabels.NONE, view, null, warning -> {
        });
    }

    /** The top-level nodes of {@code graph} by id. */
    static Map<String, GNode> topLevel(DiagramGraph graph) {
        Map<String, GNode> nodes = new java.util.LinkedHashMap<>();
        for (GModelElement child : graph.root().getChildren()) {
            if (child instanceof GNode node) {
                nodes.put(node.getId(), node);
            }
        }
        return nodes;
    }

    /** The box of a shape: x, y, right, bottom (absolute). */
    static double[] box(GModelElement shape) {
        GPoint at = TopologyLayout.absolute(shape);
        org.eclipse.glsp.graph.GDimension size = ((org.eclipse.glsp.graph.GBoundsAware) shape).getSize();
        return new double[] { at.getX(), at.getY(), at.getX() + size.getWidth(), at.getY() + size.getHeight() };
    }

    /** True when the segment from {@code a} to {@code b} passes through the inside of {@code box} (half a pixel in). */
    static boolean crosses(GPoint a, GPoint b, double[] box) {
        // Liang-Barsky: clip the segment a + t (b - a), t in [0, 1], to the box
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double[] p = { -dx, dx, -dy, dy };
        double[] q = { a.getX() - (box[0] + 0.5), (box[2] - 0.5) - a.getX(), a.getY() - (box[1] + 0.5), (box[3] - 0.5) - a.getY() };
        double from = 0;
        double to = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    from = Math.max(from, t);
                } else {
                    to = Math.min(to, t);
                }
            }
        }
        return from < to;
    }

    /** The ids of {@code elements}. */
    static List<String> ids(List<? extends GModelElement> elements) {
        return elements.stream().map(GModelElement::getId).toList();
    }
}
