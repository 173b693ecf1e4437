// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.hvnet.diagram.gmodel.CompactHost;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.gmodel.ShowOnly;
import org.hvnet.diagram.gmodel.TraceOverlay;
import org.hvnet.diagram.layout.TopologyLayout;
import org.hvnet.diagram.text.TopologyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The estate: above {@value EstateView#OVERVIEW_ABOVE_HOSTS} hosts the diagram opens as the overview (compact hosts,
 * networks, cables), a host expands in its place without moving anything else, and the diagram shows only a host, a
 * segment or a traced path when asked.
 */
class EstateOverviewTest {

    private static final String FIVE_HOSTS = """
            topology Five
            network Office { subnet 192.168.1.0/24 router 192.168.1.1 internet }
            network Backup { subnet 10.9.0.0/24 }
            host HV1 platform hyperv-2012 {
                nic eth0 cable Office { bind vswitch }
                nic eth1 cable Backup { bind vswitch }
                switch Ext external on eth0
                switch Ext2 external on eth1
                switch Lab internal
                switch Iso private
                vm A { nic eth0 on Ext { ipv4 dhcp } }
                vm B { nic eth0 on Lab { ipv4 dhcp } }
                vm C { nic eth0 on Iso { ipv4 dhcp } }
            }
            host HV2 platform hyperv-2008 { nic eth0 cable Office { bind vswitch } switch Ext external on eth0 vm D { nic eth0 on Ext { ipv4 dhcp } } }
            host HV3 platform hyperv-2012 { nic eth0 cable Office { bind vswitch } switch Ext external on eth0 }
            host HV4 platform hyperv-2012 { nic eth0 cable Backup { bind vswitch } switch Ext external on eth0 }
            host HV5 platform virtual-server { nic eth0 { bind client, file-sharing, qos, tcpip4, tcpip6, vmns } switch Priv private }
            """;

    @TempDir
    Path dir;

    private TopologyDocument five() {
        return ArticleCopy.open(dir, "five.hvnet", FIVE_HOSTS);
    }

    @Test
    void moreThanFourHostsOpenAsTheEstateFourInDetail() {
        DiagramGraph five = Estates.diagram(five(), EstateView.AUTO);
        assertEquals(Boolean.TRUE, five.root().getArgs().get("overview"));
        assertEquals(5, Estates.topLevel(five).values().stream().filter(n -> ElementTypes.HOST_SUMMARY.equals(n.getType())).count(),
                "every host is a compact node");
        DiagramGraph four = Estates.diagram(Estates.generated(dir, EstateView.OVERVIEW_ABOVE_HOSTS, 2), EstateView.AUTO);
        assertFalse(four.root().getArgs().containsKey("overview"));
        assertEquals(EstateView.OVERVIEW_ABOVE_HOSTS, Estates.topLevel(four).values().stream().filter(n -> ElementTypes.HOST.equals(n.getType())).count());
        DiagramGraph forced = Estates.diagram(five(), EstateView.AUTO.withMode(EstateView.Mode.DETAIL));
        assertEquals(0, Estates.topLevel(forced).values().stream().filter(n -> ElementTypes.HOST_SUMMARY.equals(n.getType())).count());
    }

    @Test
    void aCompactHostShowsItsPlatformSwitchesByKindVmsAndNics() {
        DiagramGraph graph = Estates.diagram(five(), EstateView.AUTO);
        GNode hv1 = Estates.topLevel(graph).get("host:HV1");
        Map<String, Object> args = hv1.getArgs().map();
        assertEquals("HV1", args.get(CompactHost.NAME));
        assertEquals("hyperv-2012", args.get(CompactHost.PLATFORM));
        assertEquals("3 VMs", args.get(CompactHost.VMS));
        @SuppressWarnings("unchecked")
        List<List<Object>> chips = (List<List<Object>>) args.get(CompactHost.CHIPS);
        assertEquals(List.of("external:2", "internal:1", "private:1"), chips.stream().map(c -> c.get(0) + ":" + c.get(1)).toList());
        assertEquals(List.of("pnic:HV1/eth0", "pnic:HV1/eth1"), Estates.ids(hv1.getChildren()));
        assertTrue(graph.root().getChildren().stream().noneMatch(c -> c.getId().startsWith("vm:") || c.getId().startsWith("switch:")),
                "no switch or VM of a compact host is drawn");
        assertEquals(Set.of("legend#external", "legend#internal", "legend#private", "legend#count", "legend#warning", "legend#error", "legend#expand"),
                Set.copyOf(Estates.ids(Estates.topLevel(graph).get("legend").getChildren()).stream().filter(id -> !id.endsWith("title")).toList()),
                "the legend says what a compact host shows");
    }

    @Test
    void cablesGoFromTheNetworkToEachNicAtRightAngles() {
        DiagramGraph graph = Estates.diagram(five(), EstateView.AUTO);
        List<GEdge> cables = graph.root().getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast).toList();
        assertEquals(List.of("edge:cable>pnic:HV1/eth0", "edge:cable>pnic:HV1/eth1", "edge:cable>pnic:HV2/eth0", "edge:cable>pnic:HV3/eth0",
                "edge:cable>pnic:HV4/eth0"), Estates.ids(cables), "one cable per cabled NIC, none for HV5's");
        for (GEdge cable : cables) {
            List<GPoint> route = cable.getRoutingPoints();
            assertTrue(route.size() >= 2, cable.getId());
            for (int i = 1; i < route.size(); i++) {
                GPoint a = route.get(i - 1);
                GPoint b = route.get(i);
                assertTrue(a.getX() == b.getX() || a.getY() == b.getY(), cable.getId() + " has a slanted segment");
            }
            GPoint end = route.get(route.size() - 1);
            GPoint port = TopologyLayout.absolute(cable.getTarget());
            assertEquals(port.getX() + CompactHost.PORT_SIZE / 2, end.getX(), 0.01, cable.getId() + " ends at the middle of its NIC");
            assertEquals(port.getY(), end.getY(), 0.01, cable.getId() + " ends at the top of its NIC");
        }
    }

    @Test
    void anExpandedHostIsDrawnWholeInItsPlaceAndNothingElseMoves() {
        TopologyDocument document = Estates.generated(dir, 12, 3);
        DiagramGraph before = Estates.diagram(document, EstateView.AUTO);
        DiagramGraph after = Estates.diagram(document, EstateView.AUTO.withExpanded(List.of("host:H00005"), true));
        GNode compact = Estates.topLevel(before).get("host:H00005");
        GNode whole = Estates.topLevel(after).get("host:H00005");
        assertEquals(ElementTypes.HOST_SUMMARY, compact.getType());
        assertEquals(ElementTypes.HOST, whole.getType());
        assertEquals(compact.getPosition().getX(), whole.getPosition().getX(), 0.01, "in place");
        assertEquals(compact.getPosition().getY(), whole.getPosition().getY(), 0.01, "in place");
        assertTrue(whole.getCssClasses().contains("overlay") && whole.getChildren().stream().anyMatch(c -> c.getId().equals("host:H00005#toggle")),
                "it lies over the estate and has its collapse button");
        assertNotNull(after.element("vm:H00005/H00005V01"), "its VMs are drawn");
        Estates.topLevel(before).forEach((id, node) -> {
            if (!id.equals("host:H00005")) {
                GNode same = Estates.topLevel(after).get(id);
                assertEquals(node.getPosition().getX(), same.getPosition().getX(), 0.01, id + " did not move");
                assertEquals(node.getPosition().getY(), same.getPosition().getY(), 0.01, id + " did not move");
            }
        });
        List<GModelElement> children = after.root().getChildren();
        assertTrue(children.stream().filter(c -> c.getId().startsWith("edge:connection>vmnic:H00005/")).allMatch(c -> c.getCssClasses().contains("overlay")),
                "the edges inside it lie over the estate with it");
    }

    @Test
    void showOnlyAHostItsSegmentOrTheTracedPath() {
        TopologyDocument document = five();
        DiagramGraph host = Estates.diagram(document, EstateView.AUTO.withOnly(ShowOnly.host("host:HV2")));
        assertEquals(List.of("network:Office", "host:HV2", "legend"), List.copyOf(Estates.topLevel(host).keySet()), "the host and its network");
        assertEquals(ElementTypes.HOST, Estates.topLevel(host).get("host:HV2").getType(), "one host is drawn whole");

        DiagramGraph segment = Estates.diagram(document, EstateView.AUTO.withOnly(new ShowOnly(ShowOnly.Kind.SEGMENT, "network:Backup")));
        assertEquals(List.of("network:Backup", "host:HV1", "host:HV4", "legend"), List.copyOf(Estates.topLevel(segment).keySet()),
                "the network and the hosts with a switch or interface in its broadcast domain (rule T-1)");

        TraceOverlay trace = new TraceOverlay(List.of("A.eth0", "HV1.Ext", "HV1", "Office", "HV2.Ext", "HV2", "D.eth0"), "DELIVERED");
        DiagramGraph traced = org.hvnet.diagram.TopologyDiagram.layOut(document, org.hvnet.diagram.gmodel.DiagramFilters.ALL,
                org.hvnet.diagram.gmodel.AddressLabels.NONE, EstateView.AUTO.withOnly(new ShowOnly(ShowOnly.Kind.TRACE, "")), trace, w -> {
                });
        assertEquals(List.of("network:Office", "host:HV1", "host:HV2", "legend", "trace"), List.copyOf(Estates.topLevel(traced).keySet()),
                "the hosts and networks the packet passes, and the verdict");

        DiagramGraph gone = Estates.diagram(document, EstateView.AUTO.withOnly(ShowOnly.host("host:Nowhere")));
        assertEquals(8, Estates.topLevel(gone).size(), "a host that is no more: everything (5 hosts, 2 networks, the legend)");
    }
}
