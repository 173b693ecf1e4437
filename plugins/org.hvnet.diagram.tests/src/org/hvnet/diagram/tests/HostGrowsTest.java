// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.glsp.graph.GNode;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.layout.LayoutSidecar;
import org.hvnet.diagram.text.TopologyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A VM dragged to the edge of its host stays inside it: the host grows past its right and bottom borders. */
class HostGrowsTest {

    @TempDir
    Path dir;

    private static GNode node(DiagramGraph graph, String id) {
        return (GNode) ArticleGModelTest.find(ArticleGModelTest.all(graph.root()), id);
    }

    @Test
    void theHostGrowsToHoldAVmMovedPastItsRightAndBottomBorders() throws IOException {
        TopologyDocument document = ArticleCopy.open(dir);
        GNode before = node(Estates.diagram(document, EstateView.AUTO), "host:HV01");
        double right = before.getSize().getWidth() + 150;
        double bottom = before.getSize().getHeight() + 80;
        Files.writeString(LayoutSidecar.fileOf(document.file()),
                "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": {\"x\": " + right + ", \"y\": " + bottom + "}}}");
        DiagramGraph moved = Estates.diagram(document, EstateView.AUTO);
        GNode host = node(moved, "host:HV01");
        GNode web = node(moved, "vm:HV01/Web01");
        assertEquals(right, web.getPosition().getX(), 0.01, "the VM is where it was dropped");
        assertTrue(host.getSize().getWidth() >= right + web.getSize().getWidth() + 20, "the host is wide enough: " + host.getSize());
        assertTrue(host.getSize().getHeight() >= bottom + web.getSize().getHeight() + 20, "the host is tall enough: " + host.getSize());
        for (String other : new String[] { "network:Office", "legend" }) {
            double[] a = Estates.box(node(moved, other));
            double[] b = Estates.box(host);
            assertTrue(a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1], "the grown host does not cover " + other);
        }
    }

    @Test
    void aVmMovedPastTheLeftBorderOrIntoTheHeaderStopsAtTheBorder() throws IOException {
        TopologyDocument document = ArticleCopy.open(dir);
        Files.writeString(LayoutSidecar.fileOf(document.file()), "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": {\"x\": -60, \"y\": 5}}}");
        GNode web = node(Estates.diagram(document, EstateView.AUTO), "vm:HV01/Web01");
        assertTrue(web.getPosition().getX() >= 0 && web.getPosition().getY() >= 40, "inside the host, under its header: " + web.getPosition());
    }
}
