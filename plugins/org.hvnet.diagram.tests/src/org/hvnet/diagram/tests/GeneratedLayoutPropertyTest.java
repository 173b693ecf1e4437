// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.layout.TopologyLayout;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.model.Host;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A property of every layout, over generated topologies from 1 to 200 hosts and several seeds, in detail (one host row
 * up to {@value TopologyLayout#HOSTS_IN_ONE_ROW} hosts, blocks of rows above) and as a new diagram opens (the overview
 * above {@value EstateView#OVERVIEW_ABOVE_HOSTS} hosts): every coordinate is finite, no two host boxes overlap, every
 * connection the view draws is an edge between two placed shapes, routed at right angles around the boxes.
 */
class GeneratedLayoutPropertyTest {

    @TempDir
    Path dir;

    static Stream<Arguments> topologies() {
        List<Arguments> cases = new ArrayList<>();
        for (int hosts : new int[] { 1, 2, 3, 4, 5, 6, 7, 9, 12, 17, 31, 64, 120, 200 }) {
            for (long seed : hosts <= 31 ? new long[] { 1, 2, 3, 42 } : new long[] { 1, 7 }) {
                for (EstateView.Mode mode : new EstateView.Mode[] { EstateView.Mode.DETAIL, EstateView.Mode.AUTO }) {
                    cases.add(Arguments.of(hosts, (int) (seed % 3), seed, mode));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} hosts x {1} VMs, seed {2}, {3}")
    @MethodSource("topologies")
    void finiteSeparateAndComplete(int hosts, int vmsPerHost, long seed, EstateView.Mode mode) {
        String text = TopologyGenerator.generate(new GeneratorSettings(hosts, vmsPerHost, seed));
        TopologyDocument document = ArticleCopy.open(dir, "generated.hvnet", text);
        EstateView view = EstateView.AUTO.withMode(mode);
        boolean overview = view.overview(hosts);
        DiagramGraph graph = Estates.diagram(document, view);
        List<GModelElement> all = ArticleGModelTest.all(graph.root());

        for (GModelElement element : all) {
            if (element instanceof GBoundsAware bounds) {
                assertFinite(element, bounds.getPosition());
                if (bounds.getSize() != null) {
                    assertTrue(Double.isFinite(bounds.getSize().getWidth()) && Double.isFinite(bounds.getSize().getHeight()),
                            element.getId() + " has a finite size");
                }
            }
        }

        List<double[]> boxes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (GModelElement element : all) {
            if (ElementTypes.HOST.equals(element.getType()) || ElementTypes.HOST_SUMMARY.equals(element.getType())) {
                GNode host = (GNode) element;
                GPoint at = TopologyLayout.absolute(host);
                assertTrue(host.getSize().getWidth() > 0 && host.getSize().getHeight() > 0, host.getId() + " has a size");
                boxes.add(new double[] { at.getX(), at.getY(), at.getX() + host.getSize().getWidth(), at.getY() + host.getSize().getHeight() });
                names.add(host.getId());
            }
        }
        assertEquals(hosts, boxes.size(), "every host is drawn");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
                assertTrue(apart, names.get(i) + " and " + names.get(j) + " overlap");
            }
        }

        List<GEdge> edges = all.stream().filter(GEdge.class::isInstance).map(GEdge.class::cast).toList();
        assertEquals(overview ? cables(document) : connections(document), edges.size(),
                overview ? "one edge per cable (the overview draws no host's inside)" : "one edge per connection of the model");
        routesAreOrthogonalAndAvoidTheBoxes(graph, edges);
        for (GEdge edge : edges) {
            assertNotNull(edge.getSource(), edge.getId() + " has its source shape");
            assertNotNull(edge.getTarget(), edge.getId() + " has its target shape");
            assertFinite(edge.getSource(), TopologyLayout.absolute(edge.getSource()));
            assertFinite(edge.getTarget(), TopologyLayout.absolute(edge.getTarget()));
            edge.getRoutingPoints().forEach(point -> assertFinite(edge, point));
            assertFalse(edge.getRoutingPoints().size() == 1, edge.getId() + " has no route of a single point");
        }
    }

    /**
     * Every route has right angles only; no edge passes through a host it does not belong to, through a network it does
     * not start at, or through the legend (today's estates: packed hosts drew cables straight across other hosts).
     */
    private static void routesAreOrthogonalAndAvoidTheBoxes(DiagramGraph graph, List<GEdge> edges) {
        List<GModelElement> boxes = graph.root().getChildren().stream().filter(c -> c instanceof GNode).toList();
        for (GEdge edge : edges) {
            List<GPoint> route = edge.getRoutingPoints();
            GModelElement to = topLevel(edge.getTarget());
            GModelElement from = topLevel(edge.getSource());
            for (int i = 1; i < route.size(); i++) {
                GPoint a = route.get(i - 1);
                GPoint b = route.get(i);
                assertTrue(Math.abs(a.getX() - b.getX()) < 0.01 || Math.abs(a.getY() - b.getY()) < 0.01, edge.getId() + " has a slanted segment");
                for (GModelElement box : boxes) {
                    if (box != to && box != from) {
                        assertFalse(Estates.crosses(a, b, Estates.box(box)), edge.getId() + " passes through " + box.getId());
                    }
                }
            }
        }
    }

    private static GModelElement topLevel(GModelElement element) {
        GModelElement current = element;
        while (current.getParent() != null && current.getParent().getParent() != null) {
            current = current.getParent();
        }
        return current;
    }

    /** The cabled NICs of the model: what the overview draws as edges (a trunk cable as one). */
    private static int cables(TopologyDocument document) {
        return (int) document.topology().getHosts().stream().flatMap(h -> h.getNics().stream()).filter(nic -> !nic.getCables().isEmpty()).count();
    }

    /** Cables, uplinks, host vNIC links and VM NIC connections: what the diagram must draw as edges (a trunk or a team as one). */
    private static int connections(TopologyDocument document) {
        int count = 0;
        for (Host host : document.topology().getHosts()) {
            count += (int) host.getNics().stream().filter(nic -> !nic.getCables().isEmpty()).count();
            for (VirtualSwitch virtualSwitch : host.getSwitches()) {
                count += (virtualSwitch.getExternalNics().isEmpty() ? 0 : 1) + virtualSwitch.getHostVnics().size();
            }
            for (VirtualMachine vm : host.getVms()) {
                count += (int) vm.getNics().stream().filter(nic -> nic.getSwitch() != null).count();
            }
        }
        return count;
    }

    private static void assertFinite(GModelElement element, GPoint point) {
        if (point != null) {
            assertTrue(Double.isFinite(point.getX()) && Double.isFinite(point.getY()),
                    element.getId() + " is at (" + point.getX() + ", " + point.getY() + ")");
        }
    }
}
