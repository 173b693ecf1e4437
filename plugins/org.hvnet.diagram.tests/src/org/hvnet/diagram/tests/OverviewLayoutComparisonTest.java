// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.hvnet.diagram.export.DiagramMarkers;
import org.hvnet.diagram.export.PngRenderer;
import org.hvnet.diagram.export.SvgExporter;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.gmodel.EstateScope;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.gmodel.TopologyGraphBuilder;
import org.hvnet.diagram.layout.TopologyLayout;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview of a generated estate of 50 hosts laid out both ways ELK offers for it — layered (the diagram's:
 * networks above rows of hosts, cables at right angles along buses) and stress (hosts around their network by graph
 * distance, cables straight) — measured: how many hosts overlap and how many cables cross a host. The pictures of both
 * are in target/e2e (estate-layered.png, estate-stress.png), and in docs/images for docs/diagram.md when the build runs
 * with {@code HVNET_UPDATE_SCREENSHOT=1}.
 */
class OverviewLayoutComparisonTest {

    @TempDir
    Path dir;

    @Test
    void layeredReadsBetterThanStress() throws IOException {
        TopologyDocument estate = Estates.generated(dir, 50, 4);
        int[] layered = measure(estate, "layered");
        int[] stress = measure(estate, "stress");
        System.out.println("overview of 50 hosts: layered " + layered[0] + " overlapping hosts, " + layered[1] + " cables through a host; stress "
                + stress[0] + " overlapping hosts, " + stress[1] + " cables through a host");
        assertEquals(0, layered[0], "layered: no two hosts overlap");
        assertEquals(0, layered[1], "layered: no cable passes through a host");
        assertTrue(stress[0] > 0 && stress[1] > 0, "stress overlaps hosts and draws cables across them (why the diagram does not use it)");
    }

    /** Lays the overview out with {@code algorithm}, writes its picture, and counts overlapping host pairs and cables through a host. */
    private int[] measure(TopologyDocument document, String algorithm) throws IOException {
        List<Topology> topologies = List.of(document.topology());
        DiagramGraph graph = new TopologyGraphBuilder(DiagramFilters.ALL, AddressLabels.NONE, EstateScope.of(topologies, EstateView.AUTO, null))
                .build(topologies, "Generated50x4");
        if (algorithm.equals("layered")) {
            TopologyLayout.apply(graph.root(), Map.of());
        } else {
            StressOverview.apply(graph.root());
        }
        picture(SvgExporter.export(graph.root(), DiagramMarkers.of(document, graph)), "estate-" + algorithm);
        List<GNode> hosts = new ArrayList<>();
        for (GModelElement child : graph.root().getChildren()) {
            if (child instanceof GNode node && ElementTypes.HOST_SUMMARY.equals(node.getType())) {
                hosts.add(node);
            }
        }
        int overlapping = 0;
        for (int i = 0; i < hosts.size(); i++) {
            for (int j = i + 1; j < hosts.size(); j++) {
                double[] a = Estates.box(hosts.get(i));
                double[] b = Estates.box(hosts.get(j));
                overlapping += a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1] ? 0 : 1;
            }
        }
        int crossing = 0;
        for (GModelElement child : graph.root().getChildren()) {
            if (child instanceof GEdge cable) {
                List<GPoint> route = cable.getRoutingPoints();
                boolean through = false;
                for (int i = 1; i < route.size() && !through; i++) {
                    for (GNode host : hosts) {
                        through |= host != cable.getTarget().getParent() && Estates.crosses(route.get(i - 1), route.get(i), Estates.box(host));
                    }
                }
                crossing += through ? 1 : 0;
            }
        }
        return new int[] { overlapping, crossing };
    }

    private static void picture(String svg, String name) throws IOException {
        Path out = Path.of("target/e2e").toAbsolutePath();
        Files.createDirectories(out);
        Path png = out.resolve(name + ".png");
        PngRenderer.render(svg, png);
        ReadmePictures.update(png, name + ".png");
    }
}
