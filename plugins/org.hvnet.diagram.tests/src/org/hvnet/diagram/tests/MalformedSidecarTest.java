// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GNode;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.layout.LayoutSidecar;
import org.hvnet.diagram.text.TopologyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A layout sidecar that is not a layout file (hand-edited, truncated, written by something else) is ignored with one
 * warning naming it, and the diagram is laid out automatically, exactly as without a sidecar.
 */
class MalformedSidecarTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": {\"x\": \"left\", \"y\": 10}}}",
            "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": [500, 300]}}",
            "{\"version\": 1, \"positions\": [\"vm:HV01/Web01\"]}",
            "[{\"x\": 1, \"y\": 2}]",
            "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": {\"x\": NaN, \"y\": 10}}}",
            "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": {\"x\": 1e999, \"y\": 10}}}",
            "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": {\"y\": 10}}}",
            "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": {\"x\": 500, \"y\": 3",
            "\"just a string\"",
            "" })
    void isIgnoredWithOneWarningAndLaidOutAutomatically(String sidecar) throws IOException {
        TopologyDocument document = ArticleCopy.open(dir);
        double automatic = web(document, new ArrayList<>());
        Files.writeString(LayoutSidecar.fileOf(document.file()), sidecar);

        List<String> warnings = new ArrayList<>();
        assertEquals(automatic, web(document, warnings), "laid out as without a sidecar");
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith(LayoutSidecar.fileOf(document.file()) + ": WARNING: ignored"), warnings.get(0));
        assertTrue(LayoutSidecar.read(document.file()).positions().isEmpty());

        List<String> svgWarnings = new ArrayList<>();
        String svg = TopologyDiagram.svg(document, svgWarnings::add);
        assertEquals(warnings, svgWarnings, "the SVG export warns the same way");
        assertFalse(svg.contains("NaN"), "no NaN in the SVG");
        assertFalse(svg.contains("Infinity"), "no Infinity in the SVG");
    }

    @Test
    void aWellFormedSidecarIsReadWithoutWarning() throws IOException {
        TopologyDocument document = ArticleCopy.open(dir);
        Files.writeString(LayoutSidecar.fileOf(document.file()),
                "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": {\"x\": 500, \"y\": 300.5}}}");
        List<String> warnings = new ArrayList<>();
        assertEquals(500, web(document, warnings));
        assertEquals(List.of(), warnings);
    }

    /** The x of the VM Web01 in the laid-out diagram. */
    private static double web(TopologyDocument document, List<String> warnings) {
        GNode web = (GNode) ArticleGModelTest.find(ArticleGModelTest.all(
                TopologyDiagram.layOut(document, DiagramFilters.ALL, AddressLabels.NONE, warnings::add).root()), "vm:HV01/Web01");
        return web.getPosition().getX();
    }
}
