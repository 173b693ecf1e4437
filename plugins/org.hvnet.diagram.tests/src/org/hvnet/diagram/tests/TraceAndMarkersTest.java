// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.glsp.graph.GModelElement;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.export.DiagramMarker;
import org.hvnet.diagram.export.DiagramMarkers;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.gmodel.TraceOverlay;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace overlay marks the whole path (switch, NIC, network); markers stay on their element in every layer. */
class TraceAndMarkersTest {

    @TempDir
    Path dir;

    @Test
    void theTracedPathGoesThroughTheNicBetweenAnExternalSwitchAndItsNetwork() {
        String text = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/two-hosts-shared-lan.hvnet"));
        TopologyDocument document = ArticleCopy.open(dir, "shared.hvnet", text);
        // the hops of `hvnet trace examples/two-hosts-shared-lan.hvnet VA1 VB1` (rule T-7)
        TraceOverlay trace = new TraceOverlay(List.of("VA1.eth0", "HVA.External", "HVA", "Floor", "HVB.External", "HVB", "VB1.eth0"),
                "VA1 \u2192 VB1: DELIVERED");
        DiagramGraph graph = TopologyDiagram.layOut(document, DiagramFilters.ALL, AddressLabels.NONE, EstateView.AUTO, trace, w -> {
        });
        Set<String> marked = new TreeSet<>();
        graph.root().eAllContents().forEachRemaining(o -> {
            if (o instanceof GModelElement element && element.getCssClasses().contains("trace-hop")) {
                marked.add(element.getId());
            }
        });
        assertEquals(new TreeSet<>(Set.of("vmnic:HVA/VA1/eth0", "switch:HVA/External", "pnic:HVA/Local Area Connection", "network:Floor",
                "pnic:HVB/Ethernet", "switch:HVB/External", "vmnic:HVB/VB1/eth0",
                "edge:connection>vmnic:HVA/VA1/eth0", "edge:uplink>switch:HVA/External", "edge:cable>pnic:HVA/Local Area Connection",
                "edge:cable>pnic:HVB/Ethernet", "edge:uplink>switch:HVB/External", "edge:connection>vmnic:HVB/VB1/eth0")), marked,
                "VM NIC, switch, physical NIC, network and the edges between them, on both hosts");
    }

    @Test
    void theV4MarkerStaysOnItsNicWithThePlannedInstallApplied() {
        TopologyDocument article = ArticleCopy.open(dir);
        for (boolean installed : new boolean[] { false, true }) {
            DiagramFilters filters = new DiagramFilters(true, true, true, true, false, installed);
            DiagramGraph graph = TopologyDiagram.layOut(article, filters, AddressLabels.NONE);
            Map<String, List<DiagramMarker>> markers = DiagramMarkers.of(article, graph);
            assertTrue(markers.getOrDefault("pnic:HV01/Local Area Connection", List.of()).stream().anyMatch(m -> m.rule().equals("V-4")),
                    "planned install applied " + installed + ": " + markers.keySet());
            assertTrue(!markers.containsKey(graph.root().getId()), "nothing floats on the diagram: " + markers.keySet());
        }
    }

    @Test
    void findingsInsideACompactHostAreItsBadges() {
        TopologyDocument estate = Estates.generated(dir, 8, 2);
        DiagramGraph graph = Estates.diagram(estate, EstateView.AUTO);
        Map<String, List<DiagramMarker>> markers = DiagramMarkers.of(estate, graph);
        assertTrue(!markers.isEmpty() && markers.keySet().stream().allMatch(id -> id.startsWith("host:") || id.startsWith("network:")
                || id.startsWith("pnic:")), "every finding is on a shown element (compact host, network, NIC): " + markers.keySet());
    }
}
