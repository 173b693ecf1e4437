// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.glsp.LaidOutDiagrams;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page reloaded gets the diagram the last session laid out, as a copy of its own: the same shapes at the same places,
 * laid out again only when the text, the layers, the view or the moved positions changed.
 */
class LaidOutDiagramsTest {

    @TempDir
    Path dir;

    private final AtomicInteger layouts = new AtomicInteger();

    @Test
    void theSameFilesShownTheSameWayAreLaidOutOnceAndEachSessionGetsItsOwnCopy() {
        TopologyDocument document = Estates.generated(dir, 12, 2);
        TopologyFiles files = TopologyFiles.of(document);
        LaidOutDiagrams kept = new LaidOutDiagrams();

        DiagramGraph first = kept.of(files, DiagramFilters.ALL, EstateView.AUTO, Map.of(), layOut(document, EstateView.AUTO));
        GNode firstHost = host(first, "host:H00003");
        firstHost.setPosition(GraphUtil.point(-500, -500));
        DiagramGraph second = kept.of(files, DiagramFilters.ALL, EstateView.AUTO, Map.of(), layOut(document, EstateView.AUTO));

        assertEquals(1, layouts.get(), "the second session of the unchanged file is not laid out again");
        assertNotSame(first.root(), second.root(), "each session has a diagram of its own (it changes it in place)");
        DiagramGraph fresh = Estates.diagram(document, EstateView.AUTO);
        assertEquals(Estates.topLevel(fresh).keySet(), Estates.topLevel(second).keySet());
        Estates.topLevel(fresh).forEach((id, node) -> {
            GNode copied = Estates.topLevel(second).get(id);
            assertEquals(node.getPosition().getX(), copied.getPosition().getX(), 0.01, id + " (the first session's change is not in it)");
            assertEquals(node.getPosition().getY(), copied.getPosition().getY(), 0.01, id);
        });
        GEdge cable = edges(second).get(0);
        assertEquals(cable.getTargetId(), cable.getTarget().getId(), "a copied edge finds its end in the copy");
        assertEquals(second.root(), root(cable.getTarget()), "...not in the diagram it was copied from");
    }

    @Test
    void anotherViewOtherLayersMovedShapesOrANewTextAreLaidOutAgain() throws Exception {
        TopologyDocument document = Estates.generated(dir, 12, 2);
        TopologyFiles files = TopologyFiles.of(document);
        LaidOutDiagrams kept = new LaidOutDiagrams();
        EstateView expanded = EstateView.AUTO.withExpanded(List.of("host:H00002"), true);

        kept.of(files, DiagramFilters.ALL, EstateView.AUTO, Map.of(), layOut(document, EstateView.AUTO));
        DiagramGraph wider = kept.of(files, DiagramFilters.ALL, expanded, Map.of(), layOut(document, expanded));
        assertEquals(2, layouts.get(), "another view");
        assertEquals("node:host", host(wider, "host:H00002").getType(), "the host expanded is drawn whole");
        kept.of(files, new DiagramFilters(false, true, true, true, false, false), expanded, Map.of(), layOut(document, expanded));
        assertEquals(3, layouts.get(), "other layers");
        kept.of(files, new DiagramFilters(false, true, true, true, false, false), expanded, Map.of("host:H00001", GraphUtil.point(5, 5)),
                layOut(document, expanded));
        assertEquals(4, layouts.get(), "a shape moved");
        java.nio.file.Files.writeString(document.file(), document.text() + "\n// changed elsewhere\n");
        document.reload();
        kept.of(files, new DiagramFilters(false, true, true, true, false, false), expanded, Map.of("host:H00001", GraphUtil.point(5, 5)),
                layOut(document, expanded));
        assertEquals(5, layouts.get(), "the file changed");
    }

    private Supplier<DiagramGraph> layOut(TopologyDocument document, EstateView view) {
        return () -> {
            layouts.incrementAndGet();
            return Estates.diagram(document, view);
        };
    }

    private static GNode host(DiagramGraph graph, String id) {
        return (GNode) graph.root().getChildren().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static List<GEdge> edges(DiagramGraph graph) {
        return graph.root().getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast).toList();
    }

    private static GModelElement root(GModelElement element) {
        GModelElement current = element;
        while (current.getParent() != null) {
            current = current.getParent();
        }
        return current;
    }
}
