// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.export.Selector;
import org.hvnet.diagram.export.StyleSheet;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.text.TopologyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SVG export writes the stylesheet's styles as presentation attributes (which every renderer reads), resolved as a
 * browser resolves them: selectors, specificity, order, {@code !important}; and it draws in the order of the screen.
 */
class StyleSheetTest {

    @TempDir
    Path dir;

    private static Selector.Element element(String tag, String... classes) {
        return new Selector.Element(tag, Set.of(classes));
    }

    @Test
    void theDiagramsStylesheetIsReadAndResolvedAsByABrowser() {
        StyleSheet styles = StyleSheet.diagram();
        Map<String, String> chip = styles.attributes(List.of(element("svg", "hv-diagram"), element("g", "hv-node", "host", "host-compact"),
                element("g", "count", "switch-external"), element("rect", "hv-badge")));
        assertEquals("#dcf2e3", chip.get("fill"));
        assertEquals("1", chip.get("stroke-width"), "the chip's own rule is more specific than .hv-shape's");
        Map<String, String> title = styles.attributes(List.of(element("svg", "hv-diagram"), element("text", "hv-text", "hv-title")));
        assertEquals("13px", title.get("font-size"), ".hv-text.hv-title beats svg text.hv-text");
        Map<String, String> traced = styles.attributes(List.of(element("svg"), element("g", "hv-node", "switch", "switch-internal", "trace-hop"),
                element("rect", "hv-shape")));
        assertEquals("#e0301e", traced.get("stroke"), "!important wins over a later, more specific rule");
        assertFalse(styles.attributes(List.of(element("svg"), element("g", "hv-node", "host", "host-expanded"), element("rect", "hv-shape")))
                .containsKey("filter"), "only presentation attributes are written");
        assertThrows(IllegalArgumentException.class, () -> StyleSheet.parse("a:hover { fill: red; }"), "a selector it cannot read is an error");
    }

    @Test
    void imageMagicksOwnRendererDrawsTheColoursToo() throws Exception {
        assertTrue(onPath("convert"), "ImageMagick is installed (see .ci/run)");
        TopologyDocument article = ArticleCopy.open(dir);
        Path svg = dir.resolve("article.svg");
        Path png = dir.resolve("article.png");
        Files.writeString(svg, TopologyDiagram.svg(article));
        assertEquals(0, run("convert", "MSVG:" + svg, png.toString()).exitValue(), "ImageMagick renders the export itself (MSVG)");
        DiagramGraph graph = TopologyDiagram.layOut(article, DiagramFilters.ALL, null);
        for (String[] shape : new String[][] { { "network:Office", "e3eefb" }, { "switch:HV01/Isolated", "efe2f7" }, { "switch:HV01/Lab", "fff1cc" } }) {
            double[] box = Estates.box(ArticleGModelTest.find(ArticleGModelTest.all(graph.root()), shape[0]));
            int x = (int) (box[0] + 6);
            int y = (int) ((box[1] + box[3]) / 2);
            Process pixel = run("convert", png.toString(), "-depth", "8", "-format", "%[hex:p{" + x + "," + y + "}]", "info:");
            String colour = new String(pixel.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip().toLowerCase();
            assertTrue(colour.startsWith(shape[1]), shape[0] + " is drawn in #" + shape[1] + ", not " + colour + " (black without the attributes)");
        }
    }

    private static Process run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        return process;
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder.isEmpty() ? "." : folder, program)));
    }

    @Test
    void theExportHasNoStyleBlockAndDrawsEdgesAboveTheHost() {
        String svg = TopologyDiagram.svg(ArticleCopy.open(dir));
        assertFalse(svg.contains("<style"), "renderers other than browsers ignore a style block");
        assertTrue(svg.contains("<rect class=\"hv-shape\" x=\"0\" y=\"0\" rx=\"6\" width=\"120\" height=\"44\" fill=\"#efe2f7\" stroke=\"#8a4fa8\""),
                "the private switch's colours are attributes");
        int host = svg.indexOf("id=\"host:HV01\"");
        int edge = svg.indexOf("id=\"edge:connection&gt;vmnic:HV01/Web01/eth0\"");
        int hostEnds = svg.indexOf("<g class=\"hv-node legend\"");
        assertTrue(host > 0 && edge > hostEnds && hostEnds > host, "the edges come after the shapes, drawn above them as on screen");
    }
}
