// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.model.VmNic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GModel of the article's lab: which nodes, ports and edges, with which ids, and a layout that makes sense. */
class ArticleGModelTest {

    @TempDir
    Path dir;

    private DiagramGraph article(DiagramFilters filters) {
        return TopologyDiagram.layOut(ArticleCopy.open(dir), filters, AddressLabels.NONE);
    }

    @Test
    void nodesPortsAndEdgesOfTheArticle() {
        DiagramGraph graph = article(DiagramFilters.ALL);
        List<GModelElement> all = all(graph.root());
        assertEquals(Set.of("network:Office", "host:HV01", "switch:HV01/Lab", "switch:HV01/Isolated",
                "hostvnic:HV01/Lab/Local Area Connection 4", "vm:HV01/DC01", "vm:HV01/Web01", "vm:HV01/Db01", "legend"),
                ids(all, GNode.class));
        assertEquals(Set.of("pnic:HV01/Local Area Connection", "vmnic:HV01/DC01/eth0", "vmnic:HV01/Web01/eth0", "vmnic:HV01/Db01/eth0"),
                ids(all, GPort.class));
        assertEquals(Set.of("edge:cable>pnic:HV01/Local Area Connection", "edge:hostvnic>hostvnic:HV01/Lab/Local Area Connection 4",
                "edge:connection>vmnic:HV01/DC01/eth0", "edge:connection>vmnic:HV01/Web01/eth0", "edge:connection>vmnic:HV01/Db01/eth0"),
                ids(all, GEdge.class));
        GEdge web = (GEdge) find(all, "edge:connection>vmnic:HV01/Web01/eth0");
        assertEquals("switch:HV01/Lab", web.getSourceId());
        assertEquals("vmnic:HV01/Web01/eth0", web.getTargetId());
        assertTrue(web.getCssClasses().contains("link-internal"), web.getCssClasses()::toString);
        EObject nic = graph.element("vmnic:HV01/Db01/eth0");
        assertEquals("Isolated", ((VmNic) nic).getSwitch().getName());
    }

    @Test
    void switchesAreStyledByKindAndNicsCarryTheirBindingsBadge() {
        List<GModelElement> all = all(article(DiagramFilters.ALL).root());
        assertTrue(find(all, "switch:HV01/Lab").getCssClasses().contains("switch-internal"));
        assertTrue(find(all, "switch:HV01/Isolated").getCssClasses().contains("switch-private"));
        GModelElement badge = find(all, "pnic:HV01/Local Area Connection#bindings");
        assertEquals("cli\u00b7fs\u00b7qos\u00b7v4\u00b7v6", ((org.eclipse.glsp.graph.GLabel) badge).getText());
        assertNotNull(find(all, "legend#private"));
    }

    @Test
    void layoutPutsTheNetworkAboveTheHostAndNoSiblingsOverlap() {
        List<GModelElement> all = all(article(DiagramFilters.ALL).root());
        GNode office = (GNode) find(all, "network:Office");
        GNode host = (GNode) find(all, "host:HV01");
        assertTrue(office.getPosition().getY() + office.getSize().getHeight() <= host.getPosition().getY(), "network above host");
        List<GNode> inHost = host.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).toList();
        for (GNode a : inHost) {
            assertTrue(a.getPosition().getX() >= 0 && a.getPosition().getY() >= 0, a.getId());
            assertTrue(a.getPosition().getX() + a.getSize().getWidth() <= host.getSize().getWidth(), a.getId() + " inside the host");
            for (GNode b : inHost) {
                if (a != b) {
                    boolean apart = a.getPosition().getX() + a.getSize().getWidth() <= b.getPosition().getX()
                            || b.getPosition().getX() + b.getSize().getWidth() <= a.getPosition().getX()
                            || a.getPosition().getY() + a.getSize().getHeight() <= b.getPosition().getY()
                            || b.getPosition().getY() + b.getSize().getHeight() <= a.getPosition().getY();
                    assertTrue(apart, a.getId() + " overlaps " + b.getId());
                }
            }
        }
        GEdge cable = (GEdge) find(all, "edge:cable>pnic:HV01/Local Area Connection");
        assertTrue(cable.getRoutingPoints().size() >= 2, "ELK route kept");
    }

    @Test
    void layersHideVmsPrivateSwitchesAndBindings() {
        List<GModelElement> all = all(article(new DiagramFilters(false, false, false, true, false, false)).root());
        Set<String> nodes = ids(all, GNode.class);
        assertTrue(nodes.stream().noneMatch(id -> id.startsWith("vm:")), nodes::toString);
        assertTrue(!nodes.contains("switch:HV01/Isolated"), nodes::toString);
        assertTrue(ids(all, GEdge.class).stream().noneMatch(id -> id.startsWith("edge:connection")));
        assertTrue(all.stream().noneMatch(e -> e.getId().endsWith("#bindings")));
    }

    @Test
    void plannedInstallAppliedShowsTheExternalSwitchAndTheNewHostVnic() {
        List<GModelElement> all = all(article(new DiagramFilters(true, true, true, true, false, true)).root());
        Set<String> nodes = ids(all, GNode.class);
        assertTrue(nodes.contains("switch:HV01/Local Area Connection - Virtual Network"), nodes::toString);
        assertTrue(nodes.contains("hostvnic:HV01/Local Area Connection - Virtual Network/Local Area Connection 3"), nodes::toString);
        assertTrue(find(all, "switch:HV01/Local Area Connection - Virtual Network").getCssClasses().contains("switch-external"));
        assertTrue(ids(all, GEdge.class).contains("edge:uplink>switch:HV01/Local Area Connection - Virtual Network"));
        assertEquals("vswitch", ((org.eclipse.glsp.graph.GLabel) find(all, "pnic:HV01/Local Area Connection#bindings")).getText(), "I-2");
    }

    @Test
    void segmentsLayerShadesEachBroadcastDomain() {
        List<GModelElement> all = all(article(new DiagramFilters(true, true, true, true, true, false)).root());
        String lab = segmentClass(find(all, "switch:HV01/Lab"));
        String isolated = segmentClass(find(all, "switch:HV01/Isolated"));
        assertTrue(lab.startsWith("segment-") && isolated.startsWith("segment-"), lab + " " + isolated);
        assertTrue(!lab.equals(isolated), "two switches, two domains");
        assertEquals(lab, segmentClass(find(all, "vmnic:HV01/Web01/eth0")), "a NIC is in its switch's domain");
        assertEquals(isolated, segmentClass(find(all, "vmnic:HV01/Db01/eth0")));
    }

    @Test
    void addressLabelsComeFromTheSimulation() {
        List<GModelElement> all = all(TopologyDiagram.layOut(ArticleCopy.open(dir), DiagramFilters.ALL, null).root());
        assertEquals("10.0.0.100/24 dhcp", text(find(all, "vmnic:HV01/Web01/eth0#address")));
        assertEquals("10.0.0.1/24 static", text(find(all, "vmnic:HV01/DC01/eth0#address")));
        assertTrue(text(find(all, "vmnic:HV01/Db01/eth0#address")).matches("169\\.254\\.\\d+\\.\\d+/16 apipa"),
                text(find(all, "vmnic:HV01/Db01/eth0#address")));
    }

    @Test
    void traceOverlayMarksThePathAndStatesTheVerdict() {
        DiagramGraph graph = TopologyDiagram.layOut(ArticleCopy.open(dir), DiagramFilters.ALL, AddressLabels.NONE);
        new org.hvnet.diagram.gmodel.TraceOverlay(List.of("Web01.eth0", "HV01.Lab", "DC01.eth0"), "Web01 \u2192 DC01: DELIVERED, 3 hops")
                .apply(graph);
        List<GModelElement> all = all(graph.root());
        assertTrue(find(all, "vmnic:HV01/Web01/eth0").getCssClasses().contains("trace-hop"));
        assertTrue(find(all, "switch:HV01/Lab").getCssClasses().contains("trace-hop"));
        assertTrue(find(all, "edge:connection>vmnic:HV01/Web01/eth0").getCssClasses().contains("trace-hop"));
        assertTrue(!find(all, "edge:connection>vmnic:HV01/Db01/eth0").getCssClasses().contains("trace-hop"));
        assertEquals("Web01 \u2192 DC01: DELIVERED, 3 hops", text(find(all, "trace#verdict")));
    }

    private static String text(GModelElement label) {
        return ((org.eclipse.glsp.graph.GLabel) label).getText();
    }

    private static String segmentClass(GModelElement element) {
        return element.getCssClasses().stream().filter(c -> c.startsWith("segment-")).findFirst().orElse("none");
    }

    static List<GModelElement> all(GModelElement root) {
        List<GModelElement> result = new java.util.ArrayList<>();
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof GModelElement element) {
                result.add(element);
            }
        });
        return result;
    }

    static Set<String> ids(List<GModelElement> all, Class<? extends GModelElement> type) {
        return all.stream().filter(type::isInstance).map(GModelElement::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    static GModelElement find(List<GModelElement> all, String id) {
        return all.stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no element " + id));
    }
}
