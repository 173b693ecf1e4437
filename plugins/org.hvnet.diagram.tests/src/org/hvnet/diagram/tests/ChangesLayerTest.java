// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.ChangeBaseline;
import org.hvnet.diagram.gmodel.ChangesOverlay;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyFiles;
import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes layer ({@code hvnet serve --changes OLD NEW}) on the article against a hand-edited variant: Web01 moved to
 * the private switch, Db01 removed (with its expect lines), App01 added on Lab. The marks are on exactly the elements
 * {@code hvnet diff} names, the removed ones are listed in the panel, and the layer hidden marks nothing.
 */
class ChangesLayerTest {

    /** The article with Web01 moved to Isolated, Db01 and its expect lines removed, and App01 added on Lab. */
    static String variant(String article) {
        String text = article.replace("vm Web01 { nic eth0 on Lab", "vm Web01 { nic eth0 on Isolated")
                .replace("    vm Db01 { nic eth0 on Isolated { ipv4 dhcp } }\n", "    vm App01 { nic eth0 on Lab { ipv4 dhcp } }\n")
                .replace("expect address Db01.eth0 apipa\n", "").replace("expect no reach Db01 -> HV01\n", "");
        assertTrue(text.contains("App01") && !text.contains("Db01") && text.contains("Web01 { nic eth0 on Isolated"), text);
        return text;
    }

    @TempDir
    Path dir;

    @Test
    void theLayerMarksExactlyWhatChanged() {
        DiagramGraph graph = changesShown(true);
        assertEquals(Set.of("vm:HV01/App01", "vmnic:HV01/App01/eth0"), marked(graph, ChangesOverlay.ADDED), "the VM added and its NIC");
        assertEquals(Set.of("vmnic:HV01/Web01/eth0"), marked(graph, ChangesOverlay.CHANGED), "Web01's NIC moved to another switch");
        assertEquals(Set.of("vmnic:HV01/Web01/eth0", "vmnic:HV01/Web01/eth0#address", "vmnic:HV01/App01/eth0",
                "vmnic:HV01/App01/eth0#address"), marked(graph, ChangesOverlay.ADDRESS),
                "Web01 falls back to APIPA on the private switch (A-3), App01 leases from DC01 (A-2)");
        assertEquals(Set.of(), marked(graph, ChangesOverlay.INSIDE), "every host is drawn whole: nothing is marked inside");
        GModelElement web = element(graph, "vmnic:HV01/Web01/eth0");
        assertEquals("switch: HV01.Lab -> HV01.Isolated", web.getArgs().get("change"));
        assertTrue(String.valueOf(web.getArgs().get("addressChange")).startsWith("10.0.0.100/24 dhcp \u2192 169.254."),
                String.valueOf(web.getArgs().get("addressChange")));
        assertEquals("shown", graph.root().getArgs().get(ChangeBaseline.ROOT_ARGUMENT));
        List<String> panel = panel(graph);
        assertEquals(List.of("Changes since article.hvnet", "2 added", "1 changed", "3 addresses changed", "2 removed, not drawn:",
                "vm HV01.Db01", "vm-nic HV01.Db01.eth0", "reachability: " + panel.get(7).substring("reachability: ".length()),
                "2 expect lines flipped:", "expect address Web01.eth0 10.0.0.100  PASS \u2192 FAIL",
                "expect reach Web01 -> 8.8.8.8  PASS \u2192 FAIL"), panel);
        assertTrue(panel.get(7).matches("reachability: [1-9][0-9]* pairs gained, [1-9][0-9]* lost"), panel.get(7));
    }

    @Test
    void theLayerHiddenMarksNothing() {
        DiagramGraph graph = changesShown(false);
        for (String mark : List.of(ChangesOverlay.ADDED, ChangesOverlay.CHANGED, ChangesOverlay.ADDRESS, ChangesOverlay.INSIDE)) {
            assertEquals(Set.of(), marked(graph, mark), mark);
        }
        assertEquals(List.of(), panel(graph));
        assertEquals("hidden", graph.root().getArgs().get(ChangeBaseline.ROOT_ARGUMENT), "the client still offers the toggle");
    }

    @Test
    void theSameVersionHasNoDifferences() {
        TopologyDocument article = ArticleCopy.open(dir);
        List<Topology> old = TopologyFiles.of(article).topologies();
        ChangeBaseline baseline = new ChangeBaseline("article.hvnet", old, Simulation.of(old));
        DiagramGraph graph = TopologyDiagram.layOut(TopologyFiles.of(article), DiagramFilters.ALL, null, EstateView.AUTO, null, w -> {
        });
        baseline.show(graph, old, true);
        assertEquals(List.of("Changes since article.hvnet", "no differences"), panel(graph));
    }

    @Test
    void anOverviewMarksTheCompactHostThatHoldsAChange() {
        TopologyDocument estate = Estates.generated(dir, 8, 2);
        List<Topology> old = TopologyFiles.of(estate).topologies();
        ChangeBaseline baseline = new ChangeBaseline("old", old, Simulation.of(old));
        String text = estate.text();
        String firstVm = text.substring(text.indexOf("vm ") + 3, text.indexOf(' ', text.indexOf("vm ") + 3));
        TopologyDocument edited = ArticleCopy.open(dir, "edited.hvnet", text.replaceFirst("vm " + firstVm + " ", "vm Renamed" + firstVm + " "));
        DiagramGraph graph = Estates.diagram(edited, EstateView.AUTO);
        baseline.show(graph, TopologyFiles.of(edited).topologies(), true);
        Set<String> inside = marked(graph, ChangesOverlay.INSIDE);
        assertEquals(1, inside.size(), "the host of the renamed VM: " + inside);
        assertTrue(inside.iterator().next().startsWith("host:"), inside.toString());
    }

    private DiagramGraph changesShown(boolean shown) {
        TopologyDocument article = ArticleCopy.open(dir);
        List<Topology> old = TopologyFiles.of(article).topologies();
        ChangeBaseline baseline = new ChangeBaseline("article.hvnet", old, Simulation.of(old));
        TopologyDocument edited = ArticleCopy.open(dir, "article-edited.hvnet", variant(ArticleCopy.text()));
        DiagramGraph graph = TopologyDiagram.layOut(TopologyFiles.of(edited), DiagramFilters.ALL, null, EstateView.AUTO, null, w -> {
        });
        baseline.show(graph, TopologyFiles.of(edited).topologies(), shown);
        return graph;
    }

    static Set<String> marked(DiagramGraph graph, String cssClass) {
        Set<String> ids = new TreeSet<>();
        graph.root().eAllContents().forEachRemaining(o -> {
            if (o instanceof GModelElement element && element.getCssClasses().contains(cssClass)) {
                ids.add(element.getId());
            }
        });
        return ids;
    }

    private static GModelElement element(DiagramGraph graph, String id) {
        List<GModelElement> found = new ArrayList<>();
        graph.root().eAllContents().forEachRemaining(o -> {
            if (o instanceof GModelElement element && element.getId().equals(id)) {
                found.add(element);
            }
        });
        assertEquals(1, found.size(), id);
        return found.get(0);
    }

    private static List<String> panel(DiagramGraph graph) {
        List<String> texts = new ArrayList<>();
        graph.root().getChildren().stream().filter(child -> child.getId().equals("changes"))
                .forEach(panel -> panel.getChildren().forEach(label -> texts.add(((GLabel) label).getText())));
        return texts;
    }
}
