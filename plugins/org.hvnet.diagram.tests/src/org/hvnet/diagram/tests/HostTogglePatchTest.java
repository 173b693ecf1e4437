// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.hvnet.diagram.glsp.HostToggle;
import org.hvnet.diagram.glsp.ModelPatch;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.layout.TopologyLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expanding a host of the overview changes only that host: the client is sent the host, the edges inside it and its
 * cables (not the estate), and the diagram it then has is the one a full layout of the expanded view gives.
 */
class HostTogglePatchTest {

    @TempDir
    Path dir;

    @Test
    void expandingSendsOnlyTheHostItsEdgesAndCablesAndCollapsingTakesThemBack() {
        DiagramSession session = new DiagramSession(Estates.generated(dir, 20, 3));
        ModelPatch expand = HostToggle.apply(session.state(), List.of("host:H00007"), List.of()).orElseThrow();
        List<ModelPatch.Match> matches = expand.getMatches();
        assertEquals("host:H00007", matches.get(0).getLeft().id(), "the compact host goes...");
        assertEquals(ElementTypes.HOST, matches.get(1).getRight().getType(), "...for the host drawn whole, on top of the others");
        assertTrue(matches.stream().allMatch(m -> m.getRight() == null || m.getRight().getId().contains("H00007")),
                "nothing of another host is sent: " + matches.stream().map(m -> m.getRight() == null ? m.getLeft().id() : m.getRight().getId()).toList());
        assertTrue(matches.stream().anyMatch(m -> m.getRight() instanceof GEdge e && ElementTypes.CONNECTION_EDGE.equals(e.getType())),
                "the edges inside it come along");
        assertEquals(2, matches.stream().filter(m -> m.getRight() instanceof GEdge e && ElementTypes.CABLE_EDGE.equals(e.getType())).count(),
                "its two cables are routed to its NICs drawn whole");

        DiagramGraph patched = session.state().graph();
        DiagramGraph full = Estates.diagram(session.state().document(), EstateView.AUTO.withExpanded(List.of("host:H00007"), true));
        Map<String, GNode> fullNodes = Estates.topLevel(full);
        Estates.topLevel(patched).forEach((id, node) -> {
            GNode same = fullNodes.get(id);
            assertNotNull(same, id);
            assertEquals(same.getType(), node.getType(), id);
            assertEquals(same.getPosition().getX(), node.getPosition().getX(), 0.01, id);
            assertEquals(same.getPosition().getY(), node.getPosition().getY(), 0.01, id);
        });
        GEdge cable = (GEdge) patched.root().getChildren().stream().filter(c -> c.getId().equals("edge:cable>pnic:H00007/Management")).findFirst().orElseThrow();
        GPoint end = cable.getRoutingPoints().get(cable.getRoutingPoints().size() - 1);
        GPoint port = TopologyLayout.absolute(cable.getTarget());
        assertEquals(port.getX() + 6, end.getX(), 0.01, "the cable ends at the NIC of the host drawn whole");
        assertEquals(ElementTypes.HOST, ((GNode) cable.getTarget().getParent()).getType());

        assertTrue(HostToggle.apply(session.state(), List.of("host:H00007"), List.of()).orElseThrow().getMatches().isEmpty(),
                "a host already expanded is left as it is (the host picker on it only centres it)");
        ModelPatch collapse = HostToggle.apply(session.state(), List.of(), List.of("host:H00007")).orElseThrow();
        assertEquals(ElementTypes.HOST_SUMMARY, collapse.getMatches().get(0).getRight().getType());
        assertTrue(session.state().graph().root().getChildren().stream().noneMatch(c -> c.getId().startsWith("vm:H00007")
                || c.getId().startsWith("edge:connection>vmnic:H00007")), "its edges are gone again");
        assertTrue(HostToggle.apply(session.state(), List.of("host:H00007", "host:Nowhere"), List.of()).isEmpty(),
                "what cannot be patched is drawn again in full");
    }
}
