// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.model.Host;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the repository, today's Hyper-V among them (trunk cables of several networks, switches teamed on
 * several NICs, NAT and default switches, VLANs), is drawn in detail, as the overview with every host expanded and
 * with the planned install applied, and exported as SVG: without an error, every host, NIC, switch, VM and network
 * under its id, one cable edge per cabled NIC and one uplink per external switch.
 */
class EveryExampleDiagramTest {

    @TempDir
    Path dir;

    static Stream<Path> examples() {
        return HvnetTestFiles.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void detailDrawsEveryElementAndEveryCable(Path example) throws Exception {
        TopologyDocument document = open(example);
        List<String> warnings = new ArrayList<>();
        DiagramGraph graph = TopologyDiagram.layOut(document, DiagramFilters.ALL, null, EstateView.DETAIL, null, warnings::add);
        Set<String> ids = ids(graph);
        int cabled = 0;
        int uplinks = 0;
        for (Network network : document.topology().getNetworks()) {
            assertTrue(ids.contains(ElementIds.of(network)), ElementIds.of(network));
        }
        for (Host host : document.topology().getHosts()) {
            assertTrue(ids.contains(ElementIds.of(host)), ElementIds.of(host));
            for (PhysicalNic nic : host.getNics()) {
                assertTrue(ids.contains(ElementIds.of(nic)), ElementIds.of(nic));
                if (!nic.getCables().isEmpty()) {
                    cabled++;
                    assertTrue(ids.contains(ElementIds.edge(ElementTypes.CABLE_EDGE, ElementIds.of(nic))), "the cable of " + ElementIds.of(nic));
                }
            }
            for (VirtualSwitch virtualSwitch : host.getSwitches()) {
                assertTrue(ids.contains(ElementIds.of(virtualSwitch)), ElementIds.of(virtualSwitch));
                if (!virtualSwitch.getExternalNics().isEmpty()) {
                    uplinks++;
                    assertTrue(ids.contains(ElementIds.edge(ElementTypes.UPLINK_EDGE, ElementIds.of(virtualSwitch))),
                            "the uplink of " + ElementIds.of(virtualSwitch));
                }
            }
            for (VirtualMachine vm : host.getVms()) {
                assertTrue(ids.contains(ElementIds.of(vm)), ElementIds.of(vm));
            }
        }
        assertEquals(cabled, count(ids, ElementTypes.CABLE_EDGE), "one cable edge per cabled NIC, a trunk as one");
        assertEquals(uplinks, count(ids, ElementTypes.UPLINK_EDGE), "one uplink per external switch, a team as one");
        assertEquals(List.of(), warnings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void overviewAndPlannedInstallAndExportDraw(Path example) throws Exception {
        TopologyDocument document = open(example);
        List<String> hostIds = document.topology().getHosts().stream().map(ElementIds::of).toList();
        EstateView expanded = EstateView.AUTO.withMode(EstateView.Mode.ESTATE).withExpanded(hostIds, true);
        for (EstateView view : List.of(EstateView.AUTO.withMode(EstateView.Mode.ESTATE), expanded)) {
            Set<String> ids = ids(TopologyDiagram.layOut(document, DiagramFilters.ALL, AddressLabels.NONE, view, null, warning -> {
            }));
            assertTrue(ids.containsAll(hostIds), view + ": " + hostIds);
        }
        DiagramFilters installed = new DiagramFilters(true, true, true, true, true, true);
        Set<String> ids = ids(TopologyDiagram.layOut(document, installed, null, EstateView.DETAIL, null, warning -> {
        }));
        assertTrue(ids.containsAll(hostIds), "planned install applied: " + hostIds);
        String svg = TopologyDiagram.svg(document);
        assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement().getTagName());
    }

    private TopologyDocument open(Path example) {
        return ArticleCopy.open(dir, example.getFileName().toString(), HvnetTestFiles.read(example));
    }

    private static Set<String> ids(DiagramGraph graph) {
        Set<String> ids = new HashSet<>();
        ids.add(graph.root().getId());
        for (TreeIterator<EObject> all = graph.root().eAllContents(); all.hasNext();) {
            if (all.next() instanceof GModelElement element) {
                ids.add(element.getId());
            }
        }
        return ids;
    }

    private static long count(Set<String> ids, String edgeType) {
        // the edges, not their labels (a trunk cable's VLAN badge is EDGE_ID#vlan)
        return ids.stream().filter(id -> id.startsWith(edgeType + ">") && !id.contains("#")).count();
    }
}
