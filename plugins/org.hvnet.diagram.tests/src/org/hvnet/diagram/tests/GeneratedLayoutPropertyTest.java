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
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.ElementTypes;
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
 * A property of every layout, over generated topologies from 1 to 200 hosts and several seeds (one host row up to
 * {@value TopologyLayout#HOSTS_IN_ONE_ROW} hosts, packed rows above): every coordinate is finite, no two host
 * boxes overlap, and every connection of the model is an edge of the diagram between two placed shapes.
 */
class GeneratedLayoutPropertyTest {

    @TempDir
    Path dir;

    static Stream<Arguments> topologies() {
        List<Arguments> cases = new ArrayList<>();
        for (int hosts : new int[] { 1, 2, 3, 4, 5, 6, 7, 9, 12, 17, 31, 64, 120, 200 }) {
            for (long seed : hosts <= 31 ? new long[] { 1, 2, 3, 42 } : new long[] { 1, 7 }) {
                cases.add(Arguments.of(hosts, (int) (seed % 3), seed));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} hosts x {1} VMs, seed {2}")
    @MethodSource("topologies")
    void finiteSeparateAndComplete(int hosts, int vmsPerHost, long seed) {
        String text = TopologyGenerator.generate(new GeneratorSettings(hosts, vmsPerHost, seed));
        TopologyDocument document = ArticleCopy.open(dir, "generated.hvnet", text);
        DiagramGraph graph = TopologyDiagram.layOut(document, DiagramFilters.ALL, AddressLabels.NONE);
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
            if (ElementTypes.HOST.equals(element.getType())) {
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
        assertEquals(connections(document), edges.size(), "one edge per connection of the model");
        for (GEdge edge : edges) {
            assertNotNull(edge.getSource(), edge.getId() + " has its source shape");
            assertNotNull(edge.getTarget(), edge.getId() + " has its target shape");
            assertFinite(edge.getSource(), TopologyLayout.absolute(edge.getSource()));
            assertFinite(edge.getTarget(), TopologyLayout.absolute(edge.getTarget()));
            edge.getRoutingPoints().forEach(point -> assertFinite(edge, point));
            assertFalse(edge.getRoutingPoints().size() == 1, edge.getId() + " has no route of a single point");
        }
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
